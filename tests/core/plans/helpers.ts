import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../../electron/core/core';

/** A real core on a fresh SQLite file, set up through first-run setup (optionally with the built-in plan). */
export async function plansCore(opts: { withSample?: boolean; org?: string } = {}): Promise<{ core: Core; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-plans-'));
  const core = openCore({ dbFile: path.join(dir, 'ltt.sqlite'), dataDir: path.join(dir, 'data'), now: () => new Date('2020-03-02T03:00:00.000Z') });
  await core.call('app:setup', {
    orgName: opts.org ?? 'Đài Phát thanh và Truyền hình tỉnh',
    userName: 'Nguyễn Văn An',
    role: 'editor',
    withSample: opts.withSample ?? false,
  });
  return { core, dir };
}

export const b64 = (bytes: Uint8Array | string) => Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64');

/** Every synced plan row and the change log, to prove an action wrote nothing. */
export function snapshot(core: Core): string {
  const db = core.ctx.db;
  const q = (sql: string) => db.prepare(sql).all();
  return JSON.stringify([
    q('SELECT * FROM plans ORDER BY id'),
    q('SELECT * FROM plan_tasks ORDER BY id'),
    q('SELECT * FROM agencies ORDER BY id'),
    q('SELECT COUNT(*) AS n FROM change_log'),
  ]);
}
