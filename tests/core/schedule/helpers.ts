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

const TITLES = ['Cải cách hành chính', 'Một cửa liên thông', 'Dịch vụ công trực tuyến', 'Đường dây nóng', 'Chính quyền điện tử'];
const KINDS = ['segment', 'article', 'talkshow', 'dialogue', 'report', 'news', 'other'];
const OUTLET_IDS = ['tv', 'radio', 'print', 'online', 'portal', 'district-radio'];

/**
 * Read-path fixture: `n` items written straight into the materialised table, as the write path would leave
 * them, spread over 2020. Only for measuring and testing reads at scale: going through the change log takes
 * minutes for 10,000 rows on these machines, which is not what these tests are about.
 */
export function seedMaterialisedItems(db: import('better-sqlite3').Database, n: number, orgId = 'org-test'): void {
  const ins = db.prepare(
    `INSERT INTO items (id, org_id, kind, created_at, title, outlet, planned_date, planned_time, editor, producer, status)
     VALUES (?, ?, ?, '2020-01-01T00:00:00.000Z', ?, ?, ?, '19:45', ?, ?, ?)`,
  );
  const statuses = ['planned', 'in_production', 'ready', 'postponed', 'cancelled'];
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const day = 1 + (i % 366);
      const date = new Date(Date.UTC(2020, 0, day)).toISOString().slice(0, 10);
      ins.run(
        `seed-${String(i).padStart(5, '0')}`,
        orgId,
        KINDS[i % KINDS.length],
        `${TITLES[i % TITLES.length]} số ${i}`,
        OUTLET_IDS[i % OUTLET_IDS.length],
        date,
        i % 2 ? 'Nguyễn Văn An' : 'Lê Thị Cúc',
        null,
        statuses[i % statuses.length],
      );
    }
  })();
}

/** What `from` exports now, as the files a page uploads to sync:import. */
export async function exportedFiles(from: Core): Promise<Array<{ fileName: string; contentBase64: string }>> {
  const out = await from.call('sync:export', {});
  return out.files.map((f) => {
    const abs = path.isAbsolute(f) ? f : path.join(out.folder, f);
    return { fileName: path.basename(abs), contentBase64: fs.readFileSync(abs).toString('base64') };
  });
}

/** Carries `from`'s new changes to `to` through real signed sync files, `to` trusting `from` on first sight. */
export async function ship(from: Core, to: Core): Promise<void> {
  const files = await exportedFiles(from);
  if (files.length) await to.call('sync:import', { files, trustNew: true });
}
