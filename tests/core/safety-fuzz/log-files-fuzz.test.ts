import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { FUZZ_CASES, FUZZ_SEED, dbFingerprint, rawCause, refusalProblem, setupCore, withTimeout } from './harness';
import { PATH_TRICKS } from './hostile';
import { mutated } from './mutate';
import { feedFixture, pressFixture, stationFixture } from '../../fixtures/reconcile/generate';

let core: Core;
const seeds: Array<{ name: string; bytes: Buffer }> = [];
beforeAll(async () => {
  core = await setupCore();
  for (const fx of [stationFixture(), pressFixture(), feedFixture()]) seeds.push({ name: fx.fileName, bytes: Buffer.from(fx.text) });
  // XML a hostile sender would write: a DTD, entities, a log with attributes only.
  seeds.push({
    name: 'dtd.xml',
    bytes: Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><asrun><event date="2026-10-01" start="20:00" title="&x;"/></asrun>',
    ),
  });
  seeds.push({
    name: 'asrun.xml',
    bytes: Buffer.from('<asrun><event date="2026-10-01" start="20:00:00:00" duration="22500"><title>CCHC số 1</title></event></asrun>'),
  });
}, 120_000);
afterAll(() => core?.close());

describe('hostile as-run logs and published lists (CSV, TSV, XML, RSS)', () => {
  it(`${FUZZ_CASES} byte-mutated log files through reconcile:preview: read or refused with a message; nothing written either way`, async () => {
    const arb = fc
      .tuple(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(...PATH_TRICKS, 'nhật ký.csv', 'CON.xml') }),
      )
      .chain(([i, name]) => mutated([seeds[i]!.bytes]).map((bytes) => ({ fileName: name || seeds[i]!.name, bytes })));
    const cases = fc.sample(arb, { numRuns: FUZZ_CASES, seed: FUZZ_SEED });
    const problems: string[] = [];
    const before = dbFingerprint(core.ctx.db);
    for (const c of cases) {
      const input = { file: { fileName: c.fileName, contentBase64: c.bytes.toString('base64') } };
      const r = await withTimeout(core.dispatch('reconcile:preview', input), 60_000, c.fileName);
      if (!r.ok) {
        const bad = refusalProblem(r.error);
        if (bad)
          problems.push(
            `${c.fileName} (${c.bytes.length} byte) → ${bad} [${r.error.code === 'internal' ? await rawCause(core, 'reconcile:preview', input) : ''}]`,
          );
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    // IMPORTANT: a preview writes nothing, read or refused.
    expect(dbFingerprint(core.ctx.db)).toBe(before);
    console.log(`log file fuzz: ${cases.length} cases, seed ${FUZZ_SEED}, ${problems.length} problems`);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 900_000);
});
