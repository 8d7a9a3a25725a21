import { z } from 'zod';
import { decodeHlc, isHlc } from '../hlc';

/**
 * One change as it travels in a sync file (one NDJSON line). Validated strictly before anything
 * is applied: names that end up in SQL (table, group, field) are restricted to safe identifiers.
 */
export const INSTALL_ID_RE = /^[A-Za-z0-9-]{1,64}$/;
const identifier = /^[a-z][a-z0-9_]{0,62}$/;
const groupName = /^[a-zA-Z][a-zA-Z0-9_]{0,62}$/;
const fieldName = /^[a-zA-Z][a-zA-Z0-9_]{0,62}$/;

const hlc = z.string().refine(isHlc, { error: 'Mốc thời gian (HLC) không hợp lệ.' });

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

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

const fieldValues = z.custom<Record<string, Json>>().superRefine((v, ctx) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) {
    ctx.addIssue({ code: 'custom', message: 'Giá trị phải là một đối tượng các trường.' });
    return;
  }
  for (const [field, x] of Object.entries(v)) {
    if (!fieldName.test(field)) return void ctx.addIssue({ code: 'custom', message: 'Tên trường không hợp lệ.', path: [field] });
    const problem = jsonProblem(x, 1);
    if (problem) return void ctx.addIssue({ code: 'custom', message: problem, path: [field] });
  }
});

export const wireChangeSchema = z
  .object({
    install: z.string().regex(INSTALL_ID_RE, { error: 'Mã cài đặt không hợp lệ.' }),
    seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    org: z.string().min(1).max(100),
    table: z.string().regex(identifier, { error: 'Tên bảng không hợp lệ.' }),
    rowId: z.string().min(1).max(200),
    group: z.string().regex(groupName, { error: 'Tên nhóm trường không hợp lệ.' }),
    value: fieldValues,
    hlc,
    baseHlc: hlc.nullable(),
    tx: z.string().min(1).max(100),
    actor: z.string().max(200).nullable(),
    supersedes: z.array(hlc).max(10_000).optional(),
  })
  .strict()
  // A change may only carry its own install's clock: otherwise a sender could win ties as someone else.
  .refine((c) => !isHlc(c.hlc) || decodeHlc(c.hlc).install === c.install, { error: 'Mốc thời gian không thuộc máy đã tạo thay đổi.', path: ['hlc'] });

export type WireChange = z.infer<typeof wireChangeSchema>;
