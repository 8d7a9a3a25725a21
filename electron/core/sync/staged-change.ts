import crypto from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The fields a change is hashed over, whether written here or received in a file. */
export interface ChangeFields {
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
  supersedes?: readonly string[];
}

/**
 * A change as a change-log row: value canonicalised and hash computed once. The import's checking pass stages
 * every validated change in this form, so the apply pass (inside the transaction) neither re-parses values nor re-hashes.
 */
export interface StagedChange {
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
  supersedesJson: string | null;
  hash: string;
}

export function stageChange(c: ChangeFields): StagedChange {
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

/** One staged change as one line of the import's work file. */
export function stagedLine(s: StagedChange): string {
  return JSON.stringify([s.install, s.seq, s.org, s.table, s.rowId, s.group, s.valueJson, s.hlc, s.baseHlc, s.tx, s.actor, s.supersedesJson, s.hash]);
}

export function parseStagedLine(line: string): StagedChange {
  const a = JSON.parse(line) as [string, number, string, string, string, string, string, string, string | null, string, string | null, string | null, string];
  return {
    install: a[0],
    seq: a[1],
    org: a[2],
    table: a[3],
    rowId: a[4],
    group: a[5],
    valueJson: a[6],
    hlc: a[7],
    baseHlc: a[8],
    tx: a[9],
    actor: a[10],
    supersedesJson: a[11],
    hash: a[12],
  };
}
