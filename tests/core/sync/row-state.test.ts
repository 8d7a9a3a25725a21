import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRowState, computeRowStateByRule, type LogEntry } from '../../../electron/core/sync/row-state';
import { encodeHlc } from '../../../shared/domain/hlc';

const h = (ms: number, install: string) => encodeHlc({ ms, counter: 0, install });
function e(
  install: string,
  seq: number,
  group: string,
  value: unknown,
  ms: number,
  base: string | null = null,
  supersedes: string[] = [],
  org = 'o',
): LogEntry {
  return {
    install,
    seq,
    org,
    group,
    valueJson: JSON.stringify(value),
    hlc: h(ms, install),
    baseHlc: base,
    supersedesJson: supersedes.length > 0 ? JSON.stringify(supersedes) : null,
  };
}

describe('merge rule (pure)', () => {
  const create = e('a', 1, 'create', { orgId: 'o' }, 1);
  const t1 = e('a', 2, 'title', { title: 'x' }, 2);

  it('last write wins per group; a loser nobody built on is a conflict', () => {
    const ta = e('a', 3, 'title', { title: 'A' }, 5, t1.hlc);
    const tb = e('b', 1, 'title', { title: 'B' }, 6, t1.hlc);
    const s = computeRowState([create, t1, ta, tb]);
    expect(s.owner).toBe('o');
    expect(s.winners.get('title')).toBe(tb);
    expect(s.conflicts.map((c) => [c.loser.hlc, c.winner.hlc, c.kind])).toEqual([[ta.hlc, tb.hlc, 'concurrent']]);
    const resolved = e('a', 4, 'title', { title: 'A' }, 7, tb.hlc, [ta.hlc]);
    expect(computeRowState([create, t1, ta, tb, resolved]).conflicts).toEqual([]);
  });

  it('ignores changes stamped with another organisation than the row creator', () => {
    const forged = e('z', 1, 'title', { title: 'forged' }, 9, null, [], 'other');
    const s = computeRowState([create, t1, forged]);
    expect(s.winners.get('title')).toBe(t1);
    // A table keyed by organisation: the owner is the one its id names, whatever the creates say.
    expect(computeRowState([create, t1, forged], { fixedOwner: 'other' }).winners.get('title')).toBe(forged);
  });

  it('a winning delete lists the edits it did not see', () => {
    const edit = e('b', 1, 'title', { title: 'late' }, 10, t1.hlc);
    const del = e('a', 3, 'deleted', { deleted: true }, 8, null, [t1.hlc]);
    const s = computeRowState([create, t1, edit, del]);
    expect(s.conflicts).toEqual([expect.objectContaining({ kind: 'deleted', loser: edit, winner: del })]);
    const restore = e('a', 4, 'deleted', { deleted: false }, 11, del.hlc);
    expect(computeRowState([create, t1, edit, del, restore]).conflicts).toEqual([]);
  });

  it('does not depend on the order of the entries', () => {
    const entries = [
      create,
      t1,
      e('a', 3, 'title', { title: 'A' }, 5, t1.hlc),
      e('b', 1, 'title', { title: 'B' }, 6, t1.hlc),
      e('b', 2, 'deleted', { deleted: true }, 7, null, [t1.hlc]),
      e('c', 1, 'create', { orgId: 'o', x: 1 }, 3),
    ];
    const norm = (s: ReturnType<typeof computeRowState>) =>
      JSON.stringify({ owner: s.owner, winners: [...s.winners.entries()].sort(), conflicts: s.conflicts });
    const expected = norm(computeRowState(entries));
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length }), (order) => {
        expect(norm(computeRowState(order))).toBe(expected);
      }),
    );
  });

  it('the shortcut for rows with one entry per group gives exactly what the full rule gives', () => {
    const entry = fc
      .record({
        install: fc.constantFrom('a', 'b', 'c'),
        seq: fc.integer({ min: 1, max: 50 }),
        group: fc.constantFrom('create', 'title', 'slot', 'deleted'),
        ms: fc.integer({ min: 1, max: 30 }),
        org: fc.constantFrom('o', 'o', 'p'),
        value: fc.constantFrom({ title: 'x' }, { deleted: true }, { deleted: false }, { orgId: 'o' }),
        seen: fc.boolean(),
      })
      .map((r) => e(r.install, r.seq, r.group, r.value, r.ms, r.seen ? h(1, 'a') : null, [], r.org));
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { maxLength: 6, selector: (x) => x.hlc }),
        fc.constantFrom(undefined, 'o', 'p', null),
        fc.boolean(),
        (entries, fixed, transfers) => {
          const rule = fixed === undefined ? { transfers } : { fixedOwner: fixed };
          const fast = computeRowState(entries, rule);
          const full = computeRowStateByRule(entries, rule);
          expect(fast.owner).toBe(full.owner);
          expect([...fast.winners].sort()).toEqual([...full.winners].sort());
          expect(fast.conflicts).toEqual(full.conflicts);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a hand-over: each steward’s edits count only in its own time, whatever the order of arrival', () => {
    const handOver = e('a', 3, 'steward', { stewardOrg: 'p' }, 10);
    const before = e('b', 1, 'title', { title: 'p, before it was theirs' }, 8, null, [], 'p');
    const after = e('b', 2, 'title', { title: 'p, after' }, 12, t1.hlc, [], 'p');
    const formerLate = e('a', 4, 'title', { title: 'o, after handing it on' }, 14, t1.hlc);
    const onward = e('b', 3, 'steward', { stewardOrg: 'q' }, 16, null, [], 'p');
    const qEdit = e('c', 1, 'title', { title: 'q' }, 18, null, [], 'q');
    const all = [create, t1, handOver, before, after, formerLate, onward, qEdit];
    const rule = { transfers: true };
    const s = computeRowState(all, rule);
    expect(s.owner).toBe('q');
    expect(s.winners.get('title')).toBe(qEdit);
    expect(computeRowState([create, t1, handOver, before, after, formerLate], rule).winners.get('title')).toBe(after);
    // Without the hand-over, the same edits by p are set aside.
    expect(computeRowState([create, t1, before, after], rule).winners.get('title')).toBe(t1);
    const norm = (x: ReturnType<typeof computeRowState>) =>
      JSON.stringify({ owner: x.owner, winners: [...x.winners.entries()].sort(), conflicts: x.conflicts });
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length }), (order) => {
        expect(norm(computeRowState(order, rule))).toBe(norm(s));
      }),
    );
  });
});
