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
function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-cli-'));
  dirs.push(dir);
  return path.join(dir, 'data.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('ltt init', () => {
  it('creates the database and keeps the same install id on a second run', async () => {
    const db = tempDb();
    const a = capture();
    expect(await runCli(['--db', db, '--json', 'init', '--org', 'Báo Hải Dương', '--user', 'Lê Văn Bình'], a.io, {})).toBe(0);
    const first = JSON.parse(a.out.stdout) as { db: string; schemaVersion: number; installId: string; org: string };
    expect(first.db).toBe(db);
    expect(first.schemaVersion).toBeGreaterThan(0);
    expect(first.org).toBe('Báo Hải Dương');
    expect(first.installId).toMatch(/^[0-9a-f]{32}$/);

    const b = capture();
    expect(await runCli(['--db', db, '--json', 'init'], b.io, {})).toBe(0);
    const second = JSON.parse(b.out.stdout) as typeof first;
    expect(second.installId).toBe(first.installId);
    expect(second.org).toBe('Báo Hải Dương');
  });

  it('uses LTT_DB when --db is not given', async () => {
    const db = tempDb();
    const c = capture();
    expect(await runCli(['--json', 'init'], c.io, { LTT_DB: db })).toBe(0);
    expect(JSON.parse(c.out.stdout).db).toBe(db);
    expect(fs.existsSync(db)).toBe(true);
  });

  it('exits 2 on an unknown command or option', async () => {
    const c = capture();
    expect(await runCli(['frobnicate'], c.io, {})).toBe(2);
    expect(c.out.stderr).toMatch(/không có lệnh "frobnicate"/);
    const d = capture();
    expect(await runCli(['init', '--role', 'boss'], d.io, { LTT_DB: tempDb() })).toBe(2);
    expect(d.out.stderr).toMatch(/giá trị "boss" của tùy chọn "--role <role>" không hợp lệ/);
    const e = capture();
    expect(await runCli(['--db'], e.io, {})).toBe(2);
    expect(e.out.stderr).toMatch(/tùy chọn "--db <file>" cần một giá trị/);
  });

  it('exits 1 with a clear message when the database path cannot be written', async () => {
    const c = capture();
    expect(await runCli(['--db', '/proc/ltt-no/such/dir/data.sqlite', 'init'], c.io, {})).toBe(1);
    // The shared disk-error wording (safety/io-errors.ts) names the path and what to check.
    expect(c.out.stderr).toMatch(/Không mở được cơ sở dữ liệu: .*\/proc\/ltt-no.*Hãy kiểm tra/);
    expect(c.out.stderr).not.toMatch(/at .*:\d+:\d+/);
  });

  it('prints help with exit 0', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io, {})).toBe(0);
    expect(c.out.stdout).toMatch(/init/);
    expect(c.out.stdout).toMatch(/serve/);
  });
});
