import { describe, expect, it } from 'vitest';
import { computeCompliance } from '../../../shared/domain/compliance';
import type { Item, PlanTask } from '../../../shared/domain/types';
import { item, monthly, plan, task, windows } from './fixtures';

function run(tasks: PlanTask[], items: Item[], asOf: string, from = '2020-01-01', to = '2020-12-31') {
  return computeCompliance({ plan, tasks, items, from, to, asOf });
}
const t05 = task('05', monthly(2020));
const july = (r: ReturnType<typeof run>) => r.tasks[0]!.windows.find((w) => w.from === '2020-07-01')!;

describe('worked examples of the issue', () => {
  it('monthly task: July episode planned 25/07, done 02/08 → July late', () => {
    const r = run([t05], [item({ tasks: [t05.id], planned: '2020-07-25', doneAt: '2020-08-02' })], '2020-08-31');
    expect(july(r)).toMatchObject({ status: 'late', done: 0, late: 1, planned: 1, count: 1 });
  });
  it('July episode cancelled and nothing else → July missing, task behind', () => {
    const r = run([t05], [item({ tasks: [t05.id], planned: '2020-07-25', status: 'cancelled' })], '2020-08-31', '2020-07-01', '2020-07-31');
    expect(july(r)).toMatchObject({ status: 'missing', done: 0, late: 0, planned: 0 });
    expect(r.tasks[0]!.status).toBe('behind');
    expect(r.tasks[0]!.missing).toBe(1);
  });
  it('once-in-May article planned 20/05, done 10/06 → late', () => {
    const t02 = task('02', windows({ from: '2020-05-01', to: '2020-05-31', count: 1 }));
    const r = run([t02], [item({ tasks: [t02.id], planned: '2020-05-20', doneAt: '2020-06-10', kind: 'article', outlet: 'print' })], '2020-12-31');
    expect(r.tasks[0]!.windows[0]!.status).toBe('late');
    expect(r.tasks[0]!.status).toBe('late');
    expect(r.tasks[0]).toMatchObject({ required: 1, done: 0, late: 1 });
  });
  it('talk show due in September–October done 15/10 → met', () => {
    const t03 = task('03', windows({ from: '2020-09-01', to: '2020-10-31', count: 1 }));
    const r = run([t03], [item({ tasks: [t03.id], planned: '2020-10-15', doneAt: '2020-10-15', kind: 'talkshow' })], '2020-12-31');
    expect(r.tasks[0]!.windows[0]!.status).toBe('met');
    expect(r.tasks[0]!.status).toBe('met');
  });
  it('task due in December with nothing planned, as of 15/11 → upcoming with a warning', () => {
    const t09 = task('09', windows({ from: '2020-12-01', to: '2020-12-31', count: 1 }));
    const r = run([t09], [], '2020-11-15');
    expect(r.tasks[0]!.status).toBe('upcoming');
    expect(r.tasks[0]!.windows[0]).toMatchObject({ status: 'upcoming', underPlanned: true, planned: 0 });
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: 'nothing-planned',
        taskId: t09.id,
        taskCode: '09',
        from: '2020-12-01',
        to: '2020-12-31',
        message: 'Nhiệm vụ 09: tháng 12 chưa có kỳ nào được lên lịch',
      }),
    ]);
  });
});

describe('window statuses', () => {
  it('met when on-time done reaches the count, even before the window ends', () => {
    const r = run([t05], [item({ tasks: [t05.id], planned: '2020-07-03', doneAt: '2020-07-03' })], '2020-07-10', '2020-07-01', '2020-07-31');
    expect(july(r).status).toBe('met');
    // The task's status only looks at ended windows: none has ended yet.
    expect(r.tasks[0]!.status).toBe('upcoming');
  });
  it('done on the last day of the window is on time', () => {
    const r = run([t05], [item({ tasks: [t05.id], planned: '2020-07-31', doneAt: '2020-07-31' })], '2020-07-31');
    expect(july(r)).toMatchObject({ status: 'met', done: 1, late: 0 });
  });
  it('partial: ended with fewer than required', () => {
    const t = task('06', monthly(2020, 2));
    const r = run([t], [item({ tasks: [t.id], planned: '2020-07-10', doneAt: '2020-07-10' })], '2020-08-01');
    expect(r.tasks[0]!.windows[6]).toMatchObject({ status: 'partial', done: 1, count: 2 });
  });
  it('partial counts late ones too', () => {
    const t = task('06', monthly(2020, 2));
    const r = run([t], [item({ tasks: [t.id], planned: '2020-07-10', doneAt: '2020-08-10' })], '2020-08-31');
    expect(r.tasks[0]!.windows[6]).toMatchObject({ status: 'partial', done: 0, late: 1 });
  });
  it('upcoming says whether enough is planned', () => {
    const t = task('06', monthly(2020, 2));
    const one = run([t], [item({ tasks: [t.id], planned: '2020-12-10' })], '2020-11-30');
    expect(one.tasks[0]!.windows[11]).toMatchObject({ status: 'upcoming', underPlanned: true, planned: 1 });
    expect(one.warnings.map((w) => w.message)).toContain('Nhiệm vụ 06: tháng 12 mới lên lịch 1/2 kỳ');
    const two = run([t], [item({ tasks: [t.id], planned: '2020-12-10' }), item({ tasks: [t.id], planned: '2020-12-20' })], '2020-11-30');
    expect(two.tasks[0]!.windows[11]).toMatchObject({ status: 'upcoming', underPlanned: false, planned: 2 });
    expect(two.warnings.filter((w) => w.from === '2020-12-01')).toEqual([]);
  });
  it('an item outside every window of its task does not count', () => {
    const t02 = task('02', windows({ from: '2020-05-01', to: '2020-05-31', count: 1 }));
    const r = run([t02], [item({ tasks: [t02.id], planned: '2020-04-30', doneAt: '2020-04-30' })], '2020-06-30');
    expect(r.tasks[0]!.windows[0]).toMatchObject({ status: 'missing', planned: 0 });
  });
  it('several items in a window all count (done can exceed the count)', () => {
    const r = run(
      [t05],
      [item({ tasks: [t05.id], planned: '2020-07-01', doneAt: '2020-07-01' }), item({ tasks: [t05.id], planned: '2020-07-20', doneAt: '2020-08-20' })],
      '2020-08-31',
    );
    expect(july(r)).toMatchObject({ status: 'met', done: 1, late: 1, planned: 2 });
  });
});

describe('as of', () => {
  it('items done after as-of do not count; they are still planned', () => {
    const i = item({ tasks: [t05.id], planned: '2020-07-25', doneAt: '2020-08-02' });
    const r = run([t05], [i], '2020-08-01');
    expect(july(r)).toMatchObject({ status: 'missing', done: 0, late: 0, planned: 1 });
    expect(july(run([t05], [i], '2020-08-02')).status).toBe('late');
  });
  it('as-of is the end of the day: a window ending on as-of has ended', () => {
    expect(july(run([t05], [], '2020-07-31')).status).toBe('missing');
    expect(july(run([t05], [], '2020-07-30')).status).toBe('upcoming');
  });
});

describe('postponed and cancelled', () => {
  it('a postponed item counts at its new planned date', () => {
    const i = item({ tasks: [t05.id], planned: '2020-08-05', status: 'postponed' });
    const r = run([t05], [i], '2020-07-31');
    expect(july(r)).toMatchObject({ status: 'missing', planned: 0 });
    expect(r.tasks[0]!.windows[7]).toMatchObject({ planned: 1, underPlanned: false });
  });
  it('a cancelled item never counts, even with a done record', () => {
    const i = { ...item({ tasks: [t05.id], planned: '2020-07-05', doneAt: '2020-07-05' }), status: 'cancelled' as const };
    expect(july(run([t05], [i], '2020-12-31'))).toMatchObject({ status: 'missing', done: 0, planned: 0, itemIds: [] });
  });
});

describe('task statuses', () => {
  const t = task('06', monthly(2020, 1, [1, 2, 3]));
  const done = (m: string, d = m) => item({ tasks: [t.id], planned: `2020-${m}-10`, doneAt: `2020-${d}-10` });
  it('met when every ended window is met', () => {
    expect(run([t], [done('01'), done('02')], '2020-02-29').tasks[0]!.status).toBe('met');
  });
  it('late when ended windows are met or late and one is late', () => {
    expect(run([t], [done('01', '02'), done('02')], '2020-02-29').tasks[0]!.status).toBe('late');
  });
  it('behind when one ended window is partial or missing', () => {
    expect(run([t], [done('01')], '2020-02-29').tasks[0]!.status).toBe('behind');
  });
  it('upcoming when no window has ended', () => {
    expect(run([t], [], '2020-01-30').tasks[0]!.status).toBe('upcoming');
  });
  it('ongoing for ongoing tasks, with activity per month and empty months flagged', () => {
    const o = task('01', { kind: 'ongoing' });
    const r = run(
      [o],
      [item({ tasks: [o.id], planned: '2020-02-03', doneAt: '2020-02-03' }), item({ tasks: [o.id], planned: '2020-04-03' })],
      '2020-03-15',
      '2020-01-01',
      '2020-04-30',
    );
    expect(r.tasks[0]!.status).toBe('ongoing');
    expect(r.tasks[0]!.activity.map((m) => [m.month, m.done, m.planned, m.flagged])).toEqual([
      ['2020-01', 0, 0, true],
      ['2020-02', 1, 1, false],
      ['2020-03', 0, 0, true],
      ['2020-04', 0, 1, false],
    ]);
    expect(r.tasks[0]!.done).toBe(1);
    // Ahead of time: March (current) has nothing planned, April does.
    expect(r.warnings.map((w) => w.message)).toEqual(['Nhiệm vụ 01: tháng 3 chưa có hoạt động nào được lên lịch']);
  });
  it('unknown for an unknown cadence, with a hint to enter a schedule', () => {
    const u = task('07', { kind: 'unknown', text: 'Khi có văn bản mới' }, { timeframe: 'Khi có văn bản mới' });
    const r = run([u], [item({ tasks: [u.id], planned: '2020-02-03', doneAt: '2020-02-03' })], '2020-03-15');
    expect(r.tasks[0]).toMatchObject({ status: 'unknown', required: 0, windows: [] });
    expect(r.warnings[0]).toMatchObject({ code: 'unknown-cadence', taskId: u.id });
  });
  it('none when nothing is required in the period', () => {
    const t02 = task('02', windows({ from: '2020-05-01', to: '2020-05-31', count: 1 }));
    expect(run([t02], [], '2020-12-31', '2020-07-01', '2020-09-30').tasks[0]).toMatchObject({ status: 'none', required: 0, windows: [] });
  });
  it('a window overlapping the period is evaluated whole', () => {
    const t03 = task('03', windows({ from: '2020-09-01', to: '2020-10-31', count: 1 }));
    const r = run([t03], [item({ tasks: [t03.id], planned: '2020-10-15', doneAt: '2020-10-15' })], '2020-12-31', '2020-07-01', '2020-09-30');
    expect(r.tasks[0]!.windows).toEqual([expect.objectContaining({ from: '2020-09-01', to: '2020-10-31', status: 'met', done: 1 })]);
  });
});

describe('boundaries', () => {
  it('items on the first and last day of a month count for that month', () => {
    const r = run(
      [t05],
      [item({ tasks: [t05.id], planned: '2020-01-31', doneAt: '2020-01-31' }), item({ tasks: [t05.id], planned: '2020-02-01', doneAt: '2020-02-01' })],
      '2020-12-31',
    );
    expect(r.tasks[0]!.windows.slice(0, 2).map((w) => [w.status, w.done])).toEqual([
      ['met', 1],
      ['met', 1],
    ]);
  });
  it('leap day belongs to February', () => {
    const r = run([t05], [item({ tasks: [t05.id], planned: '2020-02-29', doneAt: '2020-02-29' })], '2020-12-31');
    expect(r.tasks[0]!.windows[1]).toMatchObject({ to: '2020-02-29', status: 'met' });
  });
  it('December done in January of the next year is late, and counted in the 2020 report', () => {
    const r = run([t05], [item({ tasks: [t05.id], planned: '2020-12-31', doneAt: '2021-01-01' })], '2021-01-05');
    expect(r.tasks[0]!.windows[11]).toMatchObject({ status: 'late', late: 1 });
  });
  it('a window crossing the year boundary shows in both years', () => {
    const t = task('10', windows({ from: '2020-12-15', to: '2021-01-15', count: 1 }));
    const i = item({ tasks: [t.id], planned: '2021-01-10', doneAt: '2021-01-10' });
    expect(run([t], [i], '2021-02-01', '2020-01-01', '2020-12-31').tasks[0]!.windows[0]!.status).toBe('met');
    expect(run([t], [i], '2021-02-01', '2021-01-01', '2021-12-31').tasks[0]!.windows[0]!.status).toBe('met');
  });
  it('time of day never moves an item to another month', () => {
    const early = item({ tasks: [t05.id], planned: '2020-02-01', doneAt: '2020-02-01', time: '06:00' });
    const late = item({ tasks: [t05.id], planned: '2020-01-31', doneAt: '2020-01-31', time: '23:59' });
    const r = run([t05], [early, late], '2020-02-29');
    expect(r.tasks[0]!.windows[0]!.itemIds).toEqual([late.id]);
    expect(r.tasks[0]!.windows[1]!.itemIds).toEqual([early.id]);
    expect(r.tasks[0]!.windows[1]!.status).toBe('met');
  });
  it('overlapping windows (a hand-edited cadence): the earliest-starting window containing the date takes the item', () => {
    const t = task('12', windows({ from: '2020-06-01', to: '2020-06-30', count: 1 }, { from: '2020-06-15', to: '2020-07-15', count: 1 }));
    const r = run(
      [t],
      [item({ tasks: [t.id], planned: '2020-06-20', doneAt: '2020-06-20' }), item({ tasks: [t.id], planned: '2020-07-10', doneAt: '2020-07-10' })],
      '2020-07-31',
    );
    expect(r.tasks[0]!.windows.map((w) => [w.status, w.done])).toEqual([
      ['met', 1],
      ['met', 1],
    ]);
  });
  it('weekly windows (Monday-first) inside a month', () => {
    const t = task('11', windows({ from: '2020-06-01', to: '2020-06-07', count: 1 }, { from: '2020-06-08', to: '2020-06-14', count: 1 }));
    const r = run([t], [item({ tasks: [t.id], planned: '2020-06-07', doneAt: '2020-06-08' })], '2020-06-30');
    expect(r.tasks[0]!.windows.map((w) => w.status)).toEqual(['late', 'missing']);
  });
});

describe('links and totals', () => {
  it('an item linked to two tasks counts for both, and once in the totals', () => {
    const t06 = task('06', monthly(2020));
    const i = item({ tasks: [t05.id, t06.id], planned: '2020-03-10', doneAt: '2020-03-10', kind: 'report', outlet: 'tv' });
    const r = run([t05, t06], [i], '2020-03-31', '2020-03-01', '2020-03-31');
    expect(r.tasks.map((t) => [t.code, t.status, t.done])).toEqual([
      ['05', 'met', 1],
      ['06', 'met', 1],
    ]);
    expect(r.totals).toEqual({ byKind: { report: 1 }, byOutlet: { tv: 1 }, done: 1, planned: 1 });
  });
  it('a task linked twice by mistake still counts the item once', () => {
    const i = item({ tasks: [t05.id, t05.id], planned: '2020-03-10', doneAt: '2020-03-10' });
    expect(run([t05], [i], '2020-03-31').tasks[0]!.windows[2]).toMatchObject({ done: 1, planned: 1 });
  });
  it('totals count done items of the period by kind and outlet; items of other plans are ignored', () => {
    const r = run(
      [t05],
      [
        item({ tasks: [t05.id], planned: '2020-03-10', doneAt: '2020-03-10', kind: 'segment', outlet: 'tv' }),
        item({ tasks: [t05.id], planned: '2020-03-12', doneAt: '2020-03-12', kind: 'article', outlet: 'print' }),
        item({ tasks: [t05.id], planned: '2020-03-14', doneAt: '2020-03-14', kind: 'article', outlet: 'online' }),
        item({ tasks: [t05.id], planned: '2020-03-20' }),
        item({ tasks: [t05.id], planned: '2020-04-10', doneAt: '2020-04-10' }),
        item({ tasks: ['other-plan-task'], planned: '2020-03-10', doneAt: '2020-03-10' }),
      ],
      '2020-04-30',
      '2020-03-01',
      '2020-03-31',
    );
    expect(r.totals).toEqual({ byKind: { segment: 1, article: 2 }, byOutlet: { tv: 1, print: 1, online: 1 }, done: 3, planned: 4 });
  });
  it('tasks come in plan order and carry the plan summary', () => {
    const r = run([task('06', monthly(2020)), t05], [], '2020-01-01');
    expect(r.tasks.map((t) => t.code)).toEqual(['05', '06']);
    expect(r.plan).toEqual({ id: plan.id, issuer: plan.issuer, number: plan.number, year: 2020, title: plan.title });
  });
});
