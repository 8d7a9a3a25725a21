import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wireChangeSchema } from '../../shared/domain/sync/change';
import { encodeHlc } from '../../shared/domain/hlc';
import { wireChangeSample } from './sync/wire-change-sample';

const installId = fc.constantFrom('a1', 'b-2', 'Station-7', '04e23096bb4fd9fa525c65a95868bf36');
const clockOf = (install: string) =>
  fc.record({ ms: fc.integer({ min: 0, max: 2 ** 40 }), counter: fc.integer({ min: 0, max: 0xffff }) }).map((h) => encodeHlc({ ...h, install }));
const fieldValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);

/** Changes as an install writes them. */
const wellFormed = installId.chain((install) =>
  fc.record(
    {
      install: fc.constant(install),
      seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      org: fc.string({ minLength: 1, maxLength: 12 }),
      table: fc.constantFrom('items', 'plan_tasks', 'x1'),
      rowId: fc.string({ minLength: 1, maxLength: 12 }),
      group: fc.constantFrom('create', 'title', 'slot', 'Deleted_2'),
      value: fc.dictionary(fc.constantFrom('title', 'plannedDate', 'x1', 'A_b'), fieldValue, { maxKeys: 3 }),
      hlc: clockOf(install),
      baseHlc: fc.option(clockOf('other-install'), { nil: null }),
      tx: fc.string({ minLength: 1, maxLength: 12 }),
      actor: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
      supersedes: fc.array(clockOf('x'), { maxLength: 3 }),
    },
    { requiredKeys: ['install', 'seq', 'org', 'table', 'rowId', 'group', 'value', 'hlc', 'baseHlc', 'tx', 'actor'] },
  ),
);

/** One field of a well-formed change replaced, added or removed: the shapes a damaged or forged file takes. */
const odd = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('000000000001-0000-a1', 'BAD', 'a'.repeat(101), 'a'.repeat(201), '1x'),
  fc.constant(''),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.constant(true),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
  fc.constant(undefined),
);
const mutated = fc
  .tuple(
    wellFormed,
    fc.constantFrom('install', 'seq', 'org', 'table', 'rowId', 'group', 'value', 'hlc', 'baseHlc', 'tx', 'actor', 'supersedes', 'extra', '__proto__'),
    odd,
    fc.boolean(),
  )
  .map(([c, key, v, drop]) => {
    const out = JSON.parse(JSON.stringify(c)) as Record<string, unknown>;
    if (drop) delete out[key];
    else if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, configurable: true, writable: true });
    else out[key] = v;
    return JSON.parse(JSON.stringify(out)) as unknown;
  });

const accepted = (x: unknown) => wireChangeSchema.safeParse(JSON.parse(JSON.stringify(x)) as unknown).success;

describe('the schema of sync changes (the one rule, on the import thread and in the parse worker)', () => {
  it('accepts every change as an install writes it, and returns it unchanged (its hash is computed from what it returns)', () => {
    fc.assert(
      fc.property(wellFormed, (c) => {
        const parsed = JSON.parse(JSON.stringify(c)) as unknown;
        const r = wireChangeSchema.safeParse(parsed);
        expect(r.success).toBe(true);
        expect(r.data).toEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });

  it('returns a damaged or forged line it accepts exactly as it came, adding or dropping nothing', () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const r = wireChangeSchema.safeParse(input);
        if (r.success) expect(r.data).toEqual(input);
      }),
      { numRuns: 2000 },
    );
  });

  it('holds every limit', () => {
    const c = wireChangeSample({ value: { t: 'x' } });
    const cases: Array<[Record<string, unknown>, boolean]> = [
      [c, true],
      [{ ...c, seq: 0 }, false],
      [{ ...c, seq: 1.5 }, false],
      [{ ...c, seq: Number.MAX_SAFE_INTEGER }, true],
      [{ ...c, seq: Number.MAX_SAFE_INTEGER + 2 }, false],
      [{ ...c, org: 'o'.repeat(100) }, true],
      [{ ...c, org: 'o'.repeat(101) }, false],
      [{ ...c, org: '' }, false],
      [{ ...c, rowId: 'r'.repeat(200) }, true],
      [{ ...c, rowId: 'r'.repeat(201) }, false],
      [{ ...c, tx: 't'.repeat(100) }, true],
      [{ ...c, tx: 't'.repeat(101) }, false],
      [{ ...c, actor: 'a'.repeat(200) }, true],
      [{ ...c, actor: 'a'.repeat(201) }, false],
      [{ ...c, actor: '' }, true],
      [{ ...c, table: 'Items' }, false],
      [{ ...c, group: '_x' }, false],
      [{ ...c, install: 'a'.repeat(65), hlc: `000000000001-0000-${'a'.repeat(65)}` }, false],
      [{ ...c, install: 'a_1', hlc: '000000000001-0000-a_1' }, false],
      [{ ...c, baseHlc: '000000000001-0000-zz' }, true],
      [{ ...c, baseHlc: 'x' }, false],
      [{ ...c, supersedes: [] }, true],
      [{ ...c, supersedes: ['000000000001-0000-b'] }, true],
      [{ ...c, supersedes: ['nope'] }, false],
      [{ ...c, value: { t: 'x'.repeat(200_001) } }, false],
      [{ ...c, value: {} }, true],
      [{ ...c, value: [] }, false],
      [{ ...c, extra: 1 }, false],
    ];
    for (const [x, ok] of cases) expect(accepted(x), JSON.stringify(x).slice(0, 120)).toBe(ok);
  });

  it('names the field it refuses', () => {
    const c = wireChangeSample();
    expect(wireChangeSchema.safeParse(c).success).toBe(true);
    const bad = wireChangeSchema.safeParse({ ...c, hlc: '000000000001-0000-someone-else' });
    expect(bad.success).toBe(false);
    expect(bad.success ? '' : bad.error.issues[0]!.message).toMatch(/không thuộc máy/);
    const badValue = wireChangeSchema.safeParse({ ...c, value: { '1x': 1 } });
    expect(badValue.success ? [] : badValue.error.issues[0]!.path).toEqual(['value', '1x']);
  });
});
