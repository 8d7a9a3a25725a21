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
const json: z.ZodType<Json> = z.lazy(() =>
  z.union([z.string().max(200_000), z.number().finite(), z.boolean(), z.null(), z.array(json).max(10_000), z.record(z.string().max(200), json)]),
);

export const wireChangeSchema = z
  .object({
    install: z.string().regex(INSTALL_ID_RE, { error: 'Mã cài đặt không hợp lệ.' }),
    seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    org: z.string().min(1).max(100),
    table: z.string().regex(identifier, { error: 'Tên bảng không hợp lệ.' }),
    rowId: z.string().min(1).max(200),
    group: z.string().regex(groupName, { error: 'Tên nhóm trường không hợp lệ.' }),
    value: z.record(z.string().regex(fieldName, { error: 'Tên trường không hợp lệ.' }), json),
    hlc,
    baseHlc: hlc.nullable(),
    tx: z.string().min(1).max(100),
    actor: z.string().max(200).nullable(),
    supersedes: z.array(hlc).max(10_000).optional(),
  })
  .strict()
  // A change may only carry its own install's clock: otherwise a sender could win ties as someone else.
  .refine((c) => decodeHlc(c.hlc).install === c.install, { error: 'Mốc thời gian không thuộc máy đã tạo thay đổi.', path: ['hlc'] });

export type WireChange = z.infer<typeof wireChangeSchema>;
