import { z } from 'zod';
import { decodeHlc, isHlc } from '../hlc';
import { INSTALL_ID_RE, fieldValuesProblem, groupName, identifier, type Json } from './change-check';

const hlc = z.string().refine(isHlc, { error: 'Mốc thời gian (HLC) không hợp lệ.' });

const fieldValues = z.custom<Record<string, Json>>().superRefine((v, ctx) => {
  const p = fieldValuesProblem(v);
  if (p) ctx.addIssue({ code: 'custom', message: p.message, ...(p.field === undefined ? {} : { path: [p.field] }) });
});

/**
 * One change as it travels in a sync file (one NDJSON line). Validated strictly before anything
 * is applied: names that end up in SQL (table, group, field) are restricted to safe identifiers.
 */
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
