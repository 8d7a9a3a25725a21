import { afterEach, describe, expect, it } from 'vitest';
import { addItem, complianceCore, PLAN_ID, type ComplianceCore } from './helpers';

let t: ComplianceCore | null = null;
afterEach(() => {
  t?.cleanup();
  t = null;
});

describe('month close', () => {
  it('closes a month once, lists it, refuses a second close, reopens and closes again', async () => {
    t = await complianceCore({ now: '2020-08-05T02:00:00.000Z' });
    const c = await t.core.call('compliance:closeMonth', { planId: PLAN_ID, month: '2020-07', note: 'Đã báo cáo Sở Nội vụ' });
    expect(c).toEqual({
      planId: PLAN_ID,
      month: '2020-07',
      closedAt: '2020-08-05T02:00:00.000Z',
      closedBy: 'Nguyễn Văn An',
      note: 'Đã báo cáo Sở Nội vụ',
      amendments: 0,
    });
    expect(await t.core.call('compliance:closes', { planId: PLAN_ID })).toEqual([c]);
    await expect(t.core.call('compliance:closeMonth', { planId: PLAN_ID, month: '2020-07' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/đã được khóa sổ/),
    });

    await t.core.call('compliance:reopenMonth', { planId: PLAN_ID, month: '2020-07' });
    expect(await t.core.call('compliance:closes', { planId: PLAN_ID })).toEqual([]);
    await expect(t.core.call('compliance:reopenMonth', { planId: PLAN_ID, month: '2020-07' })).rejects.toMatchObject({ code: 'not_found' });
    t.setNow('2020-08-06T02:00:00.000Z');
    const again = await t.core.call('compliance:closeMonth', { planId: PLAN_ID, month: '2020-07' });
    expect(again.closedAt).toBe('2020-08-06T02:00:00.000Z');
    // The view carries the closes for the screen.
    const v = await t.core.call('compliance:view', { planId: PLAN_ID, period: '2020', asOf: '2020-08-06' });
    expect(v.closes.map((x) => x.month)).toEqual(['2020-07']);
  });

  it('is written through the change log (so it syncs) as one action', async () => {
    t = await complianceCore({ now: '2020-08-05T02:00:00.000Z' });
    const before = (t.core.ctx.db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE tbl = 'month_closes'").get() as { n: number }).n;
    await t.core.call('compliance:closeMonth', { planId: PLAN_ID, month: '2020-07' });
    const rows = t.core.ctx.db.prepare("SELECT grp, tx FROM change_log WHERE tbl = 'month_closes' ORDER BY seq").all() as Array<{ grp: string; tx: string }>;
    expect(before).toBe(0);
    expect(rows.map((r) => r.grp)).toEqual(['create', 'close']);
    expect(new Set(rows.map((r) => r.tx)).size).toBe(1);
  });

  it('only editors close or reopen', async () => {
    t = await complianceCore({ role: 'producer' });
    await expect(t.core.call('compliance:closeMonth', { planId: PLAN_ID, month: '2020-07' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(t.core.ctx.db.prepare('SELECT COUNT(*) AS n FROM month_closes').get()).toEqual({ n: 0 });
  });
});

describe('amendments after a close', () => {
  it('lists changes to items of a closed month made after the close, not before', async () => {
    t = await complianceCore({ now: '2020-07-20T02:00:00.000Z' });
    const july = await addItem(t.core, { codes: ['05'], planned: '2020-07-25', title: 'Chuyên mục tháng 7' });
    const aug = await addItem(t.core, { codes: ['05'], planned: '2020-08-10', title: 'Chuyên mục tháng 8' });
    t.setNow('2020-08-01T02:00:00.000Z');
    await t.core.call('compliance:closeMonth', { planId: PLAN_ID, month: '2020-07' });
    expect(await t.core.call('compliance:amendments', { planId: PLAN_ID })).toEqual([]);

    t.setNow('2020-08-03T02:00:00.000Z');
    await t.core.call('items:markDone', { id: july, at: '2020-08-02' });
    await t.core.call('items:markDone', { id: aug, at: '2020-08-03' });
    const list = await t.core.call('compliance:amendments', { planId: PLAN_ID, month: '2020-07' });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      month: '2020-07',
      itemId: july,
      itemTitle: 'Chuyên mục tháng 7',
      actor: 'Nguyễn Văn An',
      changedAt: '2020-08-03T02:00:00.000Z',
    });
    expect(list[0]!.summary).toMatch(/Ngày thực hiện 02\/08\/2020/);
    expect(list[0]!.groups).toEqual(expect.arrayContaining(['status', 'done']));
    expect((await t.core.call('compliance:closes', { planId: PLAN_ID }))[0]!.amendments).toBe(1);
  });

  it('one action is one amendment line, even when it writes several groups', async () => {
    t = await complianceCore({ now: '2020-07-20T02:00:00.000Z' });
    const july = await addItem(t.core, { codes: ['05'], planned: '2020-07-25' });
    t.setNow('2020-08-01T02:00:00.000Z');
    await t.core.call('items:markDone', { id: july, at: '2020-07-25' });
    await t.core.call('compliance:closeMonth', { planId: PLAN_ID, month: '2020-07' });
    t.setNow('2020-08-02T02:00:00.000Z');
    await t.core.call('items:setStatus', { id: july, status: 'planned', reason: 'Phát nhầm bản cũ' });
    const list = await t.core.call('compliance:amendments', { planId: PLAN_ID });
    expect(list).toHaveLength(1);
    expect(list[0]!.summary).toBe('Trạng thái: đã lên lịch; Bỏ đánh dấu đã thực hiện');
  });

  it('an item moved out of a closed month is an amendment of that month', async () => {
    t = await complianceCore({ now: '2020-06-20T02:00:00.000Z' });
    const june = await addItem(t.core, { codes: ['05'], planned: '2020-06-25' });
    t.setNow('2020-07-01T02:00:00.000Z');
    await t.core.call('compliance:closeMonth', { planId: PLAN_ID, month: '2020-06' });
    t.setNow('2020-07-02T02:00:00.000Z');
    await t.core.call('items:move', { id: june, date: '2020-07-02' });
    const list = await t.core.call('compliance:amendments', { planId: PLAN_ID });
    expect(list.map((a) => [a.month, a.itemId, a.summary])).toEqual([['2020-06', june, 'Ngày dự kiến 02/07/2020']]);
  });

  it('items of other plans are not amendments', async () => {
    t = await complianceCore({ now: '2020-06-20T02:00:00.000Z' });
    const loose = await t.core.call('items:create', { kind: 'news', outlet: 'tv', plannedDate: '2020-06-25', title: 'Tin không thuộc kế hoạch' });
    t.setNow('2020-07-01T02:00:00.000Z');
    await t.core.call('compliance:closeMonth', { planId: PLAN_ID, month: '2020-06' });
    t.setNow('2020-07-02T02:00:00.000Z');
    await t.core.call('items:markDone', { id: loose.id, at: '2020-06-25' });
    expect(await t.core.call('compliance:amendments', { planId: PLAN_ID })).toEqual([]);
  });
});
