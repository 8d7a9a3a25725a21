import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version as string;
let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-start-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function start(env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs'), '--no-build', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm start', () => {
  it('without the Electron binary: one clear paragraph (Vietnamese and English), the browser host instead, exit 1, no stack trace', () => {
    // An empty override folder stands for "Electron was never downloaded", whatever this machine has.
    const { code, stdout, stderr } = start({ ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'no-electron') });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(stderr).toContain('Electron');
    expect(stderr).toContain('npm run web');
    expect(stderr).toMatch(/Không khởi động được ứng dụng máy tính/);
    expect(stderr).toMatch(/The desktop app cannot start/);
    expect(stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it.skipIf(process.platform === 'win32')(
    'with Electron present: launches it on the app with the separately built Electron better-sqlite3, passing arguments through',
    () => {
      const fakeDist = path.join(dir, 'dist');
      fs.mkdirSync(fakeDist);
      const out = path.join(dir, 'launched.json');
      // A stand-in executable that records how it was launched.
      fs.writeFileSync(
        path.join(fakeDist, 'electron'),
        `#!/bin/sh\n"${process.execPath}" -e 'require("fs").writeFileSync(process.argv[1], JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), binding: process.env.LTT_NATIVE_BINDING }))' "${out}" "$@"\nexit 7\n`,
        { mode: 0o755 },
      );
      const cache = path.join(dir, 'cache');
      const binding = path.join(
        cache,
        `better-sqlite3-electron-${electronVersion}-${process.platform}-${process.arch}`,
        'build',
        'Release',
        'better_sqlite3.node',
      );
      fs.mkdirSync(path.dirname(binding), { recursive: true });
      fs.writeFileSync(binding, 'stand-in for the Electron build');
      const nodeBuild = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
      const before = fs.readFileSync(nodeBuild);

      const { code } = start({ ELECTRON_OVERRIDE_DIST_PATH: fakeDist, LTT_NATIVE_CACHE: cache }, ['/tmp/tu-bao.lttsync']);
      expect(code).toBe(7);
      expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual({ args: ['.', '/tmp/tu-bao.lttsync'], cwd: root, binding });
      // npm test's Node build is untouched.
      expect(fs.readFileSync(nodeBuild).equals(before)).toBe(true);
    },
  );
});
