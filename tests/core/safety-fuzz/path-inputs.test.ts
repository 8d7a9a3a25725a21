import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { tempDir } from '../db/helpers';
import { setupCore } from './harness';

let core: Core;
let host: WebHost;
let secret = '';
beforeAll(async () => {
  core = await setupCore();
  host = await startWebHost({ core, staticDir: '/nonexistent' });
  secret = path.join(tempDir('ltt-secret-'), 'bi-mat.txt');
  fs.writeFileSync(secret, 'nội dung riêng tư');
});
afterAll(async () => {
  await host?.close();
  core?.close();
});

function post(channel: string, body: unknown): Promise<{ status: number; json: { ok: boolean; result?: unknown; error?: { message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/api/${channel}`,
        method: 'POST',
        agent: false,
        headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'X-LTT-Token': host.token },
      },
      (res) => {
        let b = '';
        res.on('data', (c: Buffer) => (b += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(b) as never }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('paths sent by a client are never used to read or write outside the data folder', () => {
  // Found by this work, fixed in 9fac10f: items:markDone used to accept `evidencePath`, a path the
  // core read and copied into the data folder, from any caller of the browser host.
  it('the browser host refuses an evidence path that points outside the data folder', async () => {
    const item = await post('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2026-11-26', title: 'Có minh chứng' });
    expect(item.json.ok).toBe(true);
    const id = (item.json.result as { id: string }).id;
    const r = await post('items:markDone', { id, at: '2026-11-26', evidencePath: secret });
    expect(r.json.ok).toBe(false);
  });

  it('report and backup names from a client cannot leave their folders', async () => {
    for (const name of ['../lich-tuyen-truyen.sqlite', '/etc/passwd', '..\\..\\x.sqlite', 'backups/../../x.sqlite']) {
      const r = await post('backup:restore', { name });
      expect(r.json.ok, name).toBe(false);
    }
  });
});
