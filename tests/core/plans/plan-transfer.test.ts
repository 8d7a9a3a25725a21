import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import type { PlanDetail, PlanSummaryView } from '../../../shared/contract/plans';

/**
 * The station publishes the built-in plan and later hands it, with its tasks, to Sở Nội vụ (plans:transfer): from then
 * on Home Affairs edits the plan and every install takes its edits; the station's own edits are refused.
 */
describe('handing a plan to another organisation, through the services', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-plan-transfer-'));
  let clock = Date.UTC(2026, 0, 5, 3, 0, 0);
  const now = () => new Date((clock += 1000));
  const cores: Core[] = [];
  afterAll(() => {
    cores.forEach((c) => c.close());
    fs.rmSync(root, { recursive: true, force: true });
  });
  const open = async (name: string, org: string, withSample: boolean) => {
    const core = openCore({ dbFile: path.join(root, name, 'data.sqlite'), now });
    cores.push(core);
    await core.call('app:setup', { orgName: org, userName: `Người dùng ${name}`, role: 'editor', withSample });
    return core;
  };
  const upload = (files: string[]) => files.map((f) => ({ fileName: path.basename(f), contentBase64: fs.readFileSync(f).toString('base64') }));
  const exportFrom = async (core: Core, dir: string) => {
    await core.call('sync:setFolder', { path: path.join(root, dir), intervalMinutes: 0, onStart: false });
    fs.mkdirSync(path.join(root, dir), { recursive: true });
    return (await core.call('sync:export', { all: false })).files;
  };

  it('after the hand-over only the new steward edits the plan', async () => {
    const station = await open('station', 'Đài Phát thanh và Truyền hình tỉnh', true);
    const ha = await open('ha', 'Sở Nội vụ', false);
    const planId = ((await station.call('plans:list', {})) as PlanSummaryView[]).find((p) => p.number.startsWith('259'))!.id;
    await station.call('plans:publish', { id: planId });
    await ha.call('sync:import', { files: upload(await exportFrom(station, 'st1')), trustNew: true });
    await station.call('sync:import', { files: upload(await exportFrom(ha, 'ha1')), trustNew: true });
    const haOrg = (await ha.call('app:info', {})).org!.id;
    const task = ((await ha.call('plans:get', { id: planId })) as PlanDetail).tasks.find((t) => t.code === '05')!;
    await expect(ha.call('plans:updateTask', { id: task.id, title: 'Sở sửa khi chưa được giao' })).rejects.toThrow(/đơn vị khác/);

    const r = await station.call('plans:transfer', { id: planId, toOrgId: haOrg });
    expect(r.transferred).toBeGreaterThan(10);
    await ha.call('sync:import', { files: upload(await exportFrom(station, 'st2')), trustNew: true });
    await ha.call('plans:updateTask', { id: task.id, title: 'Chuyên mục CCHC (Sở Nội vụ sửa)' });
    await station.call('sync:import', { files: upload(await exportFrom(ha, 'ha2')), trustNew: true });
    const seen = ((await station.call('plans:get', { id: planId })) as PlanDetail).tasks.find((t) => t.code === '05')!;
    expect(seen.title).toBe('Chuyên mục CCHC (Sở Nội vụ sửa)');
    await expect(station.call('plans:updateTask', { id: task.id, title: 'Đài sửa lại' })).rejects.toThrow(/đơn vị khác/);
    await expect(station.call('plans:transfer', { id: planId, toOrgId: haOrg })).rejects.toThrow(/Chỉ đơn vị đang quản lý/);
    expect((await ha.call('sync:conflicts', {})).length).toBe(0);
  });
});
