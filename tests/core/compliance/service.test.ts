import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { addItem, complianceCore, PLAN_ID, seedPlan, taskId, type ComplianceCore } from './helpers';

let t: ComplianceCore | null = null;
afterEach(() => {
  t?.cleanup();
  t = null;
});

const view = (c: ComplianceCore, input: Record<string, unknown>) => c.core.call('compliance:view', { planId: PLAN_ID, ...input } as never);

describe('compliance service on a real database', () => {
  it('lists the plan and computes the worked examples from stored items', async () => {
    t = await complianceCore();
    expect(await t.core.call('compliance:plans', {})).toEqual([expect.objectContaining({ id: PLAN_ID, number: '259/KH-UBND', year: 2020 })]);
    const july = await addItem(t.core, { codes: ['05'], planned: '2020-07-25' });
    await t.core.call('items:markDone', { id: july, at: '2020-08-02' });
    const may = await addItem(t.core, { codes: ['02'], planned: '2020-05-20', kind: 'article', outlet: 'print' });
    await t.core.call('items:markDone', { id: may, at: '2020-06-10' });
    const talk = await addItem(t.core, { codes: ['03'], planned: '2020-10-15', kind: 'talkshow' });
    await t.core.call('items:markDone', { id: talk, at: '2020-10-15' });

    const v = await view(t, { period: '2020', asOf: '2020-11-15' });
    const task = (code: string) => v.report.tasks.find((x) => x.code === code)!;
    expect(task('05').windows[6]).toMatchObject({ from: '2020-07-01', status: 'late', late: 1 });
    expect(task('02')).toMatchObject({ status: 'late', late: 1 });
    expect(task('03')).toMatchObject({ status: 'met', done: 1 });
    expect(task('01').status).toBe('ongoing');
    expect(v.report.warnings.map((w) => w.message)).toContain('Nhiệm vụ 05: tháng 12 chưa có kỳ nào được lên lịch');
    expect(v.period).toMatchObject({ kind: 'year', label: 'Năm 2020' });
    expect(v.matrix.columns).toHaveLength(12);
    expect(v.report.totals).toMatchObject({ byKind: { segment: 1, article: 1, talkshow: 1 }, done: 3 });
  });

  it('a Q3 report reads the October episode of a September–October window', async () => {
    t = await complianceCore();
    const talk = await addItem(t.core, { codes: ['03'], planned: '2020-10-15', kind: 'talkshow' });
    await t.core.call('items:markDone', { id: talk, at: '2020-10-15' });
    const v = await view(t, { period: '2020-Q3', asOf: '2020-12-31' });
    expect(v.report.tasks.find((x) => x.code === '03')!.windows).toEqual([expect.objectContaining({ status: 'met', itemIds: [talk] })]);
    expect(v.report.tasks.find((x) => x.code === '02')!.status).toBe('none');
  });

  it('cancelled counts for nothing, postponed counts at its new date', async () => {
    // Recorded before the as-of day (a report reads the items as they stood then).
    t = await complianceCore({ now: '2020-06-01T03:00:00.000Z' });
    const a = await addItem(t.core, { codes: ['05'], planned: '2020-07-25' });
    await t.core.call('items:setStatus', { id: a, status: 'cancelled', reason: 'Trùng lịch' });
    const b = await addItem(t.core, { codes: ['05'], planned: '2020-06-20' });
    await t.core.call('items:setStatus', { id: b, status: 'postponed', date: '2020-08-03', reason: 'Mất điện' });
    const v = await view(t, { from: '2020-06-01', to: '2020-08-31', asOf: '2020-07-31' });
    const w = v.report.tasks.find((x) => x.code === '05')!.windows;
    expect(w.map((x) => [x.from, x.status, x.planned])).toEqual([
      ['2020-06-01', 'missing', 0],
      ['2020-07-01', 'missing', 0],
      ['2020-08-01', 'upcoming', 1],
    ]);
    expect(v.report.tasks.find((x) => x.code === '05')!.status).toBe('behind');
  });

  it('an item linked to two tasks counts for both; 06:00 on 1 February is February', async () => {
    t = await complianceCore();
    const both = await addItem(t.core, { codes: ['05', '01'], planned: '2020-02-01', time: '06:00' });
    await t.core.call('items:markDone', { id: both, at: '2020-02-01', time: '06:00' });
    const v = await view(t, { period: '2020-Q1', asOf: '2020-03-31' });
    const t05 = v.report.tasks.find((x) => x.code === '05')!;
    expect(t05.windows.map((w) => w.status)).toEqual(['missing', 'met', 'missing']);
    expect(v.report.tasks.find((x) => x.code === '01')!.activity.map((m) => m.done)).toEqual([0, 1, 0]);
    expect(v.report.totals.done).toBe(1);
  });

  it('lists the items of a cell with their task codes', async () => {
    t = await complianceCore();
    const id = await addItem(t.core, { codes: ['05'], planned: '2020-03-10', title: 'Một cửa liên thông' });
    const items = await t.core.call('compliance:items', { planId: PLAN_ID, ids: [id] });
    expect(items).toEqual([
      expect.objectContaining({ id, title: 'Một cửa liên thông', status: 'planned', plannedDate: '2020-03-10', doneAt: null, taskCodes: ['05'] }),
    ]);
  });

  it('refuses bad input in Vietnamese, writing nothing', async () => {
    t = await complianceCore();
    await expect(view(t, { period: '2020-Q5' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(view(t, { period: '2020', from: '2020-01-01', to: '2020-02-01' })).rejects.toThrow(/Chỉ chọn một/);
    await expect(view(t, { from: '2020-03-01', to: '2020-02-01' })).rejects.toThrow(/phải trước/);
    await expect(t.core.call('compliance:view', { planId: 'khong-co' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(t.core.call('compliance:closeMonth', { planId: PLAN_ID, month: '2020-13' })).rejects.toBeInstanceOf(AppError);
  });

  it('keeps two plans apart', async () => {
    t = await complianceCore();
    seedPlan(t.core, [{ code: '05', cadence: { kind: 'ongoing' } }], 'plan-other', '12/KH-UBND');
    await addItem(t.core, { codes: ['05'], planned: '2020-03-10' });
    const other = await t.core.call('compliance:view', { planId: 'plan-other', period: '2020-03', asOf: '2020-03-31' });
    expect(other.report.tasks[0]!.activity[0]).toMatchObject({ planned: 0 });
    expect(taskId('05')).not.toBe('plan-other-task-05');
  });
});
