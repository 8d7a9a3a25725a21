import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ltt } from './helpers/ltt';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-sync-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** `ltt --json ARGS…`: its exit code, its JSON (null when it printed only to stderr) and stderr. */
async function jsonCli(db: string, args: string[]) {
  const r = await ltt(db, '--json', ...args);
  return { code: r.code, json: r.jsonOrNull(), stderr: r.stderr };
}

describe('ltt sync', () => {
  it('export → import waits for trust → trust by fingerprint → duplicates → damaged file refused', async () => {
    const root = tempDir();
    const station = path.join(root, 'station', 'data.sqlite');
    const ha = path.join(root, 'ha', 'data.sqlite');
    expect((await jsonCli(station, ['init', '--org', 'Đài Phát thanh và Truyền hình tỉnh', '--user', 'Nguyễn Văn An'])).code).toBe(0);
    expect((await jsonCli(ha, ['init', '--org', 'Sở Nội vụ', '--user', 'Trần Thị Bình', '--role', 'viewer'])).code).toBe(0);

    const out = path.join(root, 'out');
    const exp = await jsonCli(station, ['sync', 'export', '--out', out]);
    expect(exp.code).toBe(0);
    const files = exp.json!.files as string[];
    expect(files).toHaveLength(1);
    expect(path.basename(files[0]!)).toMatch(/^[0-9a-f-]+_[0-9a-f]{32}_1-\d+_[0-9a-f]{8}\.lttsync$/);
    expect(exp.json!.changes).toBeGreaterThan(0);
    expect((await jsonCli(station, ['sync', 'export', '--out', out])).json).toEqual({ files: [], changes: 0 });

    const waiting = await jsonCli(ha, ['sync', 'import', files[0]!]);
    expect(waiting.code).toBe(0);
    expect(waiting.json).toMatchObject({ applied: 0, rejected: [], pending: [{ orgName: 'Đài Phát thanh và Truyền hình tỉnh' }] });
    const list = (await jsonCli(ha, ['sync', 'trust', '--list'])).json as unknown as Array<{ fingerprint: string; trust: string }>;
    expect(list).toEqual([expect.objectContaining({ trust: 'pending', fingerprint: expect.stringMatching(/^([0-9a-f]{4}:){15}[0-9a-f]{4}$/) })]);

    const accepted = await jsonCli(ha, ['sync', 'trust', list[0]!.fingerprint.slice(0, 9)]);
    expect(accepted.code).toBe(0);
    expect(accepted.json).toMatchObject({ trust: 'trusted', applied: exp.json!.changes, rejected: [] });

    const again = await jsonCli(ha, ['sync', 'import', files[0]!]);
    expect(again.json).toMatchObject({ applied: 0, duplicates: exp.json!.changes, conflicts: 0, rejected: [] });

    const bytes = fs.readFileSync(files[0]!);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff;
    const bad = path.join(root, 'bad.lttsync');
    fs.writeFileSync(bad, bytes);
    const refused = await jsonCli(ha, ['sync', 'import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.json).toMatchObject({ applied: 0, rejected: [{ file: bad, reason: expect.stringContaining('bị hỏng') }] });

    const status = (await jsonCli(ha, ['sync', 'status'])).json as Record<string, unknown>;
    expect(status).toMatchObject({ quarantined: 1, pendingFiles: 0, openConflicts: 0 });
    expect(status.installs).toEqual([expect.objectContaining({ trust: 'trusted', orgName: 'Đài Phát thanh và Truyền hình tỉnh', gaps: [] })]);
    expect((await jsonCli(ha, ['sync', 'conflicts'])).json).toEqual([]);

    const human = await ltt(ha, 'sync', 'status');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Dấu vân tay khóa');
  });

  it('says clearly when the sync folder is not chosen or missing', async () => {
    const root = tempDir();
    const db = path.join(root, 'a', 'data.sqlite');
    await jsonCli(db, ['init', '--org', 'Báo tỉnh', '--user', 'Lê Văn C']);
    const none = await jsonCli(db, ['sync', 'run']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Chưa chọn thư mục đồng bộ');
    expect((await jsonCli(db, ['sync', 'folder', path.join(root, 'usb')])).code).toBe(0);
    const missing = await jsonCli(db, ['sync', 'run']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy thư mục đồng bộ');
    fs.mkdirSync(path.join(root, 'usb'));
    const ok = await jsonCli(db, ['sync', 'run']);
    expect(ok.code).toBe(0);
    expect(ok.json).toMatchObject({ message: expect.stringContaining('chưa có tệp nào từ máy khác') });
  });
});
