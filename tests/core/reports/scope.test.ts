import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { toReportJson } from '../../../shared/domain/compliance/report-json';
import { buildReportData } from '../../../electron/core/services/compliance-report-data';

/** Issue 16: an organisation reports its own tasks of the built-in plan 259/KH-UBND, named through the agency directory. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function install(orgName: string): Promise<Core> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-scope-'));
  dirs.push(dir);
  const now = new Date('2021-01-10T03:00:00.000Z');
  const core = openCore({ dbFile: path.join(dir, 'db.sqlite'), dataDir: path.join(dir, 'data'), now: () => now });
  await core.call('app:setup', { orgName, userName: 'Nguyễn Văn An', role: 'editor', withSample: true });
  return core;
}

const ALL = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', 'III.1.2-a', 'III.1.2-b', 'III.1.2-c', 'III.1.3'];

async function taskIdOf(core: Core, code: string): Promise<string> {
  const plan = (await core.call('plans:list', {}))[0]!;
  const shown = await core.call('plans:get', { id: plan.id });
  return shown.tasks.find((t) => t.code === code)!.id;
}

describe('report scope', () => {
  it("the station's default report holds exactly the tasks it leads or partners; --all-tasks holds all", async () => {
    const core = await install('Đài Phát thanh và Truyền hình tỉnh');
    try {
      const own = buildReportData(core.ctx, { plan: '259', period: '2020' });
      expect(own.scope).toMatchObject({ kind: 'organisation', orgName: 'Đài Phát thanh và Truyền hình tỉnh' });
      // 03 and 04 name it "Đài PTTH", III.1.2-* "Đài Phát thanh và Truyền hình Hải Dương": aliases in the directory.
      expect(own.report.tasks.map((t) => t.code)).toEqual(['03', '04', '05', 'III.1.2-a', 'III.1.2-b', 'III.1.2-c']);
      const all = buildReportData(core.ctx, { plan: '259', period: '2020', allTasks: true });
      expect(all.scope.kind).toBe('plan');
      expect(all.report.tasks.map((t) => t.code)).toEqual(ALL);
    } finally {
      core.close();
    }
  });

  it("the newspaper's report holds its tasks, and a task it has items for", async () => {
    const core = await install('Báo Hải Dương');
    try {
      expect(buildReportData(core.ctx, { plan: '259', period: '2020' }).report.tasks.map((t) => t.code)).toEqual(['02', '06', 'III.1.3']);
      const item = await core.call('items:create', {
        kind: 'article',
        outlet: 'print',
        plannedDate: '2020-06-10',
        title: 'Bài về Chỉ số CCHC',
        taskIds: [await taskIdOf(core, '09')],
      });
      await core.call('items:markDone', { id: item.id, at: '2020-06-10', issueNo: '123', page: '4' });
      const r = buildReportData(core.ctx, { plan: '259', period: '2020' });
      expect(r.report.tasks.map((t) => t.code)).toEqual(['02', '06', '09', 'III.1.3']);
      // On the sample, too: required = onTime + late + missing + notYetDue for every task and the totals.
      const json = toReportJson(r.report);
      for (const t of json.tasks) if (t.required !== null) expect(t.onTime + t.late + t.missing + t.notYetDue).toBe(t.required);
      expect(json.totals.onTime + json.totals.late + json.totals.missing + json.totals.notYetDue).toBe(json.totals.required);
    } finally {
      core.close();
    }
  });
});
