import { describe, expect, it } from 'vitest';
import { describeCadence, parseTimeframe } from '../../../shared/domain/cadence';
import { copyPlanToYear, replaceYear } from '../../../shared/domain/plan/copy-to-year';
import { planIdOf, taskIdOf } from '../../../shared/domain/plan/ids';
import type { PlanTask } from '../../../shared/domain/types';

const planId = planIdOf('UBND tỉnh Hải Dương', '259/KH-UBND', 2020);
const task = (code: string, timeframe: string, overrides: Partial<PlanTask> = {}): PlanTask => ({
  id: taskIdOf(planId, code),
  planId,
  code,
  title: `Nhiệm vụ ${code}`,
  product: '',
  leads: ['Sở Nội vụ'],
  partners: [],
  timeframe,
  cadence: parseTimeframe(timeframe, 2020),
  cadenceOverridden: false,
  sortOrder: Number(code),
  ...overrides,
});
const plan = {
  id: planId,
  issuer: 'UBND tỉnh Hải Dương',
  number: '259/KH-UBND',
  date: '2020-01-31',
  year: 2020,
  title: 'Kế hoạch … năm 2020',
  basedOn: ['QĐ'],
};

describe('copyPlanToYear', () => {
  it('moves windows and texts to the new year, gives new ids, leaves the number to the user', () => {
    const tasks = [
      task('1', 'Tháng 9,10/2020'),
      task('2', 'Mỗi tháng 01 kỳ'),
      task('3', 'Thường xuyên'),
      task('4', 'Khi có yêu cầu'),
      task('5', 'Tháng 5/2020', { cadence: { kind: 'windows', windows: [{ from: '2020-05-10', to: '2020-05-20', count: 2 }] }, cadenceOverridden: true }),
    ];
    const copy = copyPlanToYear(plan, tasks, 2021, '(chưa có số)');
    expect(copy.plan).toEqual({
      id: planIdOf(plan.issuer, '(chưa có số)', 2021),
      issuer: plan.issuer,
      number: '(chưa có số)',
      date: null,
      year: 2021,
      title: 'Kế hoạch … năm 2021',
      basedOn: ['QĐ'],
    });
    expect(copy.tasks.map((t) => [t.timeframe, describeCadence(t.cadence)])).toEqual([
      ['Tháng 9,10/2021', '1 lần trong tháng 9–10/2021'],
      ['Mỗi tháng 01 kỳ', '1 kỳ mỗi tháng'],
      ['Thường xuyên', 'Thường xuyên'],
      ['Khi có yêu cầu', 'Chưa rõ: «Khi có yêu cầu» (cần xem lại)'],
      ['Tháng 5/2021', '2 lần từ 10/05/2021 đến 20/05/2021'],
    ]);
    expect(copy.tasks[4]!.cadenceOverridden).toBe(true);
    expect(copy.tasks.every((t) => t.planId === copy.plan.id && t.id === taskIdOf(copy.plan.id, t.code))).toBe(true);
    expect(tasks[0]!.timeframe).toBe('Tháng 9,10/2020');
  });
  it('replaces a year only where it stands alone', () => {
    expect(replaceYear('Tháng 5/2020, mã 120201, năm 2020', 2020, 2021)).toBe('Tháng 5/2021, mã 120201, năm 2021');
  });

  it('copies a plan of several years to a period of the same length, every year of it moved at once (issue 17)', () => {
    const period = { ...plan, year: 2026, yearTo: 2030, title: 'Kế hoạch … giai đoạn 2026 - 2030' };
    const t = (code: string, timeframe: string, overrides: Partial<PlanTask> = {}): PlanTask => ({
      ...task(code, timeframe),
      cadence: parseTimeframe(timeframe, 2026, 2030),
      ...overrides,
    });
    const copy = copyPlanToYear(
      period,
      [
        t('1', 'Tháng 6 hằng năm'),
        t('2', 'Quý III/2026 - Quý I/2027'),
        t('3', 'Từ năm 2027'),
        t('4', 'Quý II/2028', { cadence: { kind: 'windows', windows: [{ from: '2028-04-10', to: '2028-05-20', count: 2 }] }, cadenceOverridden: true }),
      ],
      2031,
      '',
    );
    expect([copy.plan.year, copy.plan.yearTo, copy.plan.title]).toEqual([2031, 2035, 'Kế hoạch … giai đoạn 2031 - 2035']);
    expect(copy.tasks.map((x) => [x.timeframe, describeCadence(x.cadence)])).toEqual([
      ['Tháng 6 hằng năm', '1 lần trong tháng 6 mỗi năm, năm 2031–2035'],
      ['Quý III/2031 - Quý I/2032', '1 lần từ 01/07/2031 đến 31/03/2032'],
      ['Từ năm 2032', '1 lần trong năm 2032–2035'],
      ['Quý II/2033', '2 lần từ 10/04/2033 đến 20/05/2033'],
    ]);
  });
});
