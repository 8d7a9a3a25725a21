import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './fixtures';

/**
 * Issue 19, point 3: cookies are not port-scoped, so the old `ltt_token` cookie was sent to every
 * server on 127.0.0.1. With the UI open and in use, another local listener must receive nothing of
 * the token: no cookie, no header, nothing in the URL.
 */
describe('the browser host token never reaches another local port', () => {
  let app: AppHandle;
  let other: http.Server;
  const seen: Array<{ url: string; headers: http.IncomingHttpHeaders }> = [];

  beforeAll(async () => {
    app = await startApp({ setup: { org: 'Đài Phát thanh và Truyền hình tỉnh', user: 'Nguyễn Văn An' } });
    other = http.createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>khác</title><img src="/pixel.png">');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (other ? other.close(() => resolve()) : resolve()));
    await app?.close();
  });

  it('the page works, sets no cookie, and another port on 127.0.0.1 sees no token', async () => {
    const { page } = app;
    await page.locator('.topbar .user', { hasText: 'Nguyễn Văn An' }).waitFor();
    // Use the app: API calls (header) and the event stream (query) both run.
    await page.locator('.sidebar').getByRole('link', { name: 'Kế hoạch' }).click();
    expect(page.url()).not.toContain('token');
    const token = await page.evaluate(() => sessionStorage.getItem('ltt.token'));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await page.context().cookies()).toEqual([]);

    const port = (other.address() as AddressInfo).port;
    const second = await page.context().newPage();
    await second.goto(`http://127.0.0.1:${port}/trang`);
    await second.waitForLoadState('networkidle');
    await second.close();
    expect(seen.length).toBeGreaterThan(0);
    for (const r of seen) {
      expect(r.headers.cookie, r.url).toBeUndefined();
      expect(JSON.stringify(r), r.url).not.toContain(token!);
    }
  });
});
