import crypto from 'node:crypto';
import type { Db } from '../db/open';
import { HlcClock } from '../../../shared/domain/hlc';
import { AppError } from '../../../shared/contract/errors';
import { toLogRecord, type LogRecord } from './log-record';
import type { WireChange } from '../../../shared/domain/sync/change';
import { DELETED_GROUP } from './registry';
import { refreshRows } from './row-refresh';
import { writeOrgFor } from './owner-rule';
import { stmt } from './statements';
import { checkGroupValue } from './field-validator';

export { materialiseRow } from './materialise';

export interface LocalWrite {
  table: string;
  rowId: string;
  group: string;
  value: Record<string, unknown>;
  /** Organisation stamped on the change; defaults to the row's owner, else this install's organisation (owner-rule.ts). */
  org?: string;
  /** Make this organisation the steward of a row the built-in sample made local (publishing the sample). */
  publish?: boolean;
  /** Clocks of conflicting changes this write resolves (set by the sync service). */
  supersedes?: readonly string[];
}

const APPEND = `INSERT INTO change_log (install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash, supersedes, arrival)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const APPEND_IF_NEW = `${APPEND} ON CONFLICT (install_id, seq) DO NOTHING`;

/**
 * IMPORTANT: the one write path for synced tables. Local writes and imported changes both land in
 * the append-only change log; each touched row is then re-derived from its log (row-state.ts:
 * last write wins per (table, row, group) by clock, deletes win, conflicts listed), so the
 * result never depends on the order changes arrived in. Services never write a synced table directly.
 */
export class ChangeWriter {
  private readonly clock: HlcClock;
  private nextSeq: number;
  /** Next local arrival number; re-read from the log at the start of each action or import (another process may have written). */
  private nextArrival: number | null = null;

  constructor(
    private readonly db: Db,
    readonly installId: string,
    private readonly now: () => number = Date.now,
  ) {
    const row = stmt(db, 'SELECT clock FROM install WHERE id = 1').get() as { clock: string | null } | undefined;
    this.clock = new HlcClock(installId, row?.clock ?? null);
    this.nextSeq = this.maxOwnSeq() + 1;
  }

  get clockValue(): HlcClock {
    return this.clock;
  }

  nowMs(): number {
    return this.now();
  }

  /**
   * Record one user action. Must run inside the caller's transaction so the action and its
   * change-log entries commit (or vanish) together.
   */
  write(writes: readonly LocalWrite[], actor: string | null, defaultOrg: string): WireChange[] {
    if (!this.db.inTransaction) throw new Error('ChangeWriter.write must run inside a transaction');
    // IMPORTANT: every value is checked against its field's spec before anything is appended, so a value another
    // install of this version would refuse never reaches the log (and never leaves this install in a file).
    for (const w of writes) {
      const p = checkGroupValue(w.table, w.group, w.value);
      if (p) throw new AppError('invalid_input', `Không lưu được: ${p.message}`, { field: p.field, table: w.table, rowId: w.rowId });
    }
    // Another process (the CLI beside the running app) may have written to the same database since.
    this.nextSeq = Math.max(this.nextSeq, this.maxOwnSeq() + 1);
    this.beginBatch();
    const stored = stmt(this.db, 'SELECT clock FROM install WHERE id = 1').get() as { clock: string | null } | undefined;
    if (stored?.clock) this.clock.receive(stored.clock, Number.MAX_SAFE_INTEGER);
    const tx = crypto.randomUUID();
    const out: WireChange[] = [];
    // Winners written earlier in this same action: rows are re-derived once at the end, not after every group.
    const pending = new Map<string, string>();
    const touched = new Map<string, { table: string; rowId: string }>();
    for (const w of writes) {
      const org = writeOrgFor(this.db, w.table, w.rowId, w.org, defaultOrg, w.publish);
      const rowKey = `${w.table}\u0000${w.rowId}`;
      const pendingHlc = pending.get(`${rowKey}\u0000${w.group}`);
      const current = pendingHlc ? { hlc: pendingHlc } : this.winner(w.table, w.rowId, w.group);
      const supersedes = new Set(w.supersedes ?? []);
      if (w.group === DELETED_GROUP && w.value.deleted === true) {
        // A delete records what it saw, so only edits it did not see are listed as conflicts.
        for (const g of this.rowWinners(w.table, w.rowId)) if (g.grp !== DELETED_GROUP) supersedes.add(g.hlc);
        for (const [key, hlc] of pending) if (key.startsWith(`${rowKey}\u0000`) && !key.endsWith(`\u0000${DELETED_GROUP}`)) supersedes.add(hlc);
      }
      const change: WireChange = {
        install: this.installId,
        seq: this.nextSeq,
        org,
        table: w.table,
        rowId: w.rowId,
        group: w.group,
        // Checked against its field's spec above (checkGroupValue): JSON of the field's type.
        value: w.value as WireChange['value'],
        hlc: this.clock.tick(this.now()),
        baseHlc: current?.hlc ?? null,
        tx,
        actor,
      };
      if (supersedes.size > 0) change.supersedes = [...supersedes].sort();
      this.nextSeq += 1;
      this.append(change);
      pending.set(`${rowKey}\u0000${w.group}`, change.hlc);
      touched.set(rowKey, { table: w.table, rowId: w.rowId });
      out.push(change);
    }
    const nowIso = new Date(this.now()).toISOString();
    refreshRows(
      this.db,
      [...touched.values()].map(({ table, rowId }) => [table, rowId] as const),
      nowIso,
    );
    this.persistClock();
    return out;
  }

  persistClock(): void {
    stmt(this.db, 'UPDATE install SET clock = ? WHERE id = 1').run(this.clock.current());
  }

  /**
   * The highest number this install has used. After restoring an older backup the log holds fewer
   * than were handed out (and maybe exported); the restore records `sync.seqFloor` so numbers are never reused.
   */
  private maxOwnSeq(): number {
    const max = stmt(this.db, 'SELECT MAX(seq) AS s FROM change_log WHERE install_id = ?').get(this.installId) as { s: number | null };
    const floor = stmt(this.db, "SELECT value FROM settings WHERE key = 'sync.seqFloor'").get() as { value: string } | undefined;
    return Math.max(max.s ?? 0, Number(floor?.value ?? 0) || 0);
  }

  /** After a rolled-back transaction (or an import of our own older changes), take seq numbers from the log again. */
  resync(): void {
    this.nextSeq = this.maxOwnSeq() + 1;
    this.nextArrival = null;
  }

  /** Start of an action or an import, inside its transaction: take arrival numbers from the log again. */
  beginBatch(): void {
    const r = stmt(this.db, 'SELECT MAX(arrival) AS a FROM change_log').get() as { a: number | null };
    this.nextArrival = (r.a ?? 0) + 1;
  }

  winner(table: string, rowId: string, group: string): { hlc: string } | undefined {
    return stmt(this.db, 'SELECT hlc FROM row_groups WHERE tbl = ? AND row_id = ? AND grp = ?').get(table, rowId, group) as { hlc: string } | undefined;
  }

  private rowWinners(table: string, rowId: string): Array<{ grp: string; hlc: string }> {
    return stmt(this.db, 'SELECT grp, hlc FROM row_groups WHERE tbl = ? AND row_id = ?').all(table, rowId) as Array<{ grp: string; hlc: string }>;
  }

  /** Append to the log (ours or received), with `arrival`, the local order in which changes reached this install. */
  append(c: WireChange): void {
    this.appendRecord(toLogRecord(c), false);
  }

  /**
   * Append a change as the log holds it. With `ifNew`, a change already in the log (same install and seq) is left alone and
   * false is returned, so the import checks duplicates with the insert itself rather than a lookup before it.
   */
  appendRecord(s: LogRecord, ifNew: boolean): boolean {
    if (this.nextArrival === null) this.beginBatch();
    const r = stmt(this.db, ifNew ? APPEND_IF_NEW : APPEND).run(
      s.install,
      s.seq,
      s.org,
      s.table,
      s.rowId,
      s.group,
      s.valueJson,
      s.hlc,
      s.baseHlc,
      s.tx,
      s.actor,
      s.hash,
      s.supersedesJson,
      this.nextArrival,
    );
    if (r.changes === 0) return false;
    this.nextArrival! += 1;
    return true;
  }
}
