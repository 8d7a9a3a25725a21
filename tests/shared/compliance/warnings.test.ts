import { describe, expect, it } from 'vitest';
import { computeCompliance, warningHorizon, windowLabel } from '../../../shared/domain/compliance';
import { columnLabelEn } from '../../../shared/domain/compliance/labels';
import type { Item, PlanTask } from '../../../shared/domain/types';
import { item, monthly, plan, task, windows } from './fixtures';

const run = (tasks: PlanTask[], items: Item[], asOf: string, from = '2020-01-01', to = '2020-12-31') =>
  computeCompliance({ plan, tasks, items, from, to, asOf });

describe('window labels', () => {
  it('reads months, month spans, years and ranges', () => {
    expect(windowLabel('2020-12-01', '2020-12-31', 2020)).toBe('tháng 12');
    expect(windowLabel('2021-01-01', '2021-01-31', 2020)).toBe('tháng 1/2021');
    expect(windowLabel('2020-09-01', '2020-10-31', 2020)).toBe('tháng 9–10');
    expect(windowLabel('2020-01-01', '2020-12-31', 2020)).toBe('năm 2020');
    expect(windowLabel('2020-06-01', '2020-06-07', 2020)).toBe('từ 01/06/2020 đến 07/06/2020');
    expect(windowLabel('2020-06-01', '2020-06-01', 2020)).toBe('ngày 01/06/2020');
  });

  it('reads the same windows in English for the interface (reports stay Vietnamese)', () => {
    expect(windowLabel('2020-12-01', '2020-12-31', 2020, 'en')).toBe('December');
    expect(windowLabel('2021-01-01', '2021-01-31', 2020, 'en')).toBe('January 2021');
    expect(windowLabel('2020-09-01', '2020-10-31', 2020, 'en')).toBe('September–October');
    expect(windowLabel('2020-01-01', '2020-12-31', 2020, 'en')).toBe('the year 2020');
    expect(windowLabel('2020-06-01', '2020-06-07', 2020, 'en')).toBe('01/06/2020 to 07/06/2020');
    expect(columnLabelEn('2020-05')).toEqual({ label: 'May 2020', short: 'May' });
    expect(columnLabelEn('2020-Q2')).toEqual({ label: 'Q2 2020', short: 'Q2' });
  });
});

describe('warnings ahead of time', () => {
  it('look to the end of next month', () => {
    expect(warningHorizon('2020-11-15')).toBe('2020-12-31');
    expect(warningHorizon('2020-12-01')).toBe('2021-01-31');
    expect(warningHorizon('2020-01-31')).toBe('2020-02-29');
  });

  it('the monthly task 05 warns for this month and next, not for the rest of the year', () => {
    const t = task('05', monthly(2020));
    const r = run([t], [item({ tasks: [t.id], planned: '2020-11-20' })], '2020-11-15', '2020-11-01', '2020-12-31');
    expect(r.warnings.map((w) => [w.code, w.message, w.from, w.to, w.taskId])).toEqual([
      ['nothing-planned', 'Nhiệm vụ 05: tháng 12 chưa có kỳ nào được lên lịch', '2020-12-01', '2020-12-31', t.id],
    ]);
    const early = run([t], [], '2020-01-15');
    expect(early.warnings.map((w) => w.from)).toEqual(['2020-01-01', '2020-02-01']);
  });

  it('ahead-of-time warnings come first, then ended windows that fell short (danger)', () => {
    const t = task('05', monthly(2020, 2, [6, 7, 8]));
    const r = run([t], [item({ tasks: [t.id], planned: '2020-07-10', doneAt: '2020-07-10' })], '2020-08-10');
    expect(r.warnings.map((w) => [w.severity, w.code, w.message])).toEqual([
      ['warning', 'nothing-planned', 'Nhiệm vụ 05: tháng 8 chưa có kỳ nào được lên lịch'],
      ['danger', 'missing', 'Nhiệm vụ 05: tháng 6 chưa thực hiện (0/2 kỳ)'],
      ['danger', 'partial', 'Nhiệm vụ 05: tháng 7 mới thực hiện 1/2 kỳ'],
    ]);
  });

  it('no warning for a met or late window, nor for an upcoming one with enough planned', () => {
    const t = task('03', windows({ from: '2020-09-01', to: '2020-10-31', count: 1 }));
    expect(run([t], [item({ tasks: [t.id], planned: '2020-10-20' })], '2020-09-10').warnings).toEqual([]);
    expect(run([t], [item({ tasks: [t.id], planned: '2020-10-20', doneAt: '2020-11-02' })], '2020-11-10').warnings).toEqual([]);
  });

  it('a multi-month window warns with its span', () => {
    const t = task('03', windows({ from: '2020-09-01', to: '2020-10-31', count: 1 }));
    expect(run([t], [], '2020-08-20').warnings.map((w) => w.message)).toEqual(['Nhiệm vụ 03: tháng 9–10 chưa có kỳ nào được lên lịch']);
  });
});
