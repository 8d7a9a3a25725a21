import crypto from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** One field group of one row, as written by a user action or received in a sync file. */
export interface Change {
  install: string;
  seq: number;
  org: string;
  table: string;
  rowId: string;
  group: string;
  value: Record<string, unknown>;
  hlc: string;
  baseHlc: string | null;
  tx: string;
  actor: string | null;
  /** Clocks of other changes this one knowingly replaces (a resolved conflict, what a delete saw). */
  supersedes?: string[];
}

/** A change as a change-log row: value canonicalised and hash computed once, as the import reads it and a local write appends it. */
export type StagedChange = Omit<Change, 'value' | 'supersedes'> & { valueJson: string; supersedesJson: string | null; hash: string };

export function stageChange(c: Change): StagedChange {
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
