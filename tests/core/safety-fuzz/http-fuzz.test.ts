import fc from 'fast-check';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { hostileString } from './hostile';
import { FUZZ_CASES, FUZZ_SEED, dbFingerprint, refusalProblem, setupCore } from './harness';
import { arbFor } from './zod-arb';

let core: Core;
let host: WebHost;
beforeAll(async () => {
  core = await setupCore();
  host = await startWebHost({ core, staticDir: '/nonexistent' });
}, 60_000);
afterAll(async () => {
  await host?.close();
  core?.close();
});

/** Percent-encode every UTF-8 byte (encodeURIComponent throws on lone surrogates, which we also want to send). */
function percentEncode(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

interface Reply {
  status: number;
  body: string;
}

/** A raw request, so we can send what a browser never would (bad JSON, wrong types, huge bodies). */
function request(pathname: string, body: Buffer | string, headers: Record<string, string> = {}, method = 'POST'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathname,
        method,
        agent: false,
        headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'X-LTT-Token': host.token, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? resolve({ status: -1, body: '' }) : reject(e)));
    req.setTimeout(30_000, () => req.destroy(new Error('treo quá 30 s')));
    req.end(body);
  });
}

/** The problem with a reply, or null: refusals carry the error shape with a Vietnamese message. */
function replyProblem(whatRaw: string, r: Reply, before: string): string | null {
  const what = whatRaw.length > 160 ? `${whatRaw.slice(0, 160)}…` : whatRaw;
  // Node's HTTP parser refuses oversized request lines/headers itself, before our handler: fine.
  if (r.status === 431 || r.status === 414) return null;
  if (r.status === -1) return `${what}: kết nối bị cắt`;
  let parsed: { ok?: boolean; error?: { code: string; message: string } };
  try {
    parsed = JSON.parse(r.body) as typeof parsed;
  } catch {
    return `${what}: trả về không phải JSON (${r.status})`;
  }
  if (parsed.ok === true) return r.status === 200 ? null : `${what}: ok nhưng mã ${r.status}`;
  if (!parsed.error) return `${what}: thiếu error`;
  if (r.status >= 500) return `${what}: lỗi máy chủ ${r.status} ${parsed.error.message}`;
  const bad = refusalProblem(parsed.error);
  if (bad) return `${what}: ${bad}`;
  if (dbFingerprint(core.ctx.db) !== before) return `${what}: bị từ chối nhưng cơ sở dữ liệu đã thay đổi`;
  return null;
}

describe('hostile requests to the browser host', () => {
  it(`${FUZZ_CASES} generated API calls: answered with the error shape, nothing written when refused`, async () => {
    const cases = fc.sample(
      fc.oneof(
        {
          weight: 6,
          arbitrary: fc
            .constantFrom(...channels)
            .chain((ch) => arbFor(contract[ch as Channel].input).map((input) => ({ path: `/api/${ch}`, body: JSON.stringify(input ?? null) ?? 'null' }))),
        },
        {
          weight: 1,
          arbitrary: fc.tuple(hostileString, fc.string({ unit: 'binary', maxLength: 200 })).map(([p, b]) => ({ path: `/api/${percentEncode(p)}`, body: b })),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(...channels).chain((ch) => fc.string({ unit: 'binary', maxLength: 300 }).map((b) => ({ path: `/api/${ch}`, body: b }))),
        },
      ),
      { numRuns: FUZZ_CASES, seed: FUZZ_SEED },
    );
    const problems: string[] = [];
    for (const c of cases) {
      const before = dbFingerprint(core.ctx.db);
      const r = await request(c.path, c.body);
      const p = replyProblem(`${c.path} ${c.body.slice(0, 120)}`, r, before);
      if (p) problems.push(p);
    }
    console.log(`http fuzz: ${cases.length} cases, seed ${FUZZ_SEED}, ${problems.length} problems`);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 600_000);

  it('deep JSON, prototype keys, a body over the limit, wrong content type: refused, the host keeps serving', async () => {
    const problems: string[] = [];
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const deepObj = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    for (const [i, ch] of channels.entries()) {
      const heavy = i % 4 === 0 ? [deep, deepObj] : [];
      for (const body of [...heavy, '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"x":1}}}', '\u0000', '{"a":1', 'null', '"x"', '1e999']) {
        const before = dbFingerprint(core.ctx.db);
        const p = replyProblem(`${ch} ${body.slice(0, 40)}`, await request(`/api/${ch}`, body), before);
        if (p) problems.push(p);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const big = await request('/api/items:create', Buffer.alloc(100 * 1024 * 1024, 0x20));
    expect([413, -1]).toContain(big.status);
    const wrongType = await request('/api/app:info', '{}', { 'Content-Type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect(JSON.parse(wrongType.body).error.message).toMatch(/JSON/);
    // still alive and answering
    const info = await request('/api/app:info', '{}');
    expect(info.status).toBe(200);
    expect(problems).toEqual([]);
  }, 300_000);
});
