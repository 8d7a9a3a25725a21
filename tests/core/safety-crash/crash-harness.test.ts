import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { checkDatabase } from '../../../electron/core/db/check';
import { exportChanges } from '../../../electron/core/sync/exporter';
import { planIdOf } from '../../../shared/domain/plan/ids';
import { tempDir } from '../db/helpers';
import { PLAN_TEXT_FILE } from '../plans/plan-259-files';
import { Expected, parseRun, type Reported, type RunLog } from './model';

/** Kills per run: CI size by default; `LTT_CRASH_KILLS=500 npx vitest run tests/core/safety-crash` for a long run. */
const KILLS = Number(process.env.LTT_CRASH_KILLS ?? 12);
const SEED = Number(process.env.LTT_CRASH_SEED ?? Date.now() % 100_000);
const PLAN_FILE = PLAN_TEXT_FILE;
const ISSUER = 'UBND tỉnh Thử nghiệm';

let writerJs = '';
let dbFile = '';
let syncDir = '';
const syncItems = new Map<string, string[]>();
afterAll(() => fs.rmSync(writerJs, { force: true }));

beforeAll(async () => {
  const out = path.resolve('.tmp', `crash-writer-${process.pid}.cjs`);
  await build({
    entryPoints: ['tests/core/safety-crash/writer.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile: out,
    logLevel: 'error',
  });
  writerJs = out;

  const root = tempDir('ltt-crash-');
  dbFile = path.join(root, 'app', 'lich-tuyen-truyen.sqlite');
  const core = openCore({ dbFile });
  await core.call('app:setup', { orgName: 'Đài Phát thanh và Truyền hình tỉnh', userName: 'Nguyễn Văn A', role: 'editor', withSample: false });
  core.close();

  // Another install (the newspaper) writes items and exports one sync file per batch.
  syncDir = path.join(root, 'sync-in');
  const other = openCore({ dbFile: path.join(root, 'bao', 'lich-tuyen-truyen.sqlite') });
  await other.call('app:setup', { orgName: 'Báo tỉnh', userName: 'Trần Thị B', role: 'editor', withSample: false });
  const org = other.ctx.requireOrgId();
  exportChanges(other.ctx.db, other.ctx.writer, { org, orgName: 'Báo tỉnh', installName: 'bao' }, { outDir: path.join(root, 'discard') });
  for (let batch = 0; batch < 4; batch += 1) {
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const item = await other.call('items:create', { kind: 'article', outlet: 'print', plannedDate: '2026-11-20', title: `Báo ${batch}-${i}` });
      ids.push(item.id);
    }
    const res = exportChanges(other.ctx.db, other.ctx.writer, { org, orgName: 'Báo tỉnh', installName: 'bao' }, { outDir: syncDir });
    for (const f of res.files) syncItems.set(path.basename(f), ids);
  }
  other.close();
}, 120_000);

/** Kill `killAfterMs` after the writer is ready, or (fromStart) after it was spawned: a kill while it opens the database. */
function runWriter(seed: number, killAfterMs: number, fromStart: boolean): Promise<{ stdout: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writerJs, dbFile, String(seed), syncDir, PLAN_FILE], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let timer: NodeJS.Timeout | undefined = fromStart ? setTimeout(() => child.kill('SIGKILL'), killAfterMs) : undefined;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!timer && stdout.includes('READY')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d: Buffer) => (stdout += `STDERR ${JSON.stringify(d.toString())}\n`));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, killed: signal === 'SIGKILL' });
    });
  });
}

function ourItems(core: Core): Map<string, { title: string; status: string; org: string }> {
  const rows = core.ctx.db.prepare('SELECT id, title, status, org_id AS org FROM items').all() as Array<{
    id: string;
    title: string;
    status: string;
    org: string;
  }>;
  return new Map(rows.map((r) => [r.id, r]));
}

/** Everything reported is there; the action in flight is there whole or not at all. Returns problems. */
function verify(core: Core, expected: Expected, run: RunLog): string[] {
  const problems: string[] = [];
  const fly: Reported | null = run.inFlight;
  const items = ourItems(core);
  for (const [id, want] of expected.items) {
    const got = items.get(id);
    if (!got) {
      problems.push(`mất mục đã báo hoàn tất: ${id} ${want.title}`);
      continue;
    }
    const titleOk = got.title === want.title || (fly?.a === 'title' && fly.id === id && got.title === fly.title);
    if (!titleOk) problems.push(`tiêu đề sai cho ${id}: "${got.title}" (chờ "${want.title}")`);
    const doneOk = want.done ? got.status === 'done' : got.status !== 'done' || (fly?.a === 'done' && fly.id === id);
    if (!doneOk) problems.push(`trạng thái sai cho ${id}: ${got.status}`);
  }
  const strayTitles = [...items.entries()].filter(([id, i]) => i.title.startsWith('Crash ') && !expected.items.has(id)).map(([, i]) => i.title);
  if (strayTitles.length > 1 || (strayTitles.length === 1 && !(fly?.a === 'create' && fly.title === strayTitles[0])))
    problems.push(`mục lạ không được báo: ${strayTitles.join(', ')}`);

  const plans = core.ctx.db
    .prepare('SELECT p.id, (SELECT COUNT(*) FROM plan_tasks t WHERE t.plan_id = p.id) AS tasks FROM plans p WHERE p.issuer = ?')
    .all(ISSUER) as Array<{ id: string; tasks: number }>;
  const flyPlan = fly?.a === 'plan' ? planIdOf(ISSUER, fly.number!, 2026) : null;
  for (const p of plans) {
    if (!expected.plans.has(p.id) && p.id !== flyPlan) problems.push(`kế hoạch lạ: ${p.id}`);
    if (p.tasks !== 10) problems.push(`kế hoạch ${p.id} có ${p.tasks}/10 nhiệm vụ (nửa chừng)`);
  }
  for (const id of expected.plans) if (!plans.some((p) => p.id === id)) problems.push(`mất kế hoạch đã báo hoàn tất: ${id}`);

  for (const [file, ids] of syncItems) {
    const present = ids.filter((id) => items.has(id)).length;
    if (expected.syncFiles.has(file) && present !== ids.length) problems.push(`tệp đồng bộ ${file} đã báo nhập nhưng chỉ có ${present}/${ids.length} mục`);
    if (present !== 0 && present !== ids.length) problems.push(`tệp đồng bộ ${file} nhập dở: ${present}/${ids.length} mục`);
    if (!expected.syncFiles.has(file) && present > 0 && !(fly?.a === 'sync' && fly.file === file)) problems.push(`mục của ${file} có mặt dù chưa nhập`);
  }
  return problems;
}

describe('crash harness: SIGKILL at random moments', () => {
  it(`${KILLS} kills: the database opens, passes check, keeps every reported action and no half action`, async () => {
    const expected = new Expected();
    const problems: string[] = [];
    let prng = SEED || 1;
    const next = (n: number): number => {
      prng = (prng * 1103515245 + 12345) % 2 ** 31;
      return prng % n;
    };
    let killed = 0;
    for (let k = 0; k < KILLS; k += 1) {
      const fromStart = next(5) === 0;
      const { stdout, killed: wasKilled } = await runWriter(SEED * 1000 + k, fromStart ? next(4000) : 20 + next(2000), fromStart);
      const run = parseRun(stdout);
      if (run.fatal) problems.push(`lần ${k}: tiến trình ghi lỗi: ${run.fatal}`);
      if (wasKilled) killed += 1;
      for (const r of run.done) expected.apply(r);

      let core: Core | null = null;
      try {
        core = openCore({ dbFile });
        const check = checkDatabase(core.ctx.db);
        if (!check.ok) problems.push(`lần ${k}: check: ${check.problems.map((p) => p.message).join(' | ')}`);
        for (const p of verify(core, expected, run)) problems.push(`lần ${k}: ${p}`);
        // Fold the in-flight action into the model when it did commit, so later runs expect it.
        if (run.inFlight?.a === 'create') {
          const hit = [...ourItems(core).entries()].find(([id, i]) => i.title === run.inFlight!.title && !expected.items.has(id));
          if (hit) expected.apply({ ...run.inFlight, id: hit[0] });
        } else if (run.inFlight?.a === 'done' && ourItems(core).get(run.inFlight.id!)?.status === 'done') expected.apply(run.inFlight);
        else if (run.inFlight?.a === 'title' && ourItems(core).get(run.inFlight.id!)?.title === run.inFlight.title) expected.apply(run.inFlight);
        else if (run.inFlight?.a === 'plan') {
          const id = planIdOf(ISSUER, run.inFlight.number!, 2026);
          if (core.ctx.db.prepare('SELECT 1 FROM plans WHERE id = ?').get(id)) expected.apply({ ...run.inFlight, planId: id });
        } else if (run.inFlight?.a === 'sync') {
          const ids = syncItems.get(run.inFlight.file!) ?? [];
          const items = ourItems(core);
          if (ids.length > 0 && ids.every((id) => items.has(id))) expected.apply(run.inFlight);
        }
      } catch (error) {
        problems.push(`lần ${k}: không mở được cơ sở dữ liệu sau khi bị giết: ${(error as Error).message}`);
      } finally {
        core?.close();
      }
    }
    console.log(
      `crash harness: ${KILLS} runs, ${killed} SIGKILLs, ${expected.completed} actions reported complete ${JSON.stringify(expected.byKind)}, seed ${SEED}, ${problems.length} problems`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(killed).toBeGreaterThan(KILLS / 2);
    expect(expected.completed).toBeGreaterThan(0);
  }, 900_000);
});
