import fs from 'node:fs';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { openDatabase } from '../../electron/core/db/open';
import { ensureOrganisation, setup } from '../../electron/core/services/app-service';
import { copyPlan } from '../../electron/core/services/plans-copy';
import { listPlans, listTasks } from '../../electron/core/plans/plan-repo';
import { orgIdFromName } from '../../shared/domain/ids';
import { Rng } from '../lib/prng';
import { keyPairFromSeed } from '../lib/det-keys';
import { ORGS } from './vocab';
import { planYear, type ItemSpec, type SeriesSpec } from './year-plan';
import { makeOrgWriter, type OrgWriter } from './writers';
import { Replayer, type Action } from './replay';

export interface GenerateOptions {
  dbFile: string;
  seed: string;
  years: number;
  items: number;
  startYear?: number;
  /** The generated data's "today" (yyyy-MM-dd); default 15 November of the last year. */
  today?: string;
  log?: (line: string) => void;
  /** Write without the statement cache (slow; a test checks the cache changes nothing in the data). */
  plainWriters?: boolean;
}

export interface GenerateResult {
  dbFile: string;
  seed: string;
  startYear: number;
  years: number;
  today: string;
  items: number;
  series: number;
  plans: number;
  changes: number;
  ms: number;
  installs: Array<{ org: string; orgId: string; installId: string; publicKey: string; privateKey: string }>;
}

const BUILTIN_YEAR = 2020;

export interface InstallIdentity {
  installId: string;
  publicKey: string;
  privateKey: string;
  orgId: string;
}

/** The three installs' ids and keys, from the seed alone (the bench signs files as the station with them). */
export function installIdentities(seed: string): InstallIdentity[] {
  const idRng = new Rng(seed, 'installs');
  return ORGS.map((o) => {
    const installId = idRng.bytes32().toString('hex').slice(0, 32);
    return { installId, ...keyPairFromSeed(idRng.bytes32()), orgId: orgIdFromName(o.name) };
  });
}

function removeDb(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

/** The year's plan: the built-in one for 2020, else the built-in plan copied to that year by Home Affairs ("copy to year"). */
function ensureYearPlan(core: Core, home: OrgWriter, year: number, rng: Rng): string {
  const builtin = listPlans(core.ctx.db).find((p) => p.year === BUILTIN_YEAR && p.number.startsWith('259'));
  if (!builtin) throw new Error('built-in plan missing after setup');
  if (year === BUILTIN_YEAR) return builtin.id;
  const number = `${rng.int(80, 320)}/KH-UBND`;
  return home.act(home.profile.editors[0]!, `${year - 1}-12-01`, (ctx) => copyPlan(ctx, { id: builtin.id, year, number })).plan.id;
}

/**
 * Build a realistic database through the real core: first-run setup of the Home Affairs install (with the
 * built-in plan), the station's and the newspaper's installs, a plan per year, series and items with their
 * whole workflow history, replayed day by day through the app's services.
 */
export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  const t0 = Date.now();
  const log = opts.log ?? (() => {});
  const startYear = opts.startYear ?? BUILTIN_YEAR;
  const endYear = startYear + opts.years - 1;
  const today = opts.today ?? `${endYear}-11-15`;
  const seed = opts.seed;
  fs.mkdirSync(path.dirname(path.resolve(opts.dbFile)), { recursive: true });
  removeDb(opts.dbFile);

  const identities = installIdentities(seed);
  const clock = { ms: Date.UTC(startYear - 1, 10, 1, 1) };
  const nowMs = () => clock.ms;

  // The install row is made before the core opens it, so the ids (and keys) follow the seed.
  const db0 = openDatabase(opts.dbFile);
  db0
    .prepare('INSERT INTO install (id, install_id, install_name, created_at, public_key, private_key) VALUES (1, ?, ?, ?, ?, ?)')
    .run(identities[0]!.installId, ORGS[0]!.installName, new Date(clock.ms).toISOString(), identities[0]!.publicKey, identities[0]!.privateKey);
  db0.close();

  const core = openCore({ dbFile: opts.dbFile, now: () => new Date(clock.ms) });
  // Bench data only: no fsync while generating (a crash means generating again); the file is checkpointed at the end.
  core.ctx.db.pragma('synchronous = OFF');
  try {
    setup(core.ctx, { orgName: ORGS[0]!.name, orgShortName: ORGS[0]!.shortName, userName: ORGS[0]!.editors[0]!, role: 'editor', withSample: true });
    const writers = ORGS.map((o, i) => makeOrgWriter(core, o, identities[i]!.orgId, identities[i]!, nowMs, i === 0, opts.plainWriters === true));
    core.ctx.transact(() => {
      for (const w of writers.slice(1)) {
        w.act(w.profile.editors[0]!, `${startYear - 1}-11-01`, (ctx) => ensureOrganisation(ctx, w.profile.name, w.profile.shortName));
      }
    });

    const replay = new Replayer(core, clock, today);
    let itemCount = 0;
    let seriesCount = 0;
    const perYear = opts.items / opts.years;
    for (let year = startYear; year <= endYear; year += 1) {
      // Plans are made at the start of December the year before; items follow.
      replay.runUntil(`${year - 1}-11-30`);
      clock.ms = Math.max(clock.ms, Date.UTC(year - 1, 11, 1, 0, 30));
      const planId = core.ctx.transact(() => ensureYearPlan(core, writers[0]!, year, new Rng(seed, 'plan', year)));
      const taskIdByCode = new Map(listTasks(core.ctx.db, planId).map((t) => [t.code, t.id]));
      const target = Math.round(perYear * (year - startYear + 1)) - Math.round(perYear * (year - startYear));
      let assigned = 0;
      for (const [i, w] of writers.entries()) {
        const count = i === writers.length - 1 ? target - assigned : Math.round(target * w.profile.share);
        assigned += count;
        const spec = planYear({ seed, org: w.profile, year, count, taskIdByCode, today });
        for (const s of spec.series) replay.add(seriesAction(w, s));
        for (const it of spec.items) replay.add(createAction(w, it, today));
        seriesCount += spec.series.length;
        itemCount += spec.series.reduce((n, s) => n + s.episodes.length, 0) + spec.items.length;
      }
      log(`  ${year}: ${itemCount} items planned so far`);
    }
    replay.runUntil(today);
    const changes = (core.ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
    const items = (core.ctx.db.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n;
    const plans = (core.ctx.db.prepare('SELECT COUNT(*) AS n FROM plans').get() as { n: number }).n;
    core.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      dbFile: path.resolve(opts.dbFile),
      seed,
      startYear,
      years: opts.years,
      today,
      items,
      series: seriesCount,
      plans,
      changes,
      ms: Date.now() - t0,
      installs: writers.map((w) => ({ org: w.profile.key, orgId: w.orgId, installId: w.installId, publicKey: w.publicKey, privateKey: w.privateKey })),
    };
  } finally {
    core.close();
  }
}

function createAction(w: OrgWriter, it: ItemSpec, today: string): Action {
  const date = it.createdDate > today ? today : it.createdDate;
  return { date, run: (r) => r.createItem(w, it) };
}

function seriesAction(w: OrgWriter, s: SeriesSpec): Action {
  return { date: s.createdDate, run: (r) => r.createSeries(w, s) };
}
