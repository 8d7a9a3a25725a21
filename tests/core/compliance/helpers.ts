import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../../electron/core/core';
import { monthEnd, monthStart } from '../../../shared/domain/dates';
import type { Cadence } from '../../../shared/domain/types';

export const PLAN_ID = 'plan-259-test';

export interface TaskSpec {
  code: string;
  cadence: Cadence;
  title?: string;
}

const MONTHLY_2020: Cadence = {
  kind: 'windows',
  windows: Array.from({ length: 12 }, (_, i) => ({ from: monthStart(2020, i + 1), to: monthEnd(2020, i + 1), count: 1 })),
};

/** A small plan like 259/KH-UBND: one-off May article, Sep–Oct talk show, monthly column, an ongoing duty. */
const TASKS: TaskSpec[] = [
  { code: '01', cadence: { kind: 'ongoing' }, title: 'Tuyên truyền trong nội bộ' },
  { code: '02', cadence: { kind: 'windows', windows: [{ from: '2020-05-01', to: '2020-05-31', count: 1 }] }, title: 'Bài viết về ISO' },
  { code: '03', cadence: { kind: 'windows', windows: [{ from: '2020-09-01', to: '2020-10-31', count: 1 }] }, title: 'Tọa đàm CCHC' },
  { code: '05', cadence: MONTHLY_2020, title: 'Chuyên mục CCHC trên sóng PT-TH' },
];

export const taskId = (code: string) => `${PLAN_ID}-task-${code}`;

export interface ComplianceCore {
  core: Core;
  dir: string;
  dbFile: string;
  setNow(iso: string): void;
  cleanup(): void;
}

/** A real core on a temp SQLite file, set up (editor), with the plan written through the synced write path. */
export async function complianceCore(opts: { now?: string; role?: 'editor' | 'producer' } = {}): Promise<ComplianceCore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-compliance-'));
  const dbFile = path.join(dir, 'ltt.sqlite');
  let now = new Date(opts.now ?? '2020-12-31T03:00:00.000Z');
  const core = openCore({ dbFile, dataDir: path.join(dir, 'data'), now: () => now });
  await core.call('app:setup', { orgName: 'Đài Phát thanh và Truyền hình tỉnh', userName: 'Nguyễn Văn An', role: opts.role ?? 'editor', withSample: false });
  seedPlan(core);
  return {
    core,
    dir,
    dbFile,
    setNow: (iso) => (now = new Date(iso)),
    cleanup: () => {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function seedPlan(core: Core, tasks: TaskSpec[] = TASKS, planId = PLAN_ID, number = '259/KH-UBND'): void {
  const ctx = core.ctx;
  const orgId = ctx.requireOrgId();
  ctx.transact(() =>
    ctx.write([
      { table: 'plans', rowId: planId, group: 'create', value: { orgId, year: 2020, createdAt: '2020-02-01T00:00:00.000Z' } },
      {
        table: 'plans',
        rowId: planId,
        group: 'meta',
        value: { issuer: 'UBND tỉnh Hải Dương', number, date: '2020-01-31', title: 'Kế hoạch tuyên truyền CCHC năm 2020', basedOn: [], source: null },
      },
      ...tasks.flatMap((t, i) => {
        const rowId = planId === PLAN_ID ? taskId(t.code) : `${planId}-task-${t.code}`;
        return [
          { table: 'plan_tasks', rowId, group: 'create', value: { orgId, planId } },
          { table: 'plan_tasks', rowId, group: 'content', value: { code: t.code, title: t.title ?? `Nhiệm vụ ${t.code}`, product: 'Sản phẩm' } },
          { table: 'plan_tasks', rowId, group: 'agencies', value: { leads: [], partners: [] } },
          { table: 'plan_tasks', rowId, group: 'timing', value: { timeframe: '', cadence: t.cadence, cadenceOverridden: false } },
          { table: 'plan_tasks', rowId, group: 'order', value: { sortOrder: i + 1 } },
        ];
      }),
    ]),
  );
}

export async function addItem(
  core: Core,
  spec: { codes: string[]; planned: string; title?: string; kind?: 'segment' | 'article' | 'talkshow'; outlet?: 'tv' | 'radio' | 'print'; time?: string },
): Promise<string> {
  const item = await core.call('items:create', {
    kind: spec.kind ?? 'segment',
    outlet: spec.outlet ?? 'tv',
    plannedDate: spec.planned,
    plannedTime: spec.time ?? null,
    title: spec.title ?? `Kỳ ${spec.planned}`,
    taskIds: spec.codes.map(taskId),
  });
  return item.id;
}
