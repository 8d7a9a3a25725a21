import { describe, expect, it } from 'vitest';
import { describeCadence, parseTimeframe } from '../../../shared/domain/cadence';
import { copyPlanToYear, replaceYear } from '../../../shared/domain/plan/copy-to-year';
import { planIdOf, taskIdOf } from '../../../shared/domain/plan/ids';
import type { PlanTask } from '../../../shared/domain/types';

const planId = planIdOf('UBND tỉnh Hải Dương', '259/KH-UBND', 2020);
const task = (code: string, timeframe: string, overrides: Partial<PlanTask> = {}): PlanTask => ({
  id: taskIdOf(planId, code), planId, code, title: `Nhiệm vụ ${code}`, product: '', leads: ['Sở Nội vụ'], partners: [],
  timeframe, cadence: parseTimeframe(timeframe, 2020), cadenceOverridden: false, sortOrder: Number(code), ...overrides,
});
const plan = { id: planId, issuer: 'UBND tỉnh Hải Dương', number: '259/KH-UBND', date: '2020-01-31', year: 2020, title: 'Kế hoạch … năm 2020', basedOn: ['QĐ'] };

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
    expect(copy.plan).toEqual({ id: planIdOf(plan.issuer, '(chưa có số)', 2021), issuer: plan.issuer, number: '(chưa có số)', date: null, year: 2021, title: 'Kế hoạch … năm 2021', basedOn: ['QĐ'] });
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
});
