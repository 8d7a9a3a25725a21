import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, registerAppScheme, resolveInsideRoot } from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/security/csp';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;
const SECRET = 'THIS-MUST-NEVER-BE-SERVED';

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-protocol-'));
  root = path.join(base, 'dist', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Lịch Tuyên Truyền</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'style.css'), 'body{}');
  fs.writeFileSync(path.join(base, 'dist', 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  // A sibling folder whose name starts like the root: a string-prefix check would let it through.
  fs.mkdirSync(path.join(base, 'dist', 'renderer-evil'));
  fs.writeFileSync(path.join(base, 'dist', 'renderer-evil', 'x.js'), SECRET);
  handler = createAppRequestHandler(root);
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the UI with the CSP header and the right content types', async () => {
    const page = await get('app://ltt/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('Lịch Tuyên Truyền');
    const script = await get('app://ltt/assets/app.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://ltt/assets/style.css')).headers.get('content-type')).toContain('text/css');
  });

  it('the CSP allows nothing from the network and no inline or evaluated script', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*|wasm-unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('serves index.html for "/" and for client-side routes without an extension', async () => {
    expect(await (await get('app://ltt/')).text()).toContain('<title>');
    expect(await (await get('app://ltt/lich/2026-05')).text()).toContain('<title>');
  });

  it('answers 404 for a missing asset (no fallback to the page)', async () => {
    expect((await get('app://ltt/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://ltt/../secret.txt',
    'app://ltt/../../secret.txt',
    'app://ltt/%2e%2e/secret.txt',
    'app://ltt/%2E%2E/%2E%2E/secret.txt',
    'app://ltt/..%2fsecret.txt',
    'app://ltt/..%2f..%2fsecret.txt',
    'app://ltt/%2e%2e%5csecret.txt',
    'app://ltt/assets/..%5c..%5csecret.txt',
    'app://ltt/%00/index.html',
    'app://ltt/..%2frenderer-evil/x.js',
  ])('never serves a file outside dist/renderer: %s', async (url) => {
    const response = await get(url);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    if (response.status === 200) expect(body).toContain('<title>');
  });

  it('never serves an absolute path smuggled in encoded', async () => {
    for (const url of [`app://ltt/${encodeURIComponent(path.join(base, 'secret.txt'))}`, `app://ltt/${path.join(base, 'secret.txt')}`]) {
      expect(await (await get(url)).text()).not.toContain(SECRET);
    }
  });

  it('refuses other hosts and methods that are not GET/HEAD', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://ltt/index.html', 'POST')).status).toBe(405);
    const head = await get('app://ltt/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('resolveInsideRoot keeps every path inside the root', () => {
    expect(resolveInsideRoot(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveInsideRoot(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveInsideRoot(root, '/../secret.txt')).toBeNull();
    expect(resolveInsideRoot(root, '/%E0%A4%A')).toBeNull();
    expect(resolveInsideRoot(root, '/a\\..\\..\\secret.txt')).toBeNull();
  });

  it('registers app:// as a standard, secure scheme before ready', () => {
    const schemes: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (s) => schemes.push(...s) });
    expect(schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) }]);
    expect(schemes[0]).not.toHaveProperty('privileges.bypassCSP');
  });
});
