/**
 * The bounds of a sync change the schemas share (change.ts, file-header.ts, segment.ts, key-rotation.ts): the names
 * that end up in SQL and the size of values.
 */
export const INSTALL_ID_RE = /^[A-Za-z0-9-]{1,64}$/;
export const identifier = /^[a-z][a-z0-9_]{0,62}$/;
export const groupName = /^[a-zA-Z][a-zA-Z0-9_]{0,62}$/;
const fieldName = /^[a-zA-Z][a-zA-Z0-9_]{0,62}$/;

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const MAX_DEPTH = 32;

/** Why a parsed JSON value is out of bounds, or null. A walk rather than a recursive zod union: every change of every file goes through it. */
function jsonProblem(v: unknown, depth: number): string | null {
  if (v === null || typeof v === 'boolean') return null;
  if (typeof v === 'string') return v.length <= 200_000 ? null : 'Văn bản quá dài.';
  if (typeof v === 'number') return Number.isFinite(v) ? null : 'Số không hợp lệ.';
  if (depth >= MAX_DEPTH) return 'Giá trị lồng quá sâu.';
  if (Array.isArray(v)) {
    if (v.length > 10_000) return 'Danh sách quá dài.';
    for (const x of v) {
      const p = jsonProblem(x, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    for (const [k, x] of Object.entries(v)) {
      if (k.length > 200) return 'Tên khóa quá dài.';
      // A key no object can hold as data (assigning it sets the prototype): canonical JSON would drop it.
      if (k === '__proto__') return 'Tên khóa "__proto__" không được phép.';
      const p = jsonProblem(x, depth + 1);
      if (p) return p;
    }
    return null;
  }
  return 'Giá trị không phải JSON.';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** Why a change's `value` is not a set of named fields with bounded JSON values, or null. */
export function fieldValuesProblem(v: unknown): { message: string; field?: string } | null {
  if (!isPlainObject(v)) return { message: 'Giá trị phải là một đối tượng các trường.' };
  for (const [field, x] of Object.entries(v)) {
    if (!fieldName.test(field)) return { message: 'Tên trường không hợp lệ.', field };
    const problem = jsonProblem(x, 1);
    if (problem) return { message: problem, field };
  }
  return null;
}
