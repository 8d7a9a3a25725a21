import type { MessagePort } from 'node:worker_threads';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import type { RejectionCode } from './rejection';
import type { LogRecord } from './log-record';

/** What the parse worker is given: the file, its checked header, and the shared counters both sides wait on. */
export interface ParseJob {
  file: string;
  header: FileHeader;
  bodyOffset: number;
  nowMs: number;
  /** Int32 cells: messages posted by the worker, messages taken by the reader (POSTED / TAKEN). */
  control: SharedArrayBuffer;
  port: MessagePort;
}

export const POSTED = 0;
export const TAKEN = 1;
export const CONTROL_BYTES = 8;

export type ParseMessage =
  | { type: 'ready' }
  | { type: 'batch'; fields: Array<string | number | null> }
  | { type: 'end'; count: number }
  | { type: 'rejected'; reason: RejectionCode; message: string; details: Record<string, unknown> }
  | { type: 'failed'; message: string };

/** Fields per change in a batch: a flat list of plain values clones far faster than one object per change. */
const FIELDS = 13;

export function pushFields(out: Array<string | number | null>, c: LogRecord): void {
  out.push(c.install, c.seq, c.org, c.table, c.rowId, c.group, c.valueJson, c.hlc, c.baseHlc, c.tx, c.actor, c.supersedesJson, c.hash);
}

/** Each change of a batch, in order. The object handed to `fn` is reused for the next one: copy what you keep. */
export function forEachChange(fields: ReadonlyArray<string | number | null>, fn: (c: LogRecord) => void): void {
  const c = {} as LogRecord;
  for (let i = 0; i < fields.length; i += FIELDS) {
    c.install = fields[i] as string;
    c.seq = fields[i + 1] as number;
    c.org = fields[i + 2] as string;
    c.table = fields[i + 3] as string;
    c.rowId = fields[i + 4] as string;
    c.group = fields[i + 5] as string;
    c.valueJson = fields[i + 6] as string;
    c.hlc = fields[i + 7] as string;
    c.baseHlc = fields[i + 8] as string | null;
    c.tx = fields[i + 9] as string;
    c.actor = fields[i + 10] as string | null;
    c.supersedesJson = fields[i + 11] as string | null;
    c.hash = fields[i + 12] as string;
    fn(c);
  }
}
