import crypto from 'node:crypto';
import type { WireChange } from '../../../shared/domain/sync/change';
import { canonicalJson } from './canonical-json';

/**
 * IMPORTANT: one of the three shapes of a change (docs/sync.md): what a user action writes is a `LocalWrite`
 * (write-path.ts), what travels is a `WireChange` (shared/domain/sync/change.ts), and this is what the log holds —
 * one change_log row, its value as canonical JSON and its hash computed once, whether a local write appended it or an
 * import read it. Read from SQLite through LOG_RECORD_COLUMNS, so the row and this type are one shape.
 */
export interface LogRecord {
  install: string;
  seq: number;
  org: string;
  table: string;
  rowId: string;
  group: string;
  valueJson: string;
  hlc: string;
  baseHlc: string | null;
  tx: string;
  actor: string | null;
  /** Clocks of other changes this one knowingly replaces (a resolved conflict, what a delete saw), as JSON; null for none. */
  supersedesJson: string | null;
  hash: string;
  /** The local order in which changes reached this install; set when the log is read, not part of the change. */
  arrival?: number | null;
}

/** The change_log columns under the names of LogRecord (`SELECT ${LOG_RECORD_COLUMNS} FROM change_log …`). */
export const LOG_RECORD_COLUMNS =
  'install_id AS install, seq, org_id AS org, tbl AS "table", row_id AS rowId, grp AS "group", value AS valueJson, hlc, base_hlc AS baseHlc, tx, actor, supersedes AS supersedesJson, hash, arrival';

/** A change as the log holds it: the value canonicalised and the change's hash, the one both sides of a sync agree on. */
export function toLogRecord(c: WireChange): LogRecord {
  const valueJson = canonicalJson(c.value);
  const supersedesJson = c.supersedes && c.supersedes.length > 0 ? JSON.stringify(c.supersedes) : null;
  // The same bytes as canonicalJson([install, seq, org, table, rowId, group, value, hlc, baseHlc, tx, actor, supersedes?]).
  const head = JSON.stringify([c.install, c.seq, c.org, c.table, c.rowId, c.group]).slice(0, -1);
  const tail = JSON.stringify([c.hlc, c.baseHlc ?? null, c.tx, c.actor ?? null]).slice(1, -1);
  const hashed = `${head},${valueJson},${tail}${supersedesJson === null ? '' : `,${supersedesJson}`}]`;
  const hash = crypto.hash('sha256', hashed, 'hex'); // one-shot: half the cost of a Hash object per change
  return {
    install: c.install,
    seq: c.seq,
    org: c.org,
    table: c.table,
    rowId: c.rowId,
    group: c.group,
    valueJson,
    hlc: c.hlc,
    baseHlc: c.baseHlc ?? null,
    tx: c.tx,
    actor: c.actor ?? null,
    supersedesJson,
    hash,
  };
}

/** A stored change as it travels in a sync file (and as it is hashed). Throws on a value that is not JSON. */
export function toWire(r: LogRecord): WireChange {
  const c: WireChange = {
    install: r.install,
    seq: r.seq,
    org: r.org,
    table: r.table,
    rowId: r.rowId,
    group: r.group,
    value: JSON.parse(r.valueJson) as WireChange['value'],
    hlc: r.hlc,
    baseHlc: r.baseHlc,
    tx: r.tx,
    actor: r.actor,
  };
  if (r.supersedesJson) c.supersedes = JSON.parse(r.supersedesJson) as string[];
  return c;
}
