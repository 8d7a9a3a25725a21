import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCompliance } from '../../../shared/domain/compliance';
import type { ComplianceReport } from '../../../shared/domain/compliance-types';
import { addDays } from '../../../shared/domain/dates';
import type { Item } from '../../../shared/domain/types';
import { item, monthly, plan, task, windows } from './fixtures';

const tasks = [
  task('02', windows({ from: '2020-05-01', to: '2020-05-31', count: 1 })),
  task('03', windows({ from: '2020-09-01', to: '2020-10-31', count: 1 })),
  task('05', monthly(2020)),
  task('06', monthly(2020, 2)),
  task('01', { kind: 'ongoing' }),
];
const taskIds = tasks.map((t) => t.id);

const day = fc.integer({ min: 0, max: 380 }).map((n) => addDays('2020-01-01', n));
const arbItem = fc
  .record({
    tasks: fc.subarray(taskIds, { minLength: 1, maxLength: 2 }),
    planned: day,
    status: fc.constantFrom('planned', 'in_production', 'ready', 'done', 'postponed', 'cancelled' as const),
    delay: fc.integer({ min: -5, max: 60 }),
    kind: fc.constantFrom('segment', 'article', 'talkshow' as const),
    outlet: fc.constantFrom('tv', 'radio', 'print' as const),
  })
  .map((r) => item({ ...r, doneAt: r.status === 'done' ? addDays(r.planned, r.delay) : undefined }));
const arbItems = fc.array(arbItem, { maxLength: 40 });
const asOf = day;

function run(items: Item[], at: string): ComplianceReport {
  return computeCompliance({ plan, tasks, items, from: '2020-01-01', to: '2020-12-31', asOf: at });
}

/** Every count in a report, keyed so two reports can be compared entry by entry. */
function counts(r: ComplianceReport): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of r.tasks) {
    out.set(`${t.code}.done+late`, t.done + t.late);
    t.windows.forEach((w, i) => {
      out.set(`${t.code}.${i}.done+late`, w.done + w.late);
      out.set(`${t.code}.${i}.planned`, w.planned);
    });
    for (const m of t.activity) {
      out.set(`${t.code}.${m.month}.done`, m.done);
      out.set(`${t.code}.${m.month}.planned`, m.planned);
    }
  }
  out.set('totals.done', r.totals.done);
  out.set('totals.planned', r.totals.planned);
  for (const [k, v] of Object.entries(r.totals.byKind)) out.set(`kind.${k}`, v);
  for (const [k, v] of Object.entries(r.totals.byOutlet)) out.set(`outlet.${k}`, v);
  return out;
}

function noneLower(before: Map<string, number>, after: Map<string, number>): void {
  for (const [k, v] of before) expect(after.get(k) ?? 0, k).toBeGreaterThanOrEqual(v);
}

const RANK = { missing: 0, partial: 1, upcoming: 2, late: 3, met: 4 } as const;

describe('properties', () => {
  it('adding a done item never lowers any count nor worsens a window', () => {
    fc.assert(
      fc.property(arbItems, arbItem, asOf, (items, extra, at) => {
        const done = item({ tasks: extra.taskIds, planned: extra.plannedDate, doneAt: extra.plannedDate });
        const before = run(items, at);
        const after = run([...items, done], at);
        noneLower(counts(before), counts(after));
        before.tasks.forEach((t, i) =>
          t.windows.forEach((w, j) => {
            const a = after.tasks[i]!.windows[j]!;
            // A window can only improve, except that an upcoming window never turns "ended".
            if (w.status !== 'upcoming' || a.status !== 'upcoming') expect(RANK[a.status]).toBeGreaterThanOrEqual(RANK[w.status]);
          }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('cancelling an item never raises any count', () => {
    fc.assert(
      fc.property(
        arbItems.filter((a) => a.length > 0),
        fc.nat(),
        asOf,
        (items, pick, at) => {
          const k = pick % items.length;
          const cancelled = items.map((it, i) => (i === k ? { ...it, status: 'cancelled' as const } : it));
          noneLower(counts(run(cancelled, at)), counts(run(items, at)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('results do not depend on the order items were created', () => {
    fc.assert(
      fc.property(
        arbItems.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }))),
        asOf,
        ([items, shuffled], at) => {
          expect(run(shuffled, at)).toEqual(run(items, at));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a later as-of never lowers a done count', () => {
    fc.assert(
      fc.property(arbItems, asOf, fc.integer({ min: 0, max: 90 }), (items, at, more) => {
        noneLower(new Map([...counts(run(items, at))].filter(([k]) => !k.endsWith('planned'))), counts(run(items, addDays(at, more))));
      }),
      { numRuns: 100 },
    );
  });

  it('done + late never exceeds planned, and statuses agree with the numbers', () => {
    fc.assert(
      fc.property(arbItems, asOf, (items, at) => {
        for (const t of run(items, at).tasks) {
          for (const w of t.windows) {
            expect(w.done + w.late).toBeLessThanOrEqual(w.planned);
            expect(w.itemIds).toHaveLength(w.planned);
            if (w.status === 'met') expect(w.done).toBeGreaterThanOrEqual(w.count);
            if (w.status === 'missing') expect(w.done + w.late).toBe(0);
            if (w.status === 'upcoming') expect(w.to > at).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
