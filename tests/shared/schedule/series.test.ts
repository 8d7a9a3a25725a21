import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SeriesRule } from '../../../shared/domain/schedule/recurrence';
import {
  episodesInScope,
  occurrencesInRange,
  reconcileEpisodes,
  splitSeries,
  withMove,
  withoutException,
  withSkip,
  type SeriesException,
} from '../../../shared/domain/schedule/series';
import type { ItemStatus } from '../../../shared/domain/types';

const monthly: SeriesRule = { recurrence: { kind: 'monthlyDay', day: 5 }, startDate: '2020-01-01', endDate: '2020-12-31' };

describe('series exceptions', () => {
  it('a skipped episode disappears and the rest of the series stays', () => {
    const ex = withSkip([], '2020-03-05');
    const occ = occurrencesInRange(monthly, ex, '2020-01-01', '2020-12-31');
    expect(occ).toHaveLength(11);
    expect(occ.map((o) => o.date)).not.toContain('2020-03-05');
  });

  it('a moved episode keeps its identity, shows on its new day, and can move across months', () => {
    const ex = withMove([], '2020-03-05', '2020-04-02');
    expect(occurrencesInRange(monthly, ex, '2020-03-01', '2020-03-31')).toEqual([]);
    expect(occurrencesInRange(monthly, ex, '2020-04-01', '2020-04-30')).toEqual([
      { occurrence: '2020-03-05', date: '2020-04-02', moved: true },
      { occurrence: '2020-04-05', date: '2020-04-05', moved: false },
    ]);
    // Moving back to its own day removes the exception.
    expect(withMove(ex, '2020-03-05', '2020-03-05')).toEqual([]);
    expect(withoutException(withSkip(ex, '2020-06-05'), '2020-06-05')).toEqual(ex);
  });

  it('an exception for a date the rule does not produce is ignored', () => {
    const ex: SeriesException[] = [{ occurrence: '2020-03-06', action: 'move', date: '2020-03-10' }];
    expect(occurrencesInRange(monthly, ex, '2020-03-01', '2020-03-31').map((o) => o.date)).toEqual(['2020-03-05']);
  });
});

describe('edit scopes', () => {
  const eps = [
    { id: 'a', occurrence: '2020-01-05', status: 'done' as ItemStatus },
    { id: 'b', occurrence: '2020-02-05', status: 'planned' as ItemStatus },
    { id: 'c', occurrence: '2020-03-05', status: 'cancelled' as ItemStatus },
    { id: 'd', occurrence: '2020-04-05', status: 'ready' as ItemStatus },
    { id: 'e', occurrence: '2020-05-05', status: 'planned' as ItemStatus },
  ];
  it('this = only the target; following = open ones from the target; all = every open one', () => {
    expect(episodesInScope(eps, eps[2]!, 'this').map((e) => e.id)).toEqual(['c']);
    expect(episodesInScope(eps, eps[1]!, 'following').map((e) => e.id)).toEqual(['b', 'd', 'e']);
    expect(episodesInScope(eps, eps[3]!, 'all').map((e) => e.id)).toEqual(['b', 'd', 'e']);
    // The target is always included, even a closed one.
    expect(episodesInScope(eps, eps[0]!, 'following').map((e) => e.id)).toEqual(['a', 'b', 'd', 'e']);
  });

  it('splitting at an episode ends the old series the day before and carries exceptions to their part', () => {
    const ex = withMove(withSkip([], '2020-02-05'), '2020-08-05', '2020-08-07');
    const { before, after } = splitSeries(monthly, ex, '2020-06-05');
    expect(before?.rule.endDate).toBe('2020-06-04');
    expect(before?.exceptions).toEqual([{ occurrence: '2020-02-05', action: 'skip' }]);
    expect(after.rule.startDate).toBe('2020-06-05');
    expect(after.exceptions).toEqual([{ occurrence: '2020-08-05', action: 'move', date: '2020-08-07' }]);
    expect(splitSeries(monthly, ex, '2019-12-01').before).toBeNull();
  });

  it('reconcile creates missing, removes untouched planned, keeps worked-on ones, follows moves', () => {
    const wanted = occurrencesInRange(monthly, withMove([], '2020-02-05', '2020-02-07'), '2020-01-01', '2020-03-31');
    const plan = reconcileEpisodes(wanted, [
      { id: 'x', occurrence: '2020-01-05', date: '2020-01-05', status: 'done' },
      { id: 'y', occurrence: '2020-02-05', date: '2020-02-05', status: 'planned' },
      { id: 'z', occurrence: '2020-01-20', date: '2020-01-20', status: 'planned' },
      { id: 'w', occurrence: '2020-01-25', date: '2020-01-25', status: 'in_production' },
    ]);
    expect(plan.create.map((o) => o.date)).toEqual(['2020-03-05']);
    expect(plan.reschedule).toEqual([{ id: 'y', date: '2020-02-07' }]);
    expect(plan.remove).toEqual(['z']);
    expect(plan.orphaned).toEqual(['w']);
  });
});

describe('series (properties)', () => {
  const occDate = fc.integer({ min: 1, max: 12 }).map((m) => `2020-${String(m).padStart(2, '0')}-05`);
  const target = fc
    .integer({ min: 1, max: 28 })
    .chain((d) => fc.integer({ min: 1, max: 12 }).map((m) => `2020-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
  const ops = fc.array(
    fc.oneof(
      occDate.map((o) => ({ op: 'skip' as const, o })),
      fc.tuple(occDate, target).map(([o, t]) => ({ op: 'move' as const, o, t })),
    ),
    { maxLength: 20 },
  );

  it('skips and moves never duplicate an episode nor lose one that was not skipped', () => {
    fc.assert(
      fc.property(ops, (list) => {
        let ex: SeriesException[] = [];
        for (const x of list) ex = x.op === 'skip' ? withSkip(ex, x.o) : withMove(ex, x.o, x.t);
        const occ = occurrencesInRange(monthly, ex, '2020-01-01', '2020-12-31');
        const keys = occ.map((o) => o.occurrence);
        expect(new Set(keys).size).toBe(keys.length);
        const skipped = ex.filter((e) => e.action === 'skip').length;
        expect(occ).toHaveLength(12 - skipped);
        // Whatever the range is cut into, the union is the same.
        const parts = [...occurrencesInRange(monthly, ex, '2020-01-01', '2020-06-30'), ...occurrencesInRange(monthly, ex, '2020-07-01', '2020-12-31')];
        expect(parts.map((o) => o.occurrence).sort()).toEqual([...keys].sort());
        return true;
      }),
    );
  });
});
