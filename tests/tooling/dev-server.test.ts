import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ltt } from '../cli/helpers/ltt';

// `npm run dev`: a Vite dev server (hot reload) whose /api goes to a real browser host on a real database.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-dev-'));
const db = path.join(dir, 'ltt.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The environment a developer's shell has: without the variables vitest sets for its own workers. */
const devEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));

describe('npm run dev', () => {
  it('serves the renderer with hot reload and proxies the contract to the host, with the session token', async () => {
    expect((await ltt(db, 'init', '--org', 'Báo tỉnh', '--user', 'Lê Thị Dung')).code).toBe(0);
    const dev = spawn(process.execPath, ['scripts/dev.mjs', '--db', db, '--port', '5199'], { stdio: ['ignore', 'pipe', 'pipe'], env: devEnv() });
    const exited = new Promise<void>((resolve) => dev.once('exit', () => resolve()));
    let hostOrigin = '';
    try {
      const first = await new Promise<string>((resolve, reject) => {
        let out = '';
        dev.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const line = out.split('\n').find((l) => l.startsWith('{"url"'));
          if (line) resolve(line);
        });
        dev.once('exit', (code) => reject(new Error(`dev stopped (${code})`)));
      });
      const printed = JSON.parse(first) as { url: string; host: string };
      const url = new URL(printed.url);
      hostOrigin = printed.host;
      const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);

      const page = await (await fetch(url.origin)).text();
      expect(page).toContain('/@react-refresh'); // Vite's hot reload, not the built bundle

      const call = (t: string) =>
        fetch(`${url.origin}/api/app:info`, { method: 'POST', headers: { 'content-type': 'application/json', 'X-LTT-Token': t }, body: '{}' });
      const info = (await (await call(token)).json()) as { ok: boolean; result: { org: { name: string } } };
      expect(info).toMatchObject({ ok: true, result: { org: { name: 'Báo tỉnh' } } });
      expect((await call('sai-token')).status).toBe(401); // the proxy adds nothing: the host still checks the token
    } finally {
      dev.kill('SIGTERM');
    }
    await exited;
    // Stopping the dev server stops the browser host it started (it closes within its one-second grace).
    let hostGone = false;
    for (let i = 0; i < 30 && !hostGone; i++) {
      hostGone = await fetch(hostOrigin).then(
        () => false,
        () => true,
      );
      if (!hostGone) await new Promise((r) => setTimeout(r, 100));
    }
    expect(hostGone).toBe(true);
  });
});
