import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeForTerminal, shown } from '../../electron/cli/terminal-text';
import { ltt } from './helpers/ltt';

/**
 * Issue 19, point 5: `sync import`/`sync run`, the pending-trust lines and `sync trust --list` printed
 * raw ESC sequences taken from file names and from the sender's install name; `ESC[8m` hid the
 * fingerprint that a person is asked to compare. The sender controls its own database, so the hostile
 * name is set there and signed into a genuine file.
 */
const HOSTILE = 'Máy\u001b[8m ẩn\u001b]0;pwned\u0007\u009b31m\u202eevil';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('outside text printed to a terminal has its control characters escaped', () => {
  it('the helper: escape sequences, C1, bidi; newlines kept in layout, escaped inside a value', () => {
    expect(escapeForTerminal('a\u001b[8mb\nc\td')).toBe('a\\u001b[8mb\nc\td');
    expect(shown('x\ny\u009b\u202e')).toBe('x\\u000ay\\u009b\\u202e');
    expect(shown('Đài Phát thanh và Truyền hình tỉnh')).toBe('Đài Phát thanh và Truyền hình tỉnh');
  });

  it('sync import, sync trust --list, sync run and --json print no raw control character from a hostile sender', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-esc-'));
    dirs.push(root);
    const station = path.join(root, 'station', 'data.sqlite');
    const ha = path.join(root, 'ha', 'data.sqlite');
    expect((await ltt(station, ...['init', '--org', 'Đài Phát thanh và Truyền hình tỉnh', '--user', 'Nguyễn Văn An'])).code).toBe(0);
    expect((await ltt(ha, ...['init', '--org', 'Sở Nội vụ', '--user', 'Trần Thị Bình', '--role', 'viewer'])).code).toBe(0);
    const raw = new Database(station);
    raw.prepare('UPDATE install SET install_name = ?').run(HOSTILE);
    raw.close();

    const folder = path.join(root, 'dong-bo');
    fs.mkdirSync(folder);
    const exp = await ltt(station, ...['--json', 'sync', 'export', '--out', folder]);
    expect(exp.code, exp.stderr).toBe(0);
    const file = (JSON.parse(exp.stdout) as { files: string[] }).files[0]!;
    // A copy under a hostile file name as well (names inside the folder are the sender's choice too).
    const hostileName = path.join(root, `bao-cao\u001b[2J\u001b[31m.lttsync`);
    fs.copyFileSync(file, hostileName);

    const outputs = [
      await ltt(ha, ...['sync', 'import', file]),
      await ltt(ha, ...['sync', 'trust', '--list']),
      await ltt(ha, ...['sync', 'import', hostileName]),
      await ltt(ha, ...['--json', 'sync', 'trust', '--list']),
      await ltt(ha, ...['--json', 'sync', 'import', hostileName]),
    ];
    expect(outputs[0]!.all).toContain('Chờ chấp nhận');
    for (const o of outputs) {
      expect(o.all).not.toMatch(RAW);
      expect(o.all).toContain('\\u001b');
    }
    // The fingerprint is still there to compare, in plain sight: the six groups read aloud over the phone.
    expect(outputs[1]!.stdout).toMatch(/^([0-9a-f]{4} ){5}[0-9a-f]{4} /m);
    // JSON stays valid and gives the exact name back to a script.
    const list = JSON.parse(outputs[3]!.stdout) as Array<{ installName: string }>;
    expect(list[0]!.installName).toBe(HOSTILE);

    expect((await ltt(ha, ...['sync', 'folder', folder])).code).toBe(0);
    const run = await ltt(ha, ...['sync', 'run']);
    expect(run.all).not.toMatch(RAW);
  });
});
