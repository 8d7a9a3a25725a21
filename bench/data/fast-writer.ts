import type { Db } from '../../electron/core/db/open';
import { ChangeWriter } from '../../electron/core/sync/write-path';

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
 * The app's ChangeWriter for one generated organisation's install: the same changes, clocks and re-derivations as
 * `write()` in the app (one per action), on a connection that may cache its statements (withStatementCache).
 */
export class BenchChangeWriter extends ChangeWriter {
  constructor(
    db: Db,
    installId: string,
    now: () => number,
    /** False for the other organisations' installs: their clock lives in their own database, not in our install row. */
    private readonly ownInstall: boolean,
  ) {
    super(db, installId, now);
  }

  override persistClock(): void {
    if (this.ownInstall) super.persistClock();
  }
}
