import fs from 'node:fs';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { setup } from '../../electron/core/services/app-service';
import { decideOrgTrust, importOptions, runFolderSync, setFolder, syncIdentity } from '../../electron/core/services/sync-service';
import { syncFolder, type FolderSyncResult } from '../../electron/core/sync/sync-folder';
import { ensureInstallKeys } from '../../electron/core/sync/keys';
import { listOrgs } from '../../electron/core/sync/trust-orgs';
import { orgIdFromName } from '../../shared/domain/ids';
import { planYear } from '../data/year-plan';
import { makeOrgWriter, type OrgWriter } from '../data/writers';
import { Replayer } from '../data/replay';
import { ORGS, type OrgProfile } from '../data/vocab';
import { provinceOrgs } from './province-orgs';

const PROVINCE_YEAR = 2025;

/** One PC of the province: its own database, clock and generated year, replayed month by month. */
export interface Station {
  name: string;
  orgId: string;
  orgName: string;
  homeAffairs: boolean;
  /** A second PC of its organisation: it joins by a first sync, then its setup finds the organisation already there. */
  joins: boolean;
  dbFile: string;
  clock: { ms: number };
  core: Core | null;
  writer: OrgWriter | null;
  replay: Replayer | null;
  profile: OrgProfile;
  items: number;
}

export interface ProvinceTotals {
  runs: number;
  applied: number;
  conflicts: number;
  rejected: string[];
  pendingAtEnd: number;
  orgDecisions: number;
  exportedFiles: number;
  /** CPU ms of the sync runs (export + import), all installs. */
  syncCpuMs: number;
  writeCpuMs: number;
}

export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The installs: 1 Home Affairs + 2 PCs for each of `orgs` organisations; ~`items` items in all over the year. */
export function planProvince(dir: string, orgs: number, items: number): Station[] {
  const list = provinceOrgs(orgs);
  const ha = ORGS[0]!;
  const weights = 1 + list.reduce((n, o) => n + o.weight * o.pcs.length, 0);
  const per = items / weights;
  const out: Station[] = [];
  const add = (profile: OrgProfile, orgName: string, weight: number, homeAffairs: boolean, joins: boolean) =>
    out.push({
      name: profile.installName,
      orgId: orgIdFromName(orgName),
      orgName,
      homeAffairs,
      joins,
      dbFile: path.join(dir, `${String(out.length).padStart(2, '0')}-${profile.installName}.sqlite`),
      clock: { ms: Date.UTC(PROVINCE_YEAR - 1, 10, 15, 1) },
      core: null,
      writer: null,
      replay: null,
      profile,
      items: Math.max(1, Math.round(per * weight)),
    });
  for (const o of list) o.pcs.forEach((pc, k) => add(pc, o.name, o.weight, false, k > 0));
  add(ha, ha.name, 1, true, false);
  return out;
}

function open(s: Station, seed: string): void {
  const core = openCore({ dbFile: s.dbFile, now: () => new Date(s.clock.ms) });
  // The simulated year only (like the generator): no fsync per commit, or 60 PCs' year takes the disk's time, not the
  // engine's. The measured first imports run on fresh databases with the app's own settings.
  core.ctx.db.pragma('synchronous = OFF');
  s.core = core;
  const keys = ensureInstallKeys(core.ctx.db);
  s.writer = makeOrgWriter(
    core,
    s.profile,
    s.orgId,
    { installId: core.ctx.installId, publicKey: keys.publicKey, privateKey: keys.privateKey },
    () => s.clock.ms,
    true,
  );
  s.replay = new Replayer(core, s.clock, `${PROVINCE_YEAR}-12-31`);
  const spec = planYear({ seed, org: s.profile, year: PROVINCE_YEAR, count: s.items, taskIdByCode: new Map(), today: `${PROVINCE_YEAR}-12-31` });
  // The yearly columns (the station's, the newspaper's) come on top of the count: what the PC really holds is counted at the end.
  for (const ser of spec.series) s.replay.add({ date: ser.createdDate, run: (r) => r.createSeries(s.writer!, ser) });
  for (const it of spec.items) s.replay.add({ date: it.createdDate, run: (r) => r.createItem(s.writer!, it) });
}

function setUp(s: Station, folder: string): void {
  const ctx = s.core!.ctx;
  setup(ctx, { orgName: s.orgName, orgShortName: s.profile.shortName, userName: s.profile.editors[0]!, role: 'editor', installName: s.name, withSample: true });
  setFolder(ctx, { path: folder, intervalMinutes: 0, onStart: false });
}

/** One "Đồng bộ ngay": Home Affairs through the sync service (a person decides on organisations), the offices trusting every PC of the province. */
async function syncOnce(s: Station, folder: string, totals: ProvinceTotals): Promise<FolderSyncResult['imported']> {
  const ctx = s.core!.ctx;
  const t0 = cpuMs();
  let imported: FolderSyncResult['imported'];
  if (s.homeAffairs) {
    const r = await runFolderSync(ctx);
    totals.exportedFiles += r.exported.files.length;
    imported = {
      applied: r.applied,
      duplicates: r.duplicates,
      conflicts: r.conflicts,
      pending: r.pending,
      rejected: r.rejected.map((x) => ({ ...x, code: '' })),
      files: [],
    };
    // Home Affairs' first run: one decision per organisation, never per PC (trust-actions.ts acceptOrg).
    for (const o of listOrgs(ctx.db).filter((x) => x.trust === 'pending')) {
      const d = await decideOrgTrust(ctx, o.orgId, true);
      totals.orgDecisions += 1;
      imported.applied += d.applied;
      imported.conflicts += d.conflicts;
      imported.rejected.push(...d.rejected.map((x) => ({ ...x, code: '' })));
    }
  } else {
    const identity = s.joins && !ctx.orgId() ? { org: s.orgId, orgName: s.orgName, installName: s.name } : syncIdentity(ctx);
    const r = await syncFolder(ctx.db, ctx.writer, identity, folder, importOptions(ctx, true), ctx.runImport);
    totals.exportedFiles += r.exported.files.length;
    imported = r.imported;
  }
  totals.syncCpuMs += cpuMs() - t0;
  totals.runs += 1;
  totals.applied += imported.applied;
  totals.conflicts += imported.conflicts;
  totals.rejected.push(...imported.rejected.map((x) => `${s.name}: ${path.basename(x.file)}: ${x.reason}`));
  return imported;
}

function monthEnd(m: number): string {
  // m = 0: December of the year before (setup, the columns and early items); 1..12: the year's months.
  if (m === 0) return `${PROVINCE_YEAR - 1}-12-31`;
  return new Date(Date.UTC(PROVINCE_YEAR, m, 0)).toISOString().slice(0, 10);
}

/**
 * A year of the province through one shared folder: every month each PC writes its month's items and then runs the
 * production folder sync, in the same order every month (offices, then Home Affairs). A last round with nothing new
 * lets every PC hold everything.
 */
export async function runProvince(stations: Station[], folder: string, seed: string, log: (s: string) => void): Promise<ProvinceTotals> {
  fs.mkdirSync(folder, { recursive: true });
  const totals: ProvinceTotals = {
    runs: 0,
    applied: 0,
    conflicts: 0,
    rejected: [],
    pendingAtEnd: 0,
    orgDecisions: 0,
    exportedFiles: 0,
    syncCpuMs: 0,
    writeCpuMs: 0,
  };
  for (const s of stations) open(s, seed);
  for (let m = 0; m <= 13; m += 1) {
    const t0 = Date.now();
    for (const [i, s] of stations.entries()) {
      if (m === 0 && s.joins) {
        // A second PC joins: a first sync brings its organisation's row, then its setup finds it there.
        s.clock.ms = Math.max(s.clock.ms, Date.parse(`${monthEnd(0)}T09:00:00Z`) + i * 5000);
        await syncOnce(s, folder, totals);
        setUp(s, folder);
      }
      if (m <= 12) {
        const w0 = cpuMs();
        if (m === 0 && !s.joins) setUp(s, folder);
        s.replay!.runUntil(monthEnd(m));
        s.core!.ctx.writer.resync();
        totals.writeCpuMs += cpuMs() - w0;
      }
      // The run happens the next morning, each PC a few seconds after the one before.
      const end = monthEnd(Math.min(m, 12));
      s.clock.ms = Math.max(s.clock.ms, Date.parse(`${end}T10:00:00Z`) + (m === 13 ? 86_400_000 : 0) + i * 5000);
      const r = await syncOnce(s, folder, totals);
      if (m === 13) totals.pendingAtEnd += r.pending.length;
    }
    log(
      `  province ${m === 0 ? `${PROVINCE_YEAR - 1}-12` : m === 13 ? 'last round' : monthEnd(m).slice(0, 7)}: ${stations.length} runs, ${fs.readdirSync(folder).length} files in the folder, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  return totals;
}

export function closeProvince(stations: readonly Station[]): void {
  for (const s of stations) {
    s.core?.close();
    s.core = null;
  }
}
