import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security/csp';
import { tempCore, type TempCore } from '../helpers/temp-core';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw requests, so Host and Origin can be forged the way a DNS-rebinding page would. */
function request(port: number, pathname: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('browser host', () => {
  let t: TempCore;
  let host: WebHost;
  let staticDir: string;

  beforeAll(async () => {
    t = tempCore({ setup: true });
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Lịch Tuyên Truyền</title>');
    fs.writeFileSync(path.join(os.tmpdir(), 'ltt-secret.txt'), 'secret');
    host = await startWebHost({ core: t.core, staticDir });
  });
  afterAll(async () => {
    await host.close();
    t.cleanup();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  const own = () => ({ Host: `127.0.0.1:${host.port}` });

  it('listens on 127.0.0.1 only and prints a URL with the token in the fragment (never sent to a server)', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=[A-Za-z0-9_-]{43}$`));
  });

  it('refuses API calls, files and events without the token (401)', async () => {
    const api = await request(host.port, '/api/app:info', { method: 'POST', headers: { ...own(), 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body).error.message).toMatch(/mã truy cập/);
    expect((await request(host.port, '/files?path=exports/x.docx', { headers: own() })).status).toBe(401);
    expect((await request(host.port, '/events', { headers: own() })).status).toBe(401);
    // The query token is for the page's EventSource only; it opens neither the API nor files.
    expect((await request(host.port, `/files?path=exports/x.docx&token=${host.token}`, { headers: own() })).status).toBe(401);
  });

  it('refuses a wrong token (401)', async () => {
    const r = await request(host.port, '/api/app:info', {
      method: 'POST',
      headers: { ...own(), 'X-LTT-Token': 'wrong', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(401);
  });

  it('refuses another Host header even with the token (403)', async () => {
    const r = await request(host.port, `/?token=${host.token}`, { headers: { Host: `evil.example:${host.port}` } });
    expect(r.status).toBe(403);
  });

  it('refuses a foreign Origin even with the token (403)', async () => {
    const r = await request(host.port, '/api/app:info', {
      method: 'POST',
      headers: { ...own(), Origin: 'http://evil.example', 'X-LTT-Token': host.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(403);
  });

  it('serves the UI (public build, no data) with the CSP and never sets a cookie', async () => {
    const r = await request(host.port, '/', { headers: own() });
    expect(r.status).toBe(200);
    expect(r.body).toContain('Lịch Tuyên Truyền');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['set-cookie']).toBeUndefined();
    const api = await request(host.port, '/api/app:info', {
      method: 'POST',
      headers: { ...own(), 'X-LTT-Token': host.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(api.headers['set-cookie']).toBeUndefined();
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../ltt-secret.txt', '/%2e%2e/ltt-secret.txt', '/..%2fltt-secret.txt', '/%2e%2e%2f%2e%2e%2fetc/passwd']) {
      const r = await request(host.port, `${p}${p.includes('?') ? '&' : '?'}token=${host.token}`, { headers: own() });
      expect(r.body, p).not.toContain('secret');
      expect(r.body, p).not.toContain('root:');
    }
  });

  it('requires the token header on API calls (a cookie alone is not enough)', async () => {
    const r = await request(host.port, '/api/app:info', {
      method: 'POST',
      headers: { ...own(), Cookie: `ltt_token=${host.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(401);
  });

  it('serves the contract over POST with validation and the error shape', async () => {
    const headers = { ...own(), 'X-LTT-Token': host.token, 'Content-Type': 'application/json' };
    const ok = await request(host.port, '/api/app:info', { method: 'POST', headers, body: '{}' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).result.org.name).toBe('Đài Phát thanh và Truyền hình tỉnh');

    const bad = await request(host.port, '/api/users:add', { method: 'POST', headers, body: '{"name":"","role":"editor"}' });
    expect(bad.status).toBe(422);
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'invalid_input', details: { field: 'name' } });

    const garbage = await request(host.port, '/api/app:info', { method: 'POST', headers, body: '{not json' });
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body).error.message).toMatch(/JSON/);

    const deep = await request(host.port, '/api/app:info', { method: 'POST', headers, body: '['.repeat(200_000) + ']'.repeat(200_000) });
    expect(deep.status).toBeGreaterThanOrEqual(400);
  });
});
