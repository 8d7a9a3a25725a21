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

/**
 * A change as a change-log row: value canonicalised and hash computed once. The import's checking pass stages
 * every validated change in this form, so the apply pass (inside the transaction) neither re-parses values nor re-hashes.
 */
export type StagedChange = Omit<Change, 'value' | 'supersedes'> & { valueJson: string; supersedesJson: string | null; hash: string };

export function stageChange(c: Change): StagedChange {
  const valueJson = canonicalJson(c.value);
  const supersedesJson = c.supersedes && c.supersedes.length > 0 ? JSON.stringify(c.supersedes) : null;
  // The same bytes as canonicalJson([install, seq, org, table, rowId, group, value, hlc, baseHlc, tx, actor, supersedes?]).
  const head = JSON.stringify([c.install, c.seq, c.org, c.table, c.rowId, c.group]).slice(0, -1);
  const tail = JSON.stringify([c.hlc, c.baseHlc ?? null, c.tx, c.actor ?? null]).slice(1, -1);
  const hashed = `${head},${valueJson},${tail}${supersedesJson === null ? '' : `,${supersedesJson}`}]`;
  const hash = crypto.createHash('sha256').update(hashed).digest('hex');
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

/**
 * One staged change as one line of the import's work file: the small fields as a JSON array, a tab, then the value
 * JSON as it is (JSON text never holds a raw tab or newline, so neither part needs escaping again).
 */
export function stagedLine(s: StagedChange): string {
  const meta = JSON.stringify([s.install, s.seq, s.org, s.table, s.rowId, s.group, s.hlc, s.baseHlc, s.tx, s.actor, s.supersedesJson, s.hash]);
  return `${meta}\t${s.valueJson}`;
}

export function parseStagedLine(line: string): StagedChange {
  const tab = line.indexOf('\t');
  const m = JSON.parse(line.slice(0, tab)) as [string, number, string, string, string, string, string, string | null, string, string | null, string | null, string];
  return {
    install: m[0],
    seq: m[1],
    org: m[2],
    table: m[3],
    rowId: m[4],
    group: m[5],
    valueJson: line.slice(tab + 1),
    hlc: m[6],
    baseHlc: m[7],
    tx: m[8],
    actor: m[9],
    supersedesJson: m[10],
    hash: m[11],
  };
}
