import type { Db } from '../../electron/core/db/open';
import { ChangeWriter, type ApplyOutcome, type Change } from '../../electron/core/sync/write-path';
import { refreshRow } from '../../electron/core/sync/row-refresh';

/**
 * The same SQL on the same connection, compiled once: better-sqlite3 statements are reusable, so this
 * changes only how often SQLite parses a statement, never what runs. (The app's write path prepares every
 * statement on every call; see BENCHMARKS.md.)
 */
export function withStatementCache(db: Db): Db {
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          let s = cache.get(sql);
          if (!s) cache.set(sql, (s = target.prepare(sql)));
          return s;
        };
      }
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * ChangeWriter that appends every change exactly as `write()` does (seq, clock, base clock, org, hash) but
 * re-derives each touched row once per batch instead of once per group, like the import step does
 * (apply-file.ts: append all, then refreshRow per touched row). The derived tables are a pure function of
 * the log, so the result is the same; a row is flushed before anything reads its current groups.
 */
export class BatchingChangeWriter extends ChangeWriter {
  private readonly dirty = new Map<string, [string, string]>();
  private readonly latest = new Map<string, string>();

  constructor(
    private readonly fastDb: Db,
    installId: string,
    now: () => number,
    /** False for the other organisations' installs: their clock lives in their own database, not in our install row. */
    private readonly ownInstall: boolean,
  ) {
    super(fastDb, installId, now);
  }

  override persistClock(): void {
    if (this.ownInstall) super.persistClock();
  }

  /** The base clock of a new change: this writer's own latest change of the group when the row is not re-derived yet. */
  override winner(table: string, rowId: string, group: string): { hlc: string } | undefined {
    const hlc = this.dirty.has(`${table}\u0000${rowId}`) ? this.latest.get(`${table}\u0000${rowId}\u0000${group}`) : undefined;
    return hlc ? { hlc } : super.winner(table, rowId, group);
  }

  override applyWinner(c: Change): ApplyOutcome {
    this.dirty.set(`${c.table}\u0000${c.rowId}`, [c.table, c.rowId]);
    this.latest.set(`${c.table}\u0000${c.rowId}\u0000${c.group}`, c.hlc);
    return 'applied';
  }

  flushRow(table: string, rowId: string): void {
    const key = `${table}\u0000${rowId}`;
    if (!this.dirty.has(key)) return;
    this.dirty.delete(key);
    refreshRow(this.fastDb, table, rowId, new Date(this.nowMs()).toISOString());
    for (const k of [...this.latest.keys()]) if (k.startsWith(`${key}\u0000`)) this.latest.delete(k);
  }

  /** Call before the transaction commits. */
  flush(): void {
    const iso = new Date(this.nowMs()).toISOString();
    for (const [table, rowId] of this.dirty.values()) refreshRow(this.fastDb, table, rowId, iso);
    this.dirty.clear();
    this.latest.clear();
  }
}

/** The plain write path (one re-derivation per group), for checking that batching changes nothing. */
export class PlainChangeWriter extends ChangeWriter {
  constructor(
    db: Db,
    installId: string,
    now: () => number,
    private readonly ownInstall: boolean,
  ) {
    super(db, installId, now);
  }

  override persistClock(): void {
    if (this.ownInstall) super.persistClock();
  }

  flushRow(): void {}

  flush(): void {}
}
