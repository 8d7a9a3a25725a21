import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../electron/core/sync/canonical-json';
import { toLogRecord } from '../../../electron/core/sync/log-record';
import { wireChangeSchema, type WireChange } from '../../../shared/domain/sync/change';
import { wireChangeSample } from '../../shared/sync/wire-change-sample';

/** Canonical JSON exactly as first defined (always copying, by assignment, with sorted keys), to check the faster path against. */
function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined) out[k] = sorted(x);
  }
  return out;
}
const referenceJson = (v: unknown) => JSON.stringify(sorted(v));

/** The hash as first defined: SHA-256 of the canonical JSON of the parts array. Stored logs depend on it never changing. */
function referenceHash(c: Parameters<typeof toLogRecord>[0]): string {
  const parts: unknown[] = [c.install, c.seq, c.org, c.table, c.rowId, c.group, c.value, c.hlc, c.baseHlc, c.tx, c.actor];
  if (c.supersedes && c.supersedes.length > 0) parts.push(c.supersedes);
  return crypto.createHash('sha256').update(referenceJson(parts)).digest('hex');
}

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const change = fc.record({
  install: fc.string({ minLength: 1 }),
  seq: fc.integer({ min: 1 }),
  org: fc.string(),
  table: fc.string(),
  rowId: fc.string(),
  group: fc.string(),
  value: fc.dictionary(fc.string(), json, { maxKeys: 5 }) as fc.Arbitrary<WireChange['value']>,
  hlc: fc.string(),
  baseHlc: fc.option(fc.string(), { nil: null }),
  tx: fc.string(),
  actor: fc.option(fc.string(), { nil: null }),
  supersedes: fc.option(fc.array(fc.string(), { maxLength: 3 }), { nil: undefined }),
});

describe('log records', () => {
  it('hash exactly as the canonical JSON of the parts, whatever the key order and content', () => {
    fc.assert(
      fc.property(change, (c) => {
        expect(toLogRecord(c).hash).toBe(referenceHash(c));
        expect(toLogRecord(c).valueJson).toBe(referenceJson(c.value));
        expect(canonicalJson(c.value)).toBe(referenceJson(c.value));
      }),
      { numRuns: 500 },
    );
  });

  it('canonical JSON is the same whether the keys come sorted or not (numeric keys, undefined, nesting)', () => {
    const samples: unknown[] = [
      JSON.parse('{"a":1,"__proto__":{"x":1},"b":2}'),
      JSON.parse('{"__proto__":1}'),
      { b: 1, a: { d: [1, { y: 2, x: undefined }], c: null } },
      { '10': 1, '9': 2, a: 3 },
      { a: 1, b: { c: 2 } },
      [{ z: 1, a: 2 }],
      new Date(0),
    ];
    for (const v of samples) expect(canonicalJson(v)).toBe(referenceJson(v));
    fc.assert(
      fc.property(json, (v) => {
        expect(canonicalJson(v)).toBe(referenceJson(v));
      }),
      { numRuns: 500 },
    );
  });
});

describe('wire change values', () => {
  const problem = (value: unknown) => {
    const r = wireChangeSchema.safeParse(wireChangeSample({ value }));
    return r.success ? null : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  };

  it('refuses what cannot be a row field, saying which field', () => {
    expect(problem({ title: 'Chuyên mục CCHC', tags: ['a', { b: [1, null, true] }] })).toBeNull();
    expect(problem({ '1bad': 1 })).toMatch(/^value\.1bad: Tên trường không hợp lệ/);
    expect(problem({ __proto__x: 1 })).toMatch(/Tên trường/);
    expect(problem({ n: Infinity })).toMatch(/^value\.n: Số không hợp lệ/);
    expect(problem({ s: 'x'.repeat(200_001) })).toMatch(/Văn bản quá dài/);
    expect(problem({ a: new Array(10_001).fill(0) })).toMatch(/Danh sách quá dài/);
    let deep: unknown = 1;
    for (let i = 0; i < 40; i += 1) deep = [deep];
    expect(problem({ d: deep })).toMatch(/lồng quá sâu/);
    expect(problem([1])).toMatch(/đối tượng/);
    expect(problem('x')).toMatch(/đối tượng/);
  });

  it('refuses a "__proto__" key anywhere in a value', () => {
    expect(problem(JSON.parse('{"data":{"__proto__":{"x":1},"a":1}}'))).toMatch(/^value\.data: .*__proto__/);
    expect(problem(JSON.parse('{"list":[{"__proto__":null}]}'))).toMatch(/__proto__/);
  });

  it('reports a malformed clock as a field problem rather than failing', () => {
    expect(wireChangeSchema.safeParse(wireChangeSample({ hlc: 'not-a-clock', value: {} })).success).toBe(false);
  });
});
