import fs from 'node:fs';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { setup } from '../../electron/core/services/app-service';
import { importOptions, runFolderSync, syncIdentity } from '../../electron/core/services/sync-service';
import { exportChanges } from '../../electron/core/sync/exporter';
import { syncFolder } from '../../electron/core/sync/sync-folder';
import { readHead } from '../../electron/core/sync/file-reader';
import { checkDatabase } from '../../electron/core/db/check';
import { isSyncFileName } from '../../shared/domain/sync/file-header';
import { LOCAL_ORG } from '../../shared/domain/sync/ownership';
import { median } from '../lib/stats';
import { ORGS } from '../data/vocab';
import { missing, sig, type Figure } from './figure';
import { closeProvince, cpuMs, planProvince, runProvince, type Station } from './province-sim';

/** What the folder holds: changes summed over every file's header, and how many distinct segments among them. */
function folderHolding(folder: string): { files: number; bytes: number; changes: number; distinct: number } {
  let files = 0;
  let bytes = 0;
  let changes = 0;
  const seen = new Map<string, number>();
  for (const name of fs.readdirSync(folder)) {
    if (!isSyncFileName(name)) continue;
    const file = path.join(folder, name);
    const h = readHead(file, Number.MAX_SAFE_INTEGER).header;
    files += 1;
    bytes += fs.statSync(file).size;
    changes += h.count;
    for (const s of h.segments) seen.set(`${s.statement.install}:${s.statement.seqFrom}:${s.statement.seqTo}:${s.statement.digest}`, s.statement.count);
  }
  return { files, bytes, changes, distinct: [...seen.values()].reduce((a, b) => a + b, 0) };
}

/** A new Home Affairs PC (first-run setup with the built-in plan), pointed at nothing yet. */
function freshHomeAffairs(dir: string): Core {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const core = openCore({ dbFile: path.join(dir, 'ha.sqlite') });
  setup(core.ctx, {
    orgName: ORGS[0]!.name,
    orgShortName: ORGS[0]!.shortName,
    userName: ORGS[0]!.editors[0]!,
    role: 'editor',
    installName: 'SNV-PC-MOI',
    withSample: true,
  });
  return core;
}

/** CPU ms of a fresh Home Affairs PC's first folder sync over a copy of `folder` (its own first file goes into the copy). */
async function firstImportCpu(work: string, folder: string, tag: string): Promise<{ cpu: number; applied: number; wall: number }> {
  const copy = path.join(work, `${tag}-folder`);
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(folder, copy, { recursive: true });
  const core = freshHomeAffairs(path.join(work, tag));
  try {
    const ctx = core.ctx;
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = cpuMs();
    const w0 = performance.now();
    const r = await syncFolder(ctx.db, ctx.writer, syncIdentity(ctx), copy, importOptions(ctx, true), ctx.runImport);
    return { cpu: cpuMs() - t0, applied: r.imported.applied, wall: performance.now() - w0 };
  } finally {
    core.close();
  }
}

function openConflicts(s: Station): number {
  return (s.core!.ctx.db.prepare('SELECT COUNT(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
}

/**
 * provinceFolderCopies, provinceImportVsOriginsOnce, provinceNoopRunCpuMs: 30 organisations × 2 PCs and Home Affairs
 * (61 databases), a year each, through one shared folder with monthly runs on every PC (province-sim.ts).
 */
export async function provinceFigures(work: string, seed: string, scale: number, wanted: number, log: (s: string) => void): Promise<Figure[]> {
  const goals = { copies: { max: 2 }, first: { max: 2 }, noop: { max: 1000 } };
  const orgs = Math.max(2, Math.min(30, Math.round(wanted * Math.min(1, scale))));
  const folder = path.join(work, 'shared-folder');
  // ~100 items an organisation a year at any size: the issue's province (30 organisations) is ~3,000 items.
  const items = Math.round(100 * orgs * Math.max(1, scale));
  const stations = planProvince(path.join(work, 'dbs'), orgs, items);
  const t0 = Date.now();
  log(`  province: ${orgs} organisations × 2 PCs + Home Affairs = ${stations.length} databases, ~${items} items planned`);
  try {
    const totals = await runProvince(stations, folder, seed, log);
    const ha = stations.find((s) => s.homeAffairs)!;
    const haDb = ha.core!.ctx.db;
    const items = (haDb.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n;
    const changes = (haDb.prepare('SELECT COUNT(*) AS n FROM change_log WHERE org_id <> ?').get(LOCAL_ORG) as { n: number }).n;
    log(
      `  province year: ${((Date.now() - t0) / 1000).toFixed(0)} s wall; ${totals.runs} folder syncs (${(totals.syncCpuMs / 1000).toFixed(1)} s CPU, ${(totals.syncCpuMs / totals.runs).toFixed(0)} ms each), writing ${(totals.writeCpuMs / 1000).toFixed(1)} s CPU; ` +
        `Home Affairs holds ${items} items, ${changes} synced changes; ${totals.orgDecisions} organisation decisions; ${totals.rejected.length} files refused; ${totals.pendingAtEnd} pending at the end`,
    );
    for (const r of totals.rejected.slice(0, 5)) log(`  PROBLEM refused: ${r}`);

    // ltt check (the production check) on every database, and conflicts nobody made.
    const c0 = Date.now();
    const problems: string[] = [];
    let conflicts = 0;
    for (const s of stations) {
      const r = checkDatabase(s.core!.ctx.db);
      if (!r.ok) problems.push(`${s.name}: ${r.problems.length} (${[...new Set(r.problems.map((p) => p.code))].join(', ')})`);
      conflicts += openConflicts(s);
    }
    log(
      `  ltt check: ${problems.length === 0 ? `clean on all ${stations.length} databases` : `PROBLEMS on ${problems.length} of ${stations.length}: ${problems.slice(0, 6).join('; ')}`} (${((Date.now() - c0) / 1000).toFixed(1)} s)`,
    );
    log(
      `  conflicts: ${conflicts === 0 && totals.conflicts === 0 ? 'none, as nobody edited concurrently' : `PROBLEM: ${conflicts} open on the installs, ${totals.conflicts} reported by the runs, though nobody edited concurrently`}`,
    );

    const held = folderHolding(folder);
    log(
      `  folder: ${held.files} files, ${(held.bytes / 1048576).toFixed(2)} MB, ${held.changes} changes held, ${held.distinct} distinct (Home Affairs' log: ${changes})`,
    );

    // A run with nothing new, on the PC with the most history (Home Affairs), through the sync service.
    const noop: number[] = [];
    let noopProblem: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      ha.clock.ms += 3_600_000;
      const t = cpuMs();
      const r = await runFolderSync(ha.core!.ctx);
      noop.push(cpuMs() - t);
      if (r.applied > 0 || r.exported.files.length > 0) noopProblem = `the run was not a no-op: ${r.applied} applied, ${r.exported.files.length} files written`;
    }

    // Each origin's segments once: Home Affairs republishes every segment it holds into an empty folder (one run of
    // files per origin), the fewest files that carry them. Then a new Home Affairs PC reads each folder (alternating).
    const once = path.join(work, 'origins-once');
    exportChanges(haDb, ha.core!.ctx.writer, syncIdentity(ha.core!.ctx), { outDir: once, relay: 'all', now: () => ha.clock.ms });
    const base = folderHolding(once);
    log(`  baseline folder (each origin's segments once): ${base.files} files, ${(base.bytes / 1048576).toFixed(2)} MB, ${base.changes} changes`);
    closeProvince(stations);
    const whole: Array<{ cpu: number; applied: number; wall: number }> = [];
    const origins: Array<{ cpu: number; applied: number; wall: number }> = [];
    for (let i = 0; i < 2; i += 1) {
      whole.push(await firstImportCpu(work, folder, `fresh-whole-${i}`));
      origins.push(await firstImportCpu(work, once, `fresh-once-${i}`));
      log(
        `  new Home Affairs PC ${i + 1}: whole folder ${whole[i]!.cpu.toFixed(0)} ms CPU (${whole[i]!.wall.toFixed(0)} ms wall, ${whole[i]!.applied} applied); origins once ${origins[i]!.cpu.toFixed(0)} ms CPU (${origins[i]!.wall.toFixed(0)} ms wall, ${origins[i]!.applied} applied)`,
      );
    }
    const firstProblem = whole.some((w, i) => w.applied !== origins[i]!.applied || w.applied !== changes)
      ? `a new Home Affairs PC applied ${whole.map((w) => w.applied).join('/')} changes from the folder, ${origins.map((w) => w.applied).join('/')} from the baseline, of ${changes}`
      : null;
    const mw = median(whole.map((w) => w.cpu));
    const mo = median(origins.map((w) => w.cpu));
    const size = `${stations.length} databases, ${items} items, ${changes} changes`;
    return [
      held.distinct > 0
        ? {
            name: 'provinceFolderCopies',
            value: sig(held.changes / held.distinct),
            goal: goals.copies,
            detail: `${held.changes} changes held in ${held.files} files (${(held.bytes / 1048576).toFixed(1)} MB) ÷ ${held.distinct} distinct (${size})`,
          }
        : missing('provinceFolderCopies', goals.copies, 'the folder holds no changes'),
      firstProblem
        ? missing('provinceImportVsOriginsOnce', goals.first, firstProblem)
        : {
            name: 'provinceImportVsOriginsOnce',
            value: sig(mw / mo),
            goal: goals.first,
            detail: `CPU of a new Home Affairs PC: whole folder (${held.files} files) ${mw.toFixed(0)} ms ÷ each origin's segments once (${base.files} files) ${mo.toFixed(0)} ms; ${((mw - mo) / Math.max(1, held.files - base.files)).toFixed(1)} ms per extra file`,
          },
      noopProblem
        ? missing('provinceNoopRunCpuMs', goals.noop, noopProblem)
        : {
            name: 'provinceNoopRunCpuMs',
            value: sig(median(noop)),
            goal: goals.noop,
            unit: 'ms',
            detail: `CPU ms (not a ratio) of "Đồng bộ ngay" on Home Affairs with nothing new, ${held.files} files in the folder (runs: ${noop.map((n) => n.toFixed(0)).join(', ')} ms)`,
          },
    ];
  } finally {
    closeProvince(stations);
  }
}
