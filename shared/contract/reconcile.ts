import { z } from 'zod';
import { command, query } from './define';
import { id, isoDate, requiredText, text } from './fields';
import { kind, outlet } from './series';
import type { Outlet, Timestamp } from '../domain/types';
import {
  LOG_FIELDS,
  RECONCILE_MAX_BYTES,
  RECONCILE_MAX_MB,
  RECONCILE_MAX_ROWS,
  RECONCILE_MAX_WINDOW_DAYS,
  type LineError,
  type LogField,
  type LogFormat,
  type Proposal,
  type SourceMapping,
} from '../domain/reconcile';

/** What a preview proposes, before anyone confirms: nothing is written to get it. */
export interface ReconcilePreview {
  /** Names this preview (file hash + options) for `reconcile:confirm`. */
  token: string;
  fileName: string;
  sha256: string;
  format: LogFormat;
  /** Field → the header (or element) it was read from. */
  columns: Partial<Record<LogField, string>>;
  outlet: Outlet | null;
  windowDays: number;
  /** Mapping used (`--source`), or null when the header was recognised. */
  source: string | null;
  lines: number;
  errors: LineError[];
  proposals: Proposal[];
  counts: { confident: number; doubtful: number; new: number; unmatched: number };
}

export interface ReconcileOutcome {
  importId: string;
  marked: number;
  created: number;
  rejected: number;
  itemIds: string[];
}

export interface ReconcileImport {
  id: string;
  fileName: string;
  sha256: string;
  evidenceFile: string;
  createdAt: Timestamp;
  actor: string | null;
  marked: number;
  created: number;
  undoneAt: Timestamp | null;
}

export interface ReconcileUndo {
  importId: string;
  reopened: number;
  deleted: number;
  /** Items changed by someone since the import: left as they are, with why. */
  skipped: Array<{ itemId: string; reason: string }>;
}

/** Done items of a plan in a period: proven by a log line, or marked by hand (Theo dõi). */
export interface ReconcileProof {
  byLog: number;
  byHand: number;
}

/** Base64 of the largest file the readers take (4/3 of the bytes, and a little for padding). */
const BASE64_MAX = Math.ceil(RECONCILE_MAX_BYTES / 3) * 4 + 4;

const file = z
  .object({
    fileName: requiredText(255),
    contentBase64: z.string().max(BASE64_MAX, { error: `Tệp nhật ký quá lớn (tối đa ${RECONCILE_MAX_MB} MB). Hãy xuất từng tháng một.` }),
  })
  .strict();

const windowDays = z
  .number()
  .int()
  .min(0, { error: 'Số ngày tìm quanh ngày phát phải từ 0 trở lên.' })
  .max(RECONCILE_MAX_WINDOW_DAYS, { error: `Số ngày tìm quanh ngày phát tối đa ${RECONCILE_MAX_WINDOW_DAYS}.` });

const mappingSchema = z
  .object({
    name: requiredText(100),
    columns: z
      .object(Object.fromEntries(LOG_FIELDS.map((f) => [f, text(200).optional()])) as Record<LogField, z.ZodOptional<ReturnType<typeof text>>>)
      .strict(),
    recordElement: text(100).nullable().optional(),
    durationUnit: z.enum(['frames', 'seconds', 'minutes']).nullable().optional(),
    fps: z.number().int().min(1).max(120).nullable().optional(),
    outlet: outlet.nullable().optional(),
  })
  .strict();

const line = z.number().int().min(1).max(10_000_000);
const decision = z.discriminatedUnion(
  'action',
  [
    z.object({ line, action: z.literal('accept'), itemId: id }).strict(),
    z.object({ line, action: z.literal('reject') }).strict(),
    z.object({ line, action: z.literal('create'), taskId: id.nullable().optional(), kind: kind.optional(), title: requiredText(300).optional() }).strict(),
  ],
  { error: 'Mỗi quyết định là accept (kèm itemId), reject hoặc create.' },
);

export const reconcileContract = {
  'reconcile:preview': query<ReconcilePreview>()(
    z.object({ file, source: text(100).optional(), outlet: outlet.optional(), windowDays: windowDays.optional() }).strict(),
  ),
  /**
   * Marks what the person accepted, in one transaction. `file` may be left out while the preview is still held
   * by this process (same token); otherwise it is read again and must give the same token.
   */
  'reconcile:confirm': command<ReconcileOutcome>()(
    z
      .object({
        token: z.string().min(1).max(200),
        file: file.optional(),
        decisions: z.array(decision).min(1, { error: 'Chưa có quyết định nào để xác nhận.' }).max(RECONCILE_MAX_ROWS),
      })
      .strict(),
  ),
  'reconcile:undo': command<ReconcileUndo>()(z.object({ importId: id }).strict()),
  'reconcile:imports': query<ReconcileImport[]>()(z.object({}).strict()),
  'reconcile:proof': query<ReconcileProof>()(z.object({ planId: id, from: isoDate, to: isoDate }).strict()),
  'reconcile:mappings': query<SourceMapping[]>()(z.object({}).strict()),
  'reconcile:saveMapping': command<SourceMapping>()(mappingSchema),
  'reconcile:deleteMapping': command<{ deleted: true }>()(z.object({ name: requiredText(100) }).strict()),
};
