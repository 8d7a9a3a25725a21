import fs from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import type { Core } from '../../electron/core/core';
import { openDatabase } from '../../electron/core/db/open';
import { gridRange } from '../../shared/domain/schedule/month-grid';
import { medianTime, pairedMedians, timeIt, median } from '../lib/stats';
import { missing, ratio, type Figure } from './figure';
import { planOfYear } from './targets';
import { itemsForTasks } from '../../electron/core/compliance/items-source';

async function ok(core: Core, channel: string, input: unknown): Promise<unknown> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
  return r.result;
}

/** monthQueryScaling: the month view's query (items:list over the calendar grid, as the screen asks) at 100k ÷ 10k. */
export async function monthFigure(small: Core, big: Core, year: number, month: number, reps: number): Promise<Figure> {
  const goal = { max: 1.5 };
  const filter = gridRange(year, month);
  try {
    const m = await pairedMedians(
      () => ok(small, 'items:list', { filter }),
      () => ok(big, 'items:list', { filter }),
      reps,
      3,
    );
    const na = ((await ok(small, 'items:list', { filter })) as unknown[]).length;
    const nb = ((await ok(big, 'items:list', { filter })) as unknown[]).length;
    const f = ratio('monthQueryScaling', m.b, m.a, goal, 'ms');
    return { ...f, detail: `${year}-${String(month).padStart(2, '0')} (${nb} vs ${na} items): ${m.b.toFixed(2)} ms at 100k ÷ ${m.a.toFixed(2)} ms at 10k` };
  } catch (e) {
    return missing('monthQueryScaling', goal, (e as Error).message);
  }
}

/**
 * Close the year's months before `asOf` (as editors do month by month) for the duration of `fn`, then roll back:
 * the cached dataset stays as generated. A closed month makes the matrix list amendments made after the close.
 */
async function withClosedMonths<T>(core: Core, planId: string, year: number, asOf: string, fn: () => Promise<T>): Promise<T> {
  core.ctx.db.exec('BEGIN');
  try {
    const upTo = asOf.startsWith(`${year}-`) ? Number(asOf.slice(5, 7)) - 1 : 12;
    for (let m = 1; m <= upTo; m += 1) await ok(core, 'compliance:closeMonth', { planId, month: `${year}-${String(m).padStart(2, '0')}`, note: '' });
    return await fn();
  } finally {
    core.ctx.db.exec('ROLLBACK');
  }
}

/** complianceScaling: the year's against-the-plan matrix (compliance:view, by month, earlier months closed) at 100k ÷ 10k. */
export async function complianceFigure(small: Core, big: Core, year: number, asOf: string, reps: number): Promise<Figure> {
  const goal = { max: 2 };
  try {
    const planIds = [small, big].map((core) => {
      const planId = planOfYear(core, year);
      if (!planId) throw new Error(`no plan for ${year}`);
      return planId;
    });
    const view = (core: Core, planId: string) => () => ok(core, 'compliance:view', { planId, period: String(year), asOf, granularity: 'month' });
    const m = await withClosedMonths(small, planIds[0]!, year, asOf, () =>
      withClosedMonths(big, planIds[1]!, year, asOf, () => pairedMedians(view(small, planIds[0]!), view(big, planIds[1]!), reps, 2)),
    );
    const f = ratio('complianceScaling', m.b, m.a, goal, 'ms');
    return { ...f, detail: `year ${year}, months before ${asOf.slice(0, 7)} closed: ${m.b.toFixed(1)} ms at 100k ÷ ${m.a.toFixed(1)} ms at 10k` };
  } catch (e) {
    return missing('complianceScaling', goal, (e as Error).message);
  }
}

/** reportVsRead: the year's XLSX + DOCX (reports:export) ÷ reading the same rows (the plan's items of the year) from SQLite. */
export async function reportFigure(core: Core, year: number, asOf: string, reps: number, log: (s: string) => void): Promise<Figure> {
  const goal = { max: 20, note: 'report only; keep under 20' };
  try {
    const planId = planOfYear(core, year);
    if (!planId) throw new Error(`no plan for ${year}`);
    const tasks = (core.ctx.db.prepare('SELECT id FROM plan_tasks WHERE plan_id = ?').all(planId) as Array<{ id: string }>).map((t) => t.id);
    let rows = 0;
    (globalThis as { gc?: () => void }).gc?.();
    // The baseline is the compliance read the report itself starts from: the plan's items of the year, as Items.
    const base = await medianTime(() => (rows = itemsForTasks(core.ctx.db, tasks, `${year}-01-01`, `${year}-12-31`).length), reps * 3, 2);
    const both = (period: string) => async () => {
      const files: string[] = [];
      for (const format of ['xlsx', 'docx']) {
        const r = (await ok(core, 'reports:export', { planId, period, asOf, reportDate: asOf, format })) as { filePath: string };
        files.push(r.filePath);
      }
      for (const f of files) fs.rmSync(f, { force: true });
    };
    // Warm up on one month (loads the document libraries), then time the whole year.
    await both(`${year}-01`)();
    const rep = await medianTime(both(String(year)), reps, 0);
    log(`  report: year ${year} XLSX+DOCX ${rep.runs.map((x) => x.toFixed(0)).join('/')} ms`);
    const f = ratio('reportVsRead', rep.median, base.median, goal, 'ms');
    return { ...f, detail: `${rows} rows: XLSX+DOCX ${rep.median.toFixed(0)} ms ÷ read ${base.median.toFixed(1)} ms` };
  } catch (e) {
    return missing('reportVsRead', goal, (e as Error).message);
  }
}

/** openScaling: openDatabase (pragmas, checks) of the 100k database ÷ an empty one. */
export async function openFigure(work: string, bigDb: string, reps: number): Promise<Figure> {
  const goal = { max: 2 };
  try {
    const empty = path.join(work, 'empty', 'empty.sqlite');
    fs.rmSync(path.dirname(empty), { recursive: true, force: true });
    openDatabase(empty).close();
    const once = (file: string) => timeIt(() => openDatabase(file).close());
    const e: number[] = [];
    const b: number[] = [];
    await once(empty);
    await once(bigDb);
    for (let i = 0; i < reps; i += 1) {
      e.push(await once(empty));
      b.push(await once(bigDb));
    }
    const f = ratio('openScaling', median(b), median(e), goal, 'ms');
    const mb = (fs.statSync(bigDb).size / 1048576).toFixed(0);
    // Diagnosis: how much of the open is PRAGMA quick_check (it reads every page).
    const qc = await timeIt(() => {
      const db = new Database(bigDb, { readonly: true });
      db.pragma('quick_check');
      db.close();
    });
    return {
      ...f,
      detail: `open ${mb} MB file ${median(b).toFixed(0)} ms ÷ empty ${median(e).toFixed(1)} ms; PRAGMA quick_check alone on the big file: ${qc.toFixed(0)} ms`,
    };
  } catch (e) {
    return missing('openScaling', goal, (e as Error).message);
  }
}
