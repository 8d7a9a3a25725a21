import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../../electron/core/db/open';
import { registerSyncedTable, syncedTable } from '../../../../electron/core/sync/registry';
import { ChangeWriter, type LocalWrite } from '../../../../electron/core/sync/write-path';
import type { WireChange } from '../../../../shared/domain/sync/change';
import { ensureInstallKeys } from '../../../../electron/core/sync/keys';
import { exportChanges, type ExportOptions } from '../../../../electron/core/sync/exporter';
import { importFiles, type ImportOptions, type ImportSummary } from '../../../../electron/core/sync/importer';
import { canonicalJson } from '../../../../electron/core/sync/canonical-json';

/** A small synced table of our own: identity, a one-field group, a three-field group that must not be mixed, delete. */
export const T = 'sync_test_items';
if (!syncedTable(T)) {
  registerSyncedTable({
    table: T,
    groups: { create: ['orgId', 'code'], title: ['title'], slot: ['plannedDate', 'plannedTime', 'durationMinutes'], deleted: ['deleted'] },
    boolFields: ['deleted'],
  });
}
/** A stewarded table (like the province's plan): every organisation may create the same ids; the first real creator stewards. */
export const SHARED = 'sync_test_shared';
if (!syncedTable(SHARED)) {
  registerSyncedTable({ table: SHARED, ownership: 'steward', groups: { create: ['orgId'], title: ['title'], deleted: ['deleted'] }, boolFields: ['deleted'] });
}
const DDL = `CREATE TABLE IF NOT EXISTS ${SHARED} (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, title TEXT, deleted INTEGER);
CREATE TABLE IF NOT EXISTS ${T} (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, code TEXT, title TEXT,
  planned_date TEXT, planned_time TEXT, duration_minutes INTEGER, deleted INTEGER)`;

export function tempRoot(prefix = 'ltt-sync-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A shared fake wall clock so tests never depend on the real time. */
export class FakeClock {
  constructor(public t = Date.UTC(2026, 4, 4, 1, 0, 0)) {}
  now = (): number => this.t;
  advance(ms = 1000): void {
    this.t += ms;
  }
}

export interface SiteOptions {
  installId?: string;
  clock?: FakeClock;
}

/** One install: its own real database file, data folder, key pair and organisation. */
export class Site {
  readonly db: Db;
  readonly writer: ChangeWriter;
  readonly dir: string;
  readonly clock: FakeClock;

  constructor(
    root: string,
    readonly name: string,
    readonly org: string,
    opts: SiteOptions = {},
  ) {
    this.dir = path.join(root, name);
    this.clock = opts.clock ?? new FakeClock();
    this.db = openDatabase(path.join(this.dir, 'app.db'));
    this.db.exec(DDL);
    const installId = opts.installId ?? `i-${name}`;
    const has = this.db.prepare('SELECT install_id FROM install WHERE id = 1').get() as { install_id: string } | undefined;
    if (!has)
      this.db
        .prepare('INSERT INTO install (id, install_id, install_name, created_at) VALUES (1, ?, ?, ?)')
        .run(installId, name, new Date(this.clock.t).toISOString());
    ensureInstallKeys(this.db);
    this.writer = new ChangeWriter(this.db, has?.install_id ?? installId, this.clock.now);
  }

  get installId(): string {
    return this.writer.installId;
  }

  write(writes: LocalWrite[]): WireChange[] {
    this.clock.advance(10);
    return this.db.transaction(() => this.writer.write(writes, `${this.name}-user`, this.org))();
  }

  createItem(id: string, fields: { title?: string; slot?: [string, string, number] } = {}): WireChange[] {
    const w: LocalWrite[] = [{ table: T, rowId: id, group: 'create', value: { orgId: this.org, code: id } }];
    if (fields.title !== undefined) w.push({ table: T, rowId: id, group: 'title', value: { title: fields.title } });
    if (fields.slot)
      w.push({ table: T, rowId: id, group: 'slot', value: { plannedDate: fields.slot[0], plannedTime: fields.slot[1], durationMinutes: fields.slot[2] } });
    return this.write(w);
  }

  setTitle(id: string, title: string): WireChange[] {
    return this.write([{ table: T, rowId: id, group: 'title', value: { title } }]);
  }

  setSlot(id: string, slot: [string, string, number]): WireChange[] {
    return this.write([{ table: T, rowId: id, group: 'slot', value: { plannedDate: slot[0], plannedTime: slot[1], durationMinutes: slot[2] } }]);
  }

  remove(id: string): WireChange[] {
    return this.write([{ table: T, rowId: id, group: 'deleted', value: { deleted: true } }]);
  }

  restore(id: string): WireChange[] {
    return this.write([{ table: T, rowId: id, group: 'deleted', value: { deleted: false } }]);
  }

  exportTo(outDir: string, opts: Partial<ExportOptions> = {}) {
    return exportChanges(
      this.db,
      this.writer,
      { org: this.org, orgName: `Đơn vị ${this.org}`, installName: this.name },
      { outDir, now: this.clock.now, ...opts },
    );
  }

  import(files: string[], opts: Partial<ImportOptions> = {}): Promise<ImportSummary> {
    return importFiles(this.db, this.writer, files, { dataDir: this.dir, trustNew: true, now: this.clock.now, ...opts });
  }

  item(id: string): Record<string, unknown> | undefined {
    return this.db.prepare(`SELECT * FROM ${T} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  }

  openConflicts(): Array<Record<string, unknown>> {
    return this.db
      .prepare(
        'SELECT tbl, row_id, grp, winner_hlc, winner_value, loser_hlc, loser_value, loser_install, loser_seq FROM sync_conflicts ORDER BY loser_install, loser_seq',
      )
      .all() as Array<Record<string, unknown>>;
  }

  /** Everything that must be identical between installs that hold the same changes. */
  dump(): string {
    const q = (sql: string) => this.db.prepare(sql).all();
    return canonicalJson({
      items: q(`SELECT * FROM ${T} ORDER BY id`),
      groups: q('SELECT * FROM row_groups ORDER BY tbl, row_id, grp'),
      conflicts: this.openConflicts(),
      log: q('SELECT install_id, seq, org_id, tbl, row_id, grp, value, hlc, base_hlc, tx, actor, hash, supersedes FROM change_log ORDER BY install_id, seq'),
    });
  }

  tableDump(): string {
    return canonicalJson(this.db.prepare(`SELECT * FROM ${T} ORDER BY id`).all());
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export function syncFilesIn(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.lttsync'))
        .sort()
        .map((n) => path.join(dir, n))
    : [];
}
