import type { WireChange } from '../../../shared/domain/sync/change';

/** One change_log row as SQLite returns it. */
export interface LogRow {
  install_id: string;
  seq: number;
  org_id: string;
  tbl: string;
  row_id: string;
  grp: string;
  value: string;
  hlc: string;
  base_hlc: string | null;
  tx: string;
  actor: string | null;
  hash: string;
  supersedes: string | null;
  arrival: number | null;
}

/** A stored change as it travels in a sync file (and as it is hashed). Throws on a value that is not JSON. */
export function logRowToWire(r: LogRow): WireChange {
  const c: WireChange = {
    install: r.install_id,
    seq: r.seq,
    org: r.org_id,
    table: r.tbl,
    rowId: r.row_id,
    group: r.grp,
    value: JSON.parse(r.value) as WireChange['value'],
    hlc: r.hlc,
    baseHlc: r.base_hlc,
    tx: r.tx,
    actor: r.actor,
  };
  if (r.supersedes) c.supersedes = JSON.parse(r.supersedes) as string[];
  return c;
}
