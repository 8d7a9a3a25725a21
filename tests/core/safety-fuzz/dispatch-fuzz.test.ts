import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { deepArray, deepObject } from './hostile';
import { FUZZ_CASES, FUZZ_SEED, dbFingerprint, describeInput, rawCause, refusalProblem, setupCore, withTimeout } from './harness';
import { arbFor } from './zod-arb';

let core: Core | null = null;
afterAll(() => core?.close());

/** Run one call; returns a problem description or null. The database must be unchanged when refused. */
async function probe(c: Core, channel: string, input: unknown): Promise<string | null> {
  const before = dbFingerprint(c.ctx.db);
  let r;
  try {
    r = await withTimeout(c.dispatch(channel, input), 20_000, channel);
  } catch (error) {
    return `${channel}: ${(error as Error).message}`;
  }
  if (r.ok) return null;
  const bad = refusalProblem(r.error);
  if (bad) return `${channel} ${describeInput(input)} → ${bad}${r.error.code === 'internal' ? ` [${await rawCause(c, channel, input)}]` : ''}`;
  if (dbFingerprint(c.ctx.db) !== before) return `${channel} ${describeInput(input)} → bị từ chối (${r.error.code}) nhưng cơ sở dữ liệu đã thay đổi`;
  if (c.ctx.db.inTransaction) return `${channel} → giao dịch bị bỏ dở (inTransaction)`;
  return null;
}

describe('hostile payloads through core.dispatch (every contract channel)', () => {
  it(`${FUZZ_CASES} generated cases: no crash, no hang, a Vietnamese message, nothing written when refused`, async () => {
    core = await setupCore();
    const cases = fc.sample(
      fc.constantFrom(...channels).chain((ch) => arbFor(contract[ch as Channel].input).map((input) => ({ ch, input }))),
      { numRuns: FUZZ_CASES, seed: FUZZ_SEED },
    );
    const problems: string[] = [];
    for (const { ch, input } of cases) {
      const p = await probe(core, ch, input);
      if (p) problems.push(p);
      await new Promise((r) => setImmediate(r));
    }
    console.log(`dispatch fuzz: ${cases.length} cases, seed ${FUZZ_SEED}, ${problems.length} problems`);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 600_000);

  it('unknown channels, prototype names, non-object payloads', async () => {
    const c = core ?? (core = await setupCore());
    const problems: string[] = [];
    for (const ch of [
      '',
      'x',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'items:create\u0000',
      'ITEMS:CREATE',
      'app:info/../backup:restore',
      '💥',
    ]) {
      const p = await probe(c, ch, {});
      if (p) problems.push(p);
      const r = await c.dispatch(ch, {});
      expect(r.ok).toBe(false);
    }
    for (const ch of channels) {
      for (const input of [null, 42, 'chuỗi', [], true]) {
        const p = await probe(c, ch, input);
        if (p) problems.push(p);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('huge and deep inputs: a 1 MB title, 100 000-deep arrays and objects, 100 000 keys', async () => {
    const c = core ?? (core = await setupCore());
    const mb = 'Đ'.repeat(1024 * 1024);
    const da = deepArray(100_000);
    const dob = deepObject(100_000);
    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    const problems: string[] = [];
    for (const [i, ch] of channels.entries()) {
      const shape = Object.keys(((contract[ch as Channel].input as unknown as { shape?: object }).shape ?? {}) as object);
      const inputs: unknown[] = [da, dob];
      if (i % 10 === 0) inputs.push(wide);
      for (const key of shape) inputs.push({ [key]: mb }, { [key]: i % 5 === 0 ? da : dob });
      for (const input of inputs) {
        const p = await probe(c, ch, input);
        if (p) problems.push(p);
        await new Promise((r) => setImmediate(r));
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
