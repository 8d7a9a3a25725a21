import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { toReportJson } from '../../../shared/domain/compliance/report-json';
import { buildReportData } from '../../../electron/core/services/compliance-report-data';
import { exportNow, importPaths } from '../../../electron/core/services/sync-service';

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

/** An item of one task of the plan, marked done on its planned day (with the newspaper's issue and page when given). */
async function addDone(
  core: Core,
  task: string,
  item: { kind: 'segment' | 'article'; outlet: 'tv' | 'print'; plannedDate: string; title: string },
  done: { issueNo?: string; page?: string } = {},
): Promise<void> {
  const { id } = await core.call('items:create', { ...item, taskIds: [await taskIdOf(core, task)] });
  await core.call('items:markDone', { id, at: item.plannedDate, ...done });
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
      await addDone(core, '09', { kind: 'article', outlet: 'print', plannedDate: '2020-06-10', title: 'Bài về Chỉ số CCHC' }, { issueNo: '123', page: '4' });
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

  it('a Home Affairs install reports the whole plan, per organisation, from the files it received, with how fresh each is', async () => {
    const station = await install('Đài Phát thanh và Truyền hình tỉnh');
    const paper = await install('Báo Hải Dương');
    const home = await install('Sở Nội vụ');
    try {
      await addDone(station, '05', { kind: 'segment', outlet: 'tv', plannedDate: '2020-05-18', title: 'Chuyên mục CCHC tháng 5' });
      await addDone(
        paper,
        '02',
        { kind: 'article', outlet: 'print', plannedDate: '2020-05-20', title: 'ISO trong cơ quan hành chính' },
        { issueNo: '12', page: '3' },
      );
      const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-scope-sync-'));
      dirs.push(outDir);
      const files = [...exportNow(station.ctx, outDir).files, ...exportNow(paper.ctx, outDir).files];
      await importPaths(home.ctx, files, true);

      const r = buildReportData(home.ctx, { plan: '259', period: '2020' });
      expect(r.scope.kind).toBe('plan');
      expect(r.report.tasks.map((t) => t.code)).toEqual(ALL);
      const byName = new Map(r.organisations.map((o) => [o.orgName, o]));
      expect([...byName.keys()].sort()).toEqual(['Báo Hải Dương', 'Đài Phát thanh và Truyền hình tỉnh']);
      expect(byName.get('Đài Phát thanh và Truyền hình tỉnh')!.tasks.find((t) => t.code === '05')).toMatchObject({ required: 12, onTime: 1 });
      expect(byName.get('Báo Hải Dương')!.tasks.find((t) => t.code === '02')).toMatchObject({ required: 1, onTime: 1 });
      for (const o of r.organisations) {
        expect(o.lastFileAt).not.toBeNull();
        expect(o.totals.onTime + o.totals.late + o.totals.missing + o.totals.notYetDue).toBe(o.totals.required);
      }
      // The document says the same, organisation by organisation, with how fresh each one's data is.
      const preview = await home.call('reports:preview', { planId: r.plan.id, period: '2020' });
      expect(preview.document.results.organisationHeading).toBe('Kết quả theo từng đơn vị (theo số liệu đã nhận):');
      expect(preview.document.results.organisations).toHaveLength(2);
      expect(preview.document.results.organisations[1]).toMatch(
        /^Đài Phát thanh và Truyền hình tỉnh: theo yêu cầu \d+, gồm đúng hạn 1; .*\(số liệu cập nhật đến ngày \d{2}\/\d{2}\/\d{4}\)\.$/,
      );
      // Both organisations together in the plan's own numbers.
      expect(r.report.tasks.find((t) => t.code === '02')!.counts.onTime).toBe(1);
      expect(r.report.tasks.find((t) => t.code === '05')!.counts.onTime).toBe(1);
    } finally {
      station.close();
      paper.close();
      home.close();
    }
  }, 60_000);
});
