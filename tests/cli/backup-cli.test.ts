import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { fileSetHash, tempDir } from '../core/db/helpers';
import { itemAddArgs } from './helpers/item-add';
import { ltt } from './helpers/ltt';

async function setup(withSample = false): Promise<string> {
  const db = path.join(tempDir('ltt-cli-'), 'lich-tuyen-truyen.sqlite');
  const r = await ltt(db, 'init', '--org', 'Đài Phát thanh và Truyền hình tỉnh', '--user', 'Nguyễn Văn A', ...(withSample ? ['--with-sample'] : []));
  expect(r.code, r.stderr).toBe(0);
  return db;
}

function orgNames(db: string): string[] {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT name FROM organisations ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
  } finally {
    d.close();
  }
}

describe('ltt backup / restore / check', () => {
  it('backup into the backups folder, --list, --out, and check --json', async () => {
    const db = await setup();
    const made = await ltt(db, '--json', 'backup');
    expect(made.code, made.stderr).toBe(0);
    const created = JSON.parse(made.stdout) as { name: string; file: string; kind: string };
    expect(created.kind).toBe('manual');
    expect(fs.existsSync(created.file)).toBe(true);

    const list = await ltt(db, 'backup', '--list');
    expect(list.stdout).toContain(created.name);

    const out = path.join(path.dirname(db), 'ra-ngoai', 'sao-luu.sqlite');
    expect((await ltt(db, 'backup', '--out', out)).code).toBe(0);
    const again = await ltt(db, 'backup', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/đã tồn tại/);

    const check = await ltt(db, '--json', 'check');
    expect(check.code, check.stderr).toBe(0);
    const result = JSON.parse(check.stdout) as { ok: boolean; problems: unknown[] };
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect((await ltt(db, 'check')).stdout).toMatch(/không phát hiện vấn đề/);
  });

  it('check finds nothing wrong in a real database: the built-in plan, items, a done mark, a status change', async () => {
    const db = await setup(true);
    const add = await ltt(db, '--json', ...itemAddArgs({ kind: 'segment', outlet: 'tv', date: '2020-05-04', title: 'Chuyên mục CCHC tháng 5' }));
    expect(add.code, add.stderr).toBe(0);
    const id = (JSON.parse(add.stdout) as { id: string }).id;
    const done = await ltt(db, 'item', 'done', id, '--at', '2020-05-04 19:30', '--duration', '15');
    expect(done.code, done.stderr).toBe(0);
    // done → cancelled is not a move the status rule allows: refused, saying so, and the database stays consistent.
    const cancel = await ltt(db, 'item', 'status', id, 'cancelled', '--reason', 'Thử');
    expect(cancel.code).toBe(1);
    expect(cancel.stderr).toMatch(/Không thể chuyển từ "Đã phát sóng" sang "Đã hủy"/);
    const r = await ltt(db, '--json', 'check');
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, problems: [] });
    expect(r.code).toBe(0);
  });

  it('check reports a row edited behind the log, exit 1, and a damaged file as a problem', async () => {
    const db = await setup();
    const d = new Database(db);
    d.prepare("UPDATE organisations SET name = 'Sửa tay'").run();
    d.close();
    const r = await ltt(db, '--json', 'check');
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as { ok: boolean; problems: Array<{ code: string; message: string }> };
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.code).toBe('materialised_mismatch');
    expect(result.problems[0]!.message).toMatch(/organisations/);

    const broken = path.join(tempDir(), 'hong.sqlite');
    fs.writeFileSync(broken, Buffer.alloc(8192, 3));
    const b = await ltt(broken, '--json', 'check');
    expect(b.code).toBe(1);
    expect(JSON.parse(b.stdout)).toMatchObject({ ok: false, problems: [{ code: 'integrity' }] });
  });

  it('restore FILE validates, keeps the current data as a backup, and refuses a newer version untouched', async () => {
    const db = await setup();
    const saved = path.join(tempDir(), 'truoc.sqlite');
    expect((await ltt(db, 'backup', '--out', saved)).code).toBe(0);
    const changed = await ltt(db, 'init', '--org', 'Báo tỉnh', '--user', 'Trần Thị B');
    expect(changed.code, changed.stderr).toBe(0);
    expect(orgNames(db)).toContain('Báo tỉnh');

    const r = await ltt(db, '--json', 'restore', saved);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { previousBackup: string; schemaVersion: number };
    expect(out.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(orgNames(db)).toEqual(['Đài Phát thanh và Truyền hình tỉnh']);
    expect(orgNames(out.previousBackup)).toContain('Báo tỉnh');
    expect((await ltt(db, 'check')).code).toBe(0);

    const newer = path.join(tempDir(), 'moi.sqlite');
    fs.copyFileSync(saved, newer);
    const n = new Database(newer);
    n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    n.close();
    const before = fileSetHash(db);
    const refused = await ltt(db, 'restore', newer);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/phiên bản mới hơn/);
    expect(fileSetHash(db)).toEqual(before);

    const notOurs = path.join(tempDir(), 'ghi-chu.txt');
    fs.writeFileSync(notOurs, 'không phải cơ sở dữ liệu '.repeat(100));
    const bad = await ltt(db, 'restore', notOurs);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/ghi-chu\.txt.*không phải/);
  });
});
