import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { ComplianceView } from '../../../shared/contract/compliance';
import type { PlanDetail, PlanSummaryView } from '../../../shared/contract/plans';
import { folderInstalls } from '../helpers/folder-installs';
import { dumpTables } from '../helpers/temp-core';

/**
 * `compliance:view` with an organisation: three real databases (the station, the newspaper, Sở Nội vụ)
 * exchange files through a folder; Home Affairs then sees each organisation's matrix apart, and the
 * unfiltered matrix still counts everyone's items together.
 */
const STATION = 'Đài Phát thanh và Truyền hình tỉnh';
const PAPER = 'Báo Hải Dương';

describe('compliance view filtered by organisation', () => {
  const { root, cores, open } = folderInstalls('ltt-compliance-org-', Date.UTC(2020, 5, 10, 3, 0, 0));
  let station: Core;
  let paper: Core;
  let ha: Core;
  let planId = '';
  let t05 = '';
  const ids = { station: [] as string[], paper: [] as string[] };

  const orgOf = async (core: Core) => (await core.call('sync:status', {})).me.orgId!;
  const view = (input: { orgId?: string; period?: string }) =>
    ha.call('compliance:view', { planId, period: input.period ?? '2020-05', asOf: '2020-06-10', ...(input.orgId !== undefined ? { orgId: input.orgId } : {}) });
  const may05 = (v: ComplianceView) => v.report.tasks.find((t) => t.code === '05')!.windows[0]!;
  const allItemIds = (v: ComplianceView) => new Set(v.matrix.rows.flatMap((r) => r.cells.flatMap((c) => c.itemIds)));

  beforeAll(async () => {
    station = await open('station', STATION, true);
    paper = await open('paper', PAPER, true);
    ha = await open('ha', 'Sở Nội vụ', false);
    const plan = ((await station.call('plans:list', {})) as PlanSummaryView[]).find((p) => p.number.startsWith('259'))!;
    planId = plan.id;
    t05 = ((await station.call('plans:get', { id: planId })) as PlanDetail).tasks.find((t) => t.code === '05')!.id;
    // The built-in sample is local to each install: the station publishes it, so Home Affairs receives it.
    await station.call('plans:publish', { id: planId });

    // The station: two May episodes of task 05, one of them done. The newspaper: one, not done.
    const a = await station.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-08', title: 'Chuyên mục một cửa', taskIds: [t05] });
    const b = await station.call('items:create', {
      kind: 'segment',
      outlet: 'radio',
      plannedDate: '2020-05-22',
      title: 'Chuyên mục dịch vụ công',
      taskIds: [t05],
    });
    await station.call('items:markDone', { id: a.id, at: '2020-05-08' });
    ids.station.push(a.id, b.id);
    const c = await paper.call('items:create', { kind: 'article', outlet: 'print', plannedDate: '2020-05-15', title: 'Bài viết về một cửa', taskIds: [t05] });
    ids.paper.push(c.id);

    await station.call('sync:run', {});
    await paper.call('sync:run', {});
    const first = await ha.call('sync:run', {});
    for (const p of first.pending) await ha.call('sync:trust', { installId: p.install, accept: true });
  });
  afterAll(() => {
    cores.forEach((c) => c.close());
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('counts only the chosen organisation’s items; without a filter everyone’s together', async () => {
    const [stationOrg, paperOrg] = [await orgOf(station), await orgOf(paper)];
    const all = await view({});
    expect(may05(all)).toMatchObject({ count: 1, planned: 3, done: 1, status: 'met' });
    expect(allItemIds(all)).toEqual(new Set([...ids.station, ...ids.paper]));

    const st = await view({ orgId: stationOrg });
    expect(may05(st)).toMatchObject({ planned: 2, done: 1, status: 'met' });
    expect(allItemIds(st)).toEqual(new Set(ids.station));
    expect(st.report.totals.done).toBe(1);

    const pp = await view({ orgId: paperOrg });
    expect(may05(pp)).toMatchObject({ planned: 1, done: 0, status: 'missing' });
    expect(allItemIds(pp)).toEqual(new Set(ids.paper));
    expect(pp.report.totals.done).toBe(0);

    // Sở Nội vụ itself has no items: a known organisation with an empty matrix, not an error.
    const own = await view({ orgId: await orgOf(ha) });
    expect(may05(own)).toMatchObject({ planned: 0, done: 0, status: 'missing' });
  });

  it('shows the chosen organisation’s month closes, with amendments to its own items only', async () => {
    const [stationOrg, paperOrg] = [await orgOf(station), await orgOf(paper)];
    await station.call('compliance:closeMonth', { planId, month: '2020-05', note: 'Báo cáo tháng 5' });
    await station.call('items:markDone', { id: ids.station[1]!, at: '2020-05-22' }); // after the close: an amendment
    await paper.call('items:markDone', { id: ids.paper[0]!, at: '2020-05-15' }); // the newspaper's, not the station's
    await station.call('sync:run', {});
    await paper.call('sync:run', {});
    await ha.call('sync:run', {});

    const st = await view({ orgId: stationOrg });
    expect(st.closes).toEqual([expect.objectContaining({ month: '2020-05', note: 'Báo cáo tháng 5', amendments: 1 })]);
    expect(may05(st)).toMatchObject({ planned: 2, done: 2 });
    const pp = await view({ orgId: paperOrg });
    expect(pp.closes).toEqual([]);
    expect(may05(pp)).toMatchObject({ planned: 1, done: 1, status: 'met' });
    // Unfiltered on Home Affairs: its own (none) closes, as before.
    expect((await view({})).closes).toEqual([]);
  });

  it('refuses a malformed or unknown organisation in Vietnamese, writing nothing', async () => {
    const before = dumpTables(ha);
    await expect(view({ orgId: 'đài truyền hình' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { field: 'orgId' },
      message: expect.stringMatching(/trường "orgId".*Mã chứa ký tự không hợp lệ/),
    });
    await expect(view({ orgId: '' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/orgId.*Thiếu mã/) });
    await expect(view({ orgId: 'khong-co-don-vi-nay' })).rejects.toMatchObject({
      code: 'not_found',
      details: { field: 'orgId' },
      message: expect.stringMatching(/Không có đơn vị nào mang mã "khong-co-don-vi-nay"/),
    });
    expect(dumpTables(ha)).toBe(before);
  });
});
