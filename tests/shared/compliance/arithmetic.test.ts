import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCompliance } from '../../../shared/domain/compliance';
import { reportTotals, toReportJson } from '../../../shared/domain/compliance/report-json';
import { addDays, monthEnd, monthStart } from '../../../shared/domain/dates';
import { buildReportDocument, DEFAULT_REPORT_SETTINGS, defaultReportTexts } from '../../../shared/domain/report';
import type { Cadence, PlanTask } from '../../../shared/domain/types';
import { item, plan, task } from './fixtures';

/** Plans of any shape: windows of one to three products, spanning months or days, ongoing and unknown tasks. */
const day = fc.integer({ min: 0, max: 395 }).map((n) => addDays('2020-01-01', n));
const arbWindows: fc.Arbitrary<Cadence> = fc
  .array(fc.record({ month: fc.integer({ min: 1, max: 12 }), span: fc.integer({ min: 1, max: 3 }), count: fc.integer({ min: 1, max: 3 }) }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((ws) => {
    const sorted = [...new Map(ws.map((w) => [w.month, w])).values()].sort((a, b) => a.month - b.month);
    const out = [];
    let free = 1;
    for (const w of sorted) {
      if (w.month < free) continue;
      const last = Math.min(12, w.month + w.span - 1);
      out.push({ from: monthStart(2020, w.month), to: monthEnd(2020, last), count: w.count });
      free = last + 1;
    }
    return { kind: 'windows' as const, windows: out };
  });
const arbCadence: fc.Arbitrary<Cadence> = fc.oneof(
  { weight: 4, arbitrary: arbWindows },
  { weight: 1, arbitrary: fc.constant<Cadence>({ kind: 'ongoing' }) },
  { weight: 1, arbitrary: fc.constant<Cadence>({ kind: 'unknown', text: 'không rõ' }) },
);
const arbPlan = fc.array(arbCadence, { minLength: 1, maxLength: 6 }).map((cs) => cs.map((c, i) => task(String(i + 1).padStart(2, '0'), c)));

function arbData(tasks: PlanTask[]) {
  const arbItem = fc
    .record({
      tasks: fc.subarray(
        tasks.map((t) => t.id),
        { minLength: 1, maxLength: Math.min(2, tasks.length) },
      ),
      planned: day,
      status: fc.constantFrom('planned', 'done', 'done', 'postponed', 'cancelled' as const),
      delay: fc.integer({ min: -3, max: 70 }),
    })
    .map((r) => item({ ...r, doneAt: r.status === 'done' ? addDays(r.planned, r.delay) : undefined }));
  const period = fc.constantFrom('2020', '2020-H1', '2020-H2', '2020-Q1', '2020-Q3', '2020-05', '2020-10');
  return fc.record({ items: fc.array(arbItem, { maxLength: 50 }), asOf: day, period });
}

const RANGES: Record<string, [string, string]> = {
  '2020': ['2020-01-01', '2020-12-31'],
  '2020-H1': ['2020-01-01', '2020-06-30'],
  '2020-H2': ['2020-07-01', '2020-12-31'],
  '2020-Q1': ['2020-01-01', '2020-03-31'],
  '2020-Q3': ['2020-07-01', '2020-09-30'],
  '2020-05': ['2020-05-01', '2020-05-31'],
  '2020-10': ['2020-10-01', '2020-10-31'],
};

describe('one arithmetic everywhere (issue 16)', () => {
  it('required = onTime + late + missing + notYetDue per window, per task and in the totals; the document shows the same numbers', () => {
    fc.assert(
      fc.property(
        arbPlan.chain((tasks) => fc.tuple(fc.constant(tasks), arbData(tasks))),
        ([tasks, { items, asOf, period }]) => {
          const [from, to] = RANGES[period]!;
          const report = computeCompliance({ plan, tasks, items, from, to, asOf });
          const json = toReportJson(report);
          for (const t of json.tasks) {
            const parts = t.onTime + t.late + t.missing + t.notYetDue;
            if (t.required === null) expect(parts).toBe(0);
            else expect(parts, t.code).toBe(t.required);
            for (const w of t.windows) expect(w.onTime + w.late + w.missing + w.notYetDue).toBe(w.required);
            // Windows that ended have nothing "not yet due"; open ones nothing "missing".
            for (const w of t.windows) expect(w.to <= asOf ? w.notYetDue : w.missing).toBe(0);
            if (t.required !== null && t.windows.length > 0) expect(t.required).toBe(t.windows.reduce((n, w) => n + w.count, 0));
          }
          const T = json.totals;
          expect(T.onTime + T.late + T.missing + T.notYetDue).toBe(T.required);
          // Each done product of the period counts once per task it serves: as on time, late or extra.
          for (const t of report.tasks) {
            const inWindows = new Set(t.windows.flatMap((w) => w.itemIds));
            const doneFacts = items.filter(
              (i) =>
                i.taskIds.includes(t.taskId) &&
                i.status === 'done' &&
                i.done!.at <= asOf &&
                (inWindows.has(i.id) || (i.plannedDate >= from && i.plannedDate <= to)),
            ).length;
            expect(t.counts.onTime + t.counts.late + t.counts.extra, t.code).toBe(doneFacts);
          }
          const doc = buildReportDocument({
            compliance: report,
            plan,
            items,
            settings: DEFAULT_REPORT_SETTINGS,
            texts: defaultReportTexts(plan),
            reportDate: '2021-01-05',
          });
          expect(doc.results.totals).toEqual(reportTotals(report));
          expect(doc.matrix.totals).toEqual(reportTotals(report));
          for (const r of doc.results.rows) {
            const j = json.tasks.find((t) => t.code === r.code)!;
            expect([r.required, r.onTime, r.late, r.missing, r.notYetDue, r.extra]).toEqual([j.required, j.onTime, j.late, j.missing, j.notYetDue, j.extra]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a product beyond what a window asked for as extra, never as making up another shortfall', () => {
    const t = task('05', {
      kind: 'windows',
      windows: [
        { from: '2020-05-01', to: '2020-05-31', count: 1 },
        { from: '2020-06-01', to: '2020-06-30', count: 1 },
      ],
    });
    const items = [item({ tasks: [t.id], planned: '2020-05-10', doneAt: '2020-05-10' }), item({ tasks: [t.id], planned: '2020-05-20', doneAt: '2020-05-20' })];
    const r = computeCompliance({ plan, tasks: [t], items, from: '2020-05-01', to: '2020-06-30', asOf: '2020-07-01' });
    expect(r.tasks[0]!.counts).toEqual({ required: 2, onTime: 1, late: 0, missing: 1, notYetDue: 0, extra: 1 });
  });
});
