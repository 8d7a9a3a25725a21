import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-sync-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function ltt(db: string, args: string[]) {
  const c = capture();
  const code = await runCli(['--db', db, '--json', ...args], c.io, {});
  return { code, json: c.out.stdout ? (JSON.parse(c.out.stdout) as Record<string, unknown>) : null, stderr: c.out.stderr };
}

describe('ltt sync', () => {
  it('export → import waits for trust → trust by fingerprint → duplicates → damaged file refused', async () => {
    const root = tempDir();
    const station = path.join(root, 'station', 'data.sqlite');
    const ha = path.join(root, 'ha', 'data.sqlite');
    expect((await ltt(station, ['init', '--org', 'Đài Phát thanh và Truyền hình tỉnh', '--user', 'Nguyễn Văn An'])).code).toBe(0);
    expect((await ltt(ha, ['init', '--org', 'Sở Nội vụ', '--user', 'Trần Thị Bình', '--role', 'viewer'])).code).toBe(0);

    const out = path.join(root, 'out');
    const exp = await ltt(station, ['sync', 'export', '--out', out]);
    expect(exp.code).toBe(0);
    const files = exp.json!.files as string[];
    expect(files).toHaveLength(1);
    expect(path.basename(files[0]!)).toMatch(/^[0-9a-f-]+_[0-9a-f]{32}_1-\d+_[0-9a-f]{8}\.lttsync$/);
    expect(exp.json!.changes).toBeGreaterThan(0);
    expect((await ltt(station, ['sync', 'export', '--out', out])).json).toEqual({ files: [], changes: 0 });

    const waiting = await ltt(ha, ['sync', 'import', files[0]!]);
    expect(waiting.code).toBe(0);
    expect(waiting.json).toMatchObject({ applied: 0, rejected: [], pending: [{ orgName: 'Đài Phát thanh và Truyền hình tỉnh' }] });
    const list = (await ltt(ha, ['sync', 'trust', '--list'])).json as unknown as Array<{ fingerprint: string; trust: string }>;
    expect(list).toEqual([expect.objectContaining({ trust: 'pending', fingerprint: expect.stringMatching(/^([0-9a-f]{4}:){15}[0-9a-f]{4}$/) })]);

    const accepted = await ltt(ha, ['sync', 'trust', list[0]!.fingerprint.slice(0, 9)]);
    expect(accepted.code).toBe(0);
    expect(accepted.json).toMatchObject({ trust: 'trusted', applied: exp.json!.changes, rejected: [] });

    const again = await ltt(ha, ['sync', 'import', files[0]!]);
    expect(again.json).toMatchObject({ applied: 0, duplicates: exp.json!.changes, conflicts: 0, rejected: [] });

    const bytes = fs.readFileSync(files[0]!);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff;
    const bad = path.join(root, 'bad.lttsync');
    fs.writeFileSync(bad, bytes);
    const refused = await ltt(ha, ['sync', 'import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.json).toMatchObject({ applied: 0, rejected: [{ file: bad, reason: expect.stringContaining('bị hỏng') }] });

    const status = (await ltt(ha, ['sync', 'status'])).json as Record<string, unknown>;
    expect(status).toMatchObject({ quarantined: 1, pendingFiles: 0, openConflicts: 0 });
    expect(status.installs).toEqual([expect.objectContaining({ trust: 'trusted', orgName: 'Đài Phát thanh và Truyền hình tỉnh', gaps: [] })]);
    expect((await ltt(ha, ['sync', 'conflicts'])).json).toEqual([]);

    const human = capture();
    expect(await runCli(['--db', ha, 'sync', 'status'], human.io, {})).toBe(0);
    expect(human.out.stdout).toContain('Dấu vân tay khóa');
  });

  it('rotate-key asks for --yes, then replaces the key; the other office takes the new one from the next file', async () => {
    const root = tempDir();
    const station = path.join(root, 'station', 'data.sqlite');
    const ha = path.join(root, 'ha', 'data.sqlite');
    await ltt(station, ['init', '--org', 'Đài Phát thanh và Truyền hình tỉnh', '--user', 'Nguyễn Văn An']);
    await ltt(ha, ['init', '--org', 'Sở Nội vụ', '--user', 'Trần Thị Bình']);
    const first = (await ltt(station, ['sync', 'export', '--out', path.join(root, 'out1')])).json!.files as string[];
    await ltt(ha, ['sync', 'import', '--trust-new', ...first]);
    const refused = await ltt(station, ['sync', 'rotate-key']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/không hoàn tác được.*--yes/);
    const rotated = await ltt(station, ['sync', 'rotate-key', '--yes']);
    expect(rotated.code).toBe(0);
    expect(rotated.json).toMatchObject({ fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/), lastOldSeq: expect.any(Number) });
    expect(rotated.json!.fingerprint).not.toBe(rotated.json!.previousFingerprint);
    // Nothing else changed, yet the next export carries the announcement (the rotation is a change of its own).
    const next = (await ltt(station, ['sync', 'export', '--out', path.join(root, 'out2')])).json!.files as string[];
    expect(next.length).toBeGreaterThan(0);
    expect((await ltt(ha, ['sync', 'import', ...next])).json).toMatchObject({ rejected: [] });
    const list = (await ltt(ha, ['sync', 'trust', '--list'])).json as unknown as Array<{ fingerprint: string }>;
    expect(list.map((k) => k.fingerprint.replace(/:/g, ''))).toEqual([rotated.json!.fingerprint]);
  });

  it('says clearly when the sync folder is not chosen or missing', async () => {
    const root = tempDir();
    const db = path.join(root, 'a', 'data.sqlite');
    await ltt(db, ['init', '--org', 'Báo tỉnh', '--user', 'Lê Văn C']);
    const none = await ltt(db, ['sync', 'run']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Chưa chọn thư mục đồng bộ');
    expect((await ltt(db, ['sync', 'folder', path.join(root, 'usb')])).code).toBe(0);
    const missing = await ltt(db, ['sync', 'run']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy thư mục đồng bộ');
    fs.mkdirSync(path.join(root, 'usb'));
    const ok = await ltt(db, ['sync', 'run']);
    expect(ok.code).toBe(0);
    expect(ok.json).toMatchObject({ message: expect.stringContaining('chưa có tệp nào từ máy khác') });
  });
});
