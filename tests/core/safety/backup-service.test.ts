import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { NOTES_TABLE, registerNotes, tempDir } from '../db/helpers';

let cores: Core[] = [];
afterEach(() => {
  for (const c of cores) c.close();
  cores = [];
});

function core(): Core {
  registerNotes();
  const c = openCore({ dbFile: path.join(tempDir('ltt-core-'), 'lich-tuyen-truyen.sqlite') });
  c.ctx.db.exec(`CREATE TABLE IF NOT EXISTS ${NOTES_TABLE} (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, title TEXT, done INTEGER)`);
  cores.push(c);
  return c;
}

function note(c: Core, id: string, title: string): void {
  c.ctx.transact(() =>
    c.ctx.write([
      { table: NOTES_TABLE, rowId: id, group: 'create', value: { orgId: 'o' } },
      { table: NOTES_TABLE, rowId: id, group: 'body', value: { title, done: false } },
    ]),
  );
}
const titles = (c: Core): string[] =>
  (c.ctx.db.prepare(`SELECT title FROM ${NOTES_TABLE} ORDER BY title`).all() as Array<{ title: string }>).map((r) => r.title);

describe('backup channels', () => {
  it('create, list, restore live (the app keeps running), check', async () => {
    const c = core();
    note(c, 'n1', 'Một');
    const made = await c.call('backup:create', {});
    expect(made.kind).toBe('manual');
    note(c, 'n2', 'Hai');
    const list = await c.call('backup:list', {});
    expect(list.backups.map((b) => b.name)).toEqual([made.name]);
    expect(list.policy).toEqual({ daily: 7, weekly: 4, monthly: 12, safety: 5 });

    const outcome = await c.call('backup:restore', { name: made.name });
    expect(titles(c)).toEqual(['Một']);
    expect(outcome.ownChangesDropped).toBe(2);
    expect(outcome.previousBackup).toMatch(/pre-restore/);
    // the same connection keeps working, and new changes never reuse the numbers handed out before
    note(c, 'n3', 'Ba');
    expect(titles(c)).toEqual(['Ba', 'Một']);
    const seqs = c.ctx.db.prepare('SELECT seq FROM change_log WHERE install_id = ? ORDER BY seq').pluck().all(c.ctx.installId) as number[];
    expect(new Set(seqs).size).toBe(seqs.length);
    const check = await c.call('backup:check', {});
    expect(check.problems).toEqual([]);

    // and the restore itself can be undone from its pre-restore backup
    await c.call('backup:restore', { name: outcome.previousBackup });
    expect(titles(c)).toEqual(['Hai', 'Một']);
    expect(fs.readdirSync(c.ctx.dataDir).filter((f) => f.startsWith('.restore'))).toEqual([]);
  });

  it('after restoring an older backup, the running app numbers new changes above every number handed out before', async () => {
    const c = core();
    note(c, 'n1', 'Một');
    const made = await c.call('backup:create', {});
    note(c, 'n2', 'Hai');
    const issued = c.ctx.db.prepare('SELECT MAX(seq) FROM change_log WHERE install_id = ?').pluck().get(c.ctx.installId) as number;
    await c.call('backup:restore', { name: made.name });
    note(c, 'n3', 'Ba');
    const seqs = c.ctx.db.prepare("SELECT seq FROM change_log WHERE install_id = ? AND row_id = 'n3'").pluck().all(c.ctx.installId) as number[];
    expect(Math.min(...seqs)).toBeGreaterThan(issued);
    expect((await c.call('backup:check', {})).problems).toEqual([]);
  });

  it('after restoring an older backup and restarting, new changes are numbered above every number handed out before', async () => {
    const first = core();
    note(first, 'n1', 'Một');
    const made = await first.call('backup:create', {});
    note(first, 'n2', 'Hai');
    const issued = first.ctx.db.prepare('SELECT MAX(seq) FROM change_log WHERE install_id = ?').pluck().get(first.ctx.installId) as number;
    await first.call('backup:restore', { name: made.name });
    first.close();
    const c = openCore({ dbFile: first.ctx.dbFile });
    cores.push(c);
    note(c, 'n3', 'Ba');
    const seqs = c.ctx.db.prepare("SELECT seq FROM change_log WHERE install_id = ? AND row_id = 'n3'").pluck().all(c.ctx.installId) as number[];
    expect(Math.min(...seqs)).toBeGreaterThan(issued);
  });

  it('refuses names that are not listed backups, without touching anything', async () => {
    const c = core();
    note(c, 'n1', 'Một');
    for (const name of ['../lich-tuyen-truyen.sqlite', '/etc/passwd', 'CON.sqlite', '.hidden.sqlite', 'x'.repeat(300), 'khong-co.sqlite']) {
      const r = await c.dispatch('backup:restore', { name });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/bản sao lưu/i);
    }
    expect(titles(c)).toEqual(['Một']);
  });

  it('refuses to restore live a backup of another computer, pointing to ltt restore', async () => {
    const c = core();
    const made = await c.call('backup:create', {});
    const file = path.join(c.ctx.dataDir, 'backups', made.name);
    const other = new Database(file);
    other.prepare("UPDATE install SET install_id = 'may-khac'").run();
    other.close();
    const r = await c.dispatch('backup:restore', { name: made.name });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!r.ok) expect(r.error.message).toMatch(/máy khác.*ltt restore/);
  });
});
