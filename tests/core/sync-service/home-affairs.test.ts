import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { PlanDetail, PlanSummaryView } from '../../../shared/contract/plans';
import { exportNow } from '../../../electron/core/services/sync-service';
import { folderInstalls } from '../helpers/folder-installs';

/**
 * The real services on three real databases: the station and the newspaper (each with the built-in plan)
 * and Sở Nội vụ, exchanging files through one folder. Home Affairs accepts both computers, then sees
 * both schedules and the per-task coverage side by side, read-only, with how fresh each one is.
 */
describe('Home Affairs view through the sync service', () => {
  const { root, cores, open } = folderInstalls('ltt-sync-ha-', Date.UTC(2020, 4, 20, 3, 0, 0));
  afterAll(() => cores.forEach((c) => c.close()));

  async function task05(core: Core): Promise<string> {
    const plans = await core.call('plans:list', {});
    const plan = (plans as PlanSummaryView[]).find((p) => p.number.startsWith('259'))!;
    const detail = (await core.call('plans:get', { id: plan.id })) as PlanDetail;
    return detail.tasks.find((t) => t.code === '05')!.id;
  }

  it('accepts both computers, shows both schedules side by side, and refuses edits to their rows', async () => {
    const station = await open('station', 'Đài Phát thanh và Truyền hình tỉnh', true);
    const paper = await open('paper', 'Báo Hải Dương', true);
    const ha = await open('ha', 'Sở Nội vụ', false);
    const t05 = await task05(station);
    expect(await task05(paper)).toBe(t05); // deterministic plan ids: both organisations serve the same task

    const talk = await station.call('items:create', {
      kind: 'talkshow',
      outlet: 'tv',
      plannedDate: '2020-05-12',
      plannedTime: '20:00',
      title: 'Tọa đàm một cửa',
      taskIds: [t05],
    });
    await station.call('items:markDone', { id: talk.id, at: '2020-05-12' });
    await paper.call('items:create', { kind: 'article', outlet: 'print', plannedDate: '2020-05-15', title: 'Bài viết dịch vụ công', taskIds: [t05] });

    // The built-in sample is local to each install: the station publishes it, so Home Affairs receives the plan.
    const planId = ((await station.call('plans:list', {})) as PlanSummaryView[]).find((p) => p.number.startsWith('259'))!.id;
    await station.call('plans:publish', { id: planId });
    await station.call('sync:run', {});
    await paper.call('sync:run', {});
    const first = await ha.call('sync:run', {});
    expect(first.pending.map((p) => p.orgName).sort()).toEqual(['Báo Hải Dương', 'Đài Phát thanh và Truyền hình tỉnh']);
    expect(first.applied).toBe(0);
    for (const p of first.pending) {
      const r = await ha.call('sync:trust', { installId: p.install, accept: true });
      expect(r.rejected).toEqual([]);
      expect(r.applied).toBeGreaterThan(0);
    }

    const view = await ha.call('sync:overview', { from: '2020-05-01', to: '2020-05-31' });
    const byName = new Map(view.orgs.map((o) => [o.orgName, o]));
    const st = byName.get('Đài Phát thanh và Truyền hình tỉnh')!;
    const pp = byName.get('Báo Hải Dương')!;
    expect(st).toMatchObject({
      own: false,
      totals: { planned: 1, done: 1, cancelled: 0 },
      items: [expect.objectContaining({ title: 'Tọa đàm một cửa', plannedTime: '20:00', status: 'done' })],
    });
    expect(pp).toMatchObject({ own: false, totals: { planned: 1, done: 0 }, items: [expect.objectContaining({ title: 'Bài viết dịch vụ công' })] });
    expect(st.lastChangeAt).not.toBeNull();
    expect(pp.lastFileAt).not.toBeNull();
    const row05 = view.tasks.find((t) => t.code === '05')!;
    expect(row05.byOrg[st.orgId]).toEqual({ planned: 1, done: 1 });
    expect(row05.byOrg[pp.orgId]).toEqual({ planned: 1, done: 0 });

    // Read-only for other organisations' rows.
    await expect(ha.call('items:update', { id: talk.id, patch: { title: 'Sở Nội vụ sửa' } })).rejects.toThrow(/đơn vị khác/);

    const status = await ha.call('sync:status', {});
    expect(status.installs.map((i) => [i.trust, i.gaps])).toEqual([
      ['trusted', []],
      ['trusted', []],
    ]);
    expect(status.quarantined).toBe(0);
  });

  it('shows a gap when a later file arrives before an earlier one, and closes it when the earlier one comes', async () => {
    const [station, , ha] = cores as [Core, Core, Core];
    const usb1 = path.join(root, 'usb1');
    const usb2 = path.join(root, 'usb2');
    await station.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-20', title: 'Chuyên mục 1' });
    const e1 = exportNow(station.ctx, usb1);
    await station.call('items:create', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-27', title: 'Chuyên mục 2' });
    const e2 = exportNow(station.ctx, usb2);
    const upload = (f: string) => ({ fileName: path.basename(f), contentBase64: fs.readFileSync(f).toString('base64') });
    await ha.call('sync:import', { files: e2.files.map(upload), trustNew: false });
    const me = (await station.call('sync:status', {})).me.installId;
    const withGap = (await ha.call('sync:status', {})).installs.find((i) => i.installId === me)!;
    expect(withGap.gaps.length).toBe(1);
    await ha.call('sync:import', { files: e1.files.map(upload), trustNew: false });
    const closed = (await ha.call('sync:status', {})).installs.find((i) => i.installId === me)!;
    expect(closed.gaps).toEqual([]);
    const titles = (await ha.call('sync:overview', { from: '2020-05-01', to: '2020-05-31' })).orgs.flatMap((o) => o.items.map((i) => i.title));
    expect(titles).toEqual(expect.arrayContaining(['Chuyên mục 1', 'Chuyên mục 2']));
  });
});
