import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../../electron/core/core';
import * as settingsRepo from '../../../electron/core/db/settings-repo';
import { orgIdFromName } from '../../../shared/domain/ids';

/**
 * Organisation and current user set directly in the local tables (what first-run setup leaves behind),
 * so these tests depend only on the schedule code.
 */
export async function signIn(core: Core, user: string): Promise<void> {
  const db = core.ctx.db;
  settingsRepo.set(db, 'orgId', orgIdFromName('Đài Phát thanh và Truyền hình tỉnh'));
  const id = `u-${user.length}-${Buffer.from(user).toString('hex').slice(0, 16)}`;
  db.prepare("INSERT OR IGNORE INTO users (id, name, role, created_at) VALUES (?, ?, 'editor', '2020-01-01T00:00:00.000Z')").run(id, user);
  settingsRepo.set(db, 'currentUserId', id);
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-schedule-'));
}

/** A real core on a fresh SQLite file, set up for one organisation and user, with a settable clock. */
export async function scheduleCore(opts: { now?: string; user?: string } = {}): Promise<{ core: Core; dir: string; setNow: (iso: string) => void }> {
  const dir = tempDir();
  let now = new Date(opts.now ?? '2020-06-30T03:00:00.000Z');
  const core = openCore({ dbFile: path.join(dir, 'ltt.sqlite'), dataDir: path.join(dir, 'data'), now: () => now });
  await signIn(core, opts.user ?? 'Nguyễn Văn An');
  return { core, dir, setNow: (iso) => (now = new Date(iso)) };
}
