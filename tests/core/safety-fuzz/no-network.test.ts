import dgram from 'node:dgram';
import dns from 'node:dns';
import fc from 'fast-check';
import http from 'node:http';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '../../../shared/contract';
import { startWebHost } from '../../../electron/web/server';
import { setupCore } from './harness';
import { arbFor } from './zod-arb';

/**
 * IMPORTANT: the app promises to work fully offline and never make a request. Every way out of the
 * process is wrapped (TCP/TLS/HTTP/fetch all end in net.Socket#connect; DNS; UDP) and recorded while
 * the core and the browser host do real work; only loopback connections to our own host are allowed.
 */
const attempts: string[] = [];
const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];
const originals = {
  connect: net.Socket.prototype.connect,
  lookup: dns.lookup,
  resolve: dns.promises.resolve,
  udp: dgram.createSocket,
  fetch: globalThis.fetch,
};

function install(allowedPort: () => number): void {
  net.Socket.prototype.connect = function patched(this: net.Socket, ...args: unknown[]) {
    // net.connect hands over its normalised arguments as one array ([options, callback]).
    const raw = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    const first = raw as { host?: string; port?: number; path?: string } | number | string;
    const opts = typeof first === 'object' && first !== null ? first : { port: Number(first), host: typeof args[1] === 'string' ? args[1] : 'localhost' };
    const hostName = opts.host ?? 'localhost';
    const local = LOOPBACK.includes(hostName) && Number(opts.port) === allowedPort();
    if (!opts.path && !local) attempts.push(`tcp ${hostName}:${opts.port}`);
    return (originals.connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  (dns as { lookup: unknown }).lookup = (...args: unknown[]) => {
    if (!LOOPBACK.includes(String(args[0]))) attempts.push(`dns ${String(args[0])}`);
    return (originals.lookup as (...a: unknown[]) => unknown)(...args);
  };
  (dgram as { createSocket: unknown }).createSocket = (...args: unknown[]) => {
    attempts.push('udp socket');
    return (originals.udp as (...a: unknown[]) => unknown)(...args);
  };
  globalThis.fetch = ((input: unknown) => {
    attempts.push(`fetch ${String(input)}`);
    return Promise.reject(new Error('no network in tests'));
  }) as typeof fetch;
}

afterAll(() => {
  net.Socket.prototype.connect = originals.connect;
  (dns as { lookup: unknown }).lookup = originals.lookup;
  (dgram as { createSocket: unknown }).createSocket = originals.udp;
  globalThis.fetch = originals.fetch;
});

function get(port: number, pathname: string, token: string, method = 'GET', body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method,
        agent: false,
        headers: { Host: `127.0.0.1:${port}`, 'X-LTT-Token': token, 'Content-Type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('no network access at run time', () => {
  it('the core (every channel) and the browser host make no outbound request', async () => {
    let port = -1;
    install(() => port);
    const core = await setupCore();
    await core.dispatch('plans:loadBuiltin', {});
    const item = await core.dispatch('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-04', title: 'Chuyên mục CCHC' });
    if (item.ok) await core.dispatch('items:markDone', { id: (item.result as { id: string }).id, at: '2020-05-04', link: 'https://example.com/bai-viet' });
    const cases = fc.sample(
      fc.constantFrom(...channels).chain((ch) => arbFor(contract[ch as Channel].input).map((input) => ({ ch, input }))),
      { numRuns: 300, seed: 42 },
    );
    for (const { ch, input } of cases) await core.dispatch(ch, input);
    for (const ch of channels) await core.dispatch(ch, {});

    const host = await startWebHost({ core });
    port = host.port;
    const url = new URL(host.url);
    expect(await get(port, `/?token=${url.searchParams.get('token')}`, host.token)).toBeLessThan(500);
    expect(await get(port, '/api/app:info', host.token, 'POST', '{}')).toBe(200);
    await host.close();
    core.close();
    expect(attempts).toEqual([]);
  }, 300_000);

  it('the guard itself notices an outbound attempt (so the test above can fail)', async () => {
    const before = attempts.length;
    await new Promise<void>((resolve) => {
      const s = net.connect({ host: '192.0.2.1', port: 9 });
      s.on('error', () => resolve());
      setTimeout(() => {
        s.destroy();
        resolve();
      }, 200);
    });
    expect(attempts.slice(before)).toEqual(['tcp 192.0.2.1:9']);
    attempts.length = before;
  });
});
