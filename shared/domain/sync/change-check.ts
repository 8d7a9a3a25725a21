import { isHlc } from '../hlc';
// Type only: erased when compiled, so this module still loads without zod.
import type { WireChange } from './change';

/**
 * The checks of a sync change that need no schema library: the names that end up in SQL, the bounds of values, and
 * the common case of a whole change. Kept apart from change.ts (zod) so the parse worker can start without loading zod
 * (ready in about 65 ms instead of 165: BENCHMARKS.md, `syncImportVsRawInsert`). The zod schema stays the rule: a
 * property test holds this check to accept nothing the schema refuses, and whatever it does not recognise goes to the
 * schema for its message.
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

const WIRE_KEYS = new Set(['install', 'seq', 'org', 'table', 'rowId', 'group', 'value', 'hlc', 'baseHlc', 'tx', 'actor', 'supersedes']);

function isText(v: unknown, min: number, max: number): v is string {
  return typeof v === 'string' && v.length >= min && v.length <= max;
}

/**
 * The common case of `wireChangeSchema`, checked by hand: true only for input the schema accepts unchanged (a
 * property test holds it to that), so an import validates each of its many thousand changes without building
 * zod's copy of it. Anything this does not recognise goes through the schema, which stays the one definition and
 * gives the message. The schema's own check of a change costs about as much as inserting it (bench, BENCHMARKS.md).
 */
export function isWellFormedWireChange(v: unknown): v is WireChange {
  if (!isPlainObject(v)) return false;
  let keys = 0;
  for (const k in v) {
    if (!WIRE_KEYS.has(k)) return false;
    keys += 1;
  }
  const c = v as Record<string, unknown>;
  if (keys !== (c.supersedes === undefined ? 11 : 12)) return false;
  if (typeof c.install !== 'string' || !INSTALL_ID_RE.test(c.install)) return false;
  if (!Number.isSafeInteger(c.seq) || (c.seq as number) < 1) return false;
  if (!isText(c.org, 1, 100) || !isText(c.rowId, 1, 200) || !isText(c.tx, 1, 100)) return false;
  if (typeof c.table !== 'string' || !identifier.test(c.table) || typeof c.group !== 'string' || !groupName.test(c.group)) return false;
  if (!isHlc(c.hlc) || (c.baseHlc !== null && !isHlc(c.baseHlc))) return false;
  if (c.actor !== null && !isText(c.actor, 0, 200)) return false;
  if (c.supersedes !== undefined && !(Array.isArray(c.supersedes) && c.supersedes.length <= 10_000 && c.supersedes.every(isHlc))) return false;
  // The clock's install part follows its 12 + 1 + 4 + 1 fixed characters (hlc.ts).
  if (c.hlc.slice(18) !== c.install) return false;
  return fieldValuesProblem(c.value) === null;
}
