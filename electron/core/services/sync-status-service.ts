import type { CoreContext } from '../context';
import { decodeHlc } from '../../../shared/domain/hlc';
import { formatFingerprint } from '../../../shared/domain/sync/fingerprint';
import { ensureInstallKeys } from '../sync/keys';
import { listInstalls } from '../sync/trust-store';
import { listOrgs, recentEvents } from '../sync/trust-orgs';
import { listFiles } from '../sync/files-repo';
import { canWriteRow } from '../sync/owner-rule';
import * as status from '../sync/status-repo';
import * as overview from '../sync/overview-repo';
import { folderSettings } from './sync-service';
import type { SyncConflictView, SyncFileView, SyncInstallView, SyncOverview, SyncStatus } from '../../../shared/contract/sync';
import { freshnessOf } from '../../../shared/domain/sync/freshness';

export function syncStatus(ctx: CoreContext): SyncStatus {
  const me = status.installIdentity(ctx.db);
  const keys = ensureInstallKeys(ctx.db);
  const org = ctx.orgId();
  const stats = new Map(status.logStatsByInstall(ctx.db).map((s) => [s.installId, s]));
  const known = listInstalls(ctx.db);
  const installs: SyncInstallView[] = known.map((k) => {
    const s = stats.get(k.installId);
    return {
      installId: k.installId,
      orgId: k.orgId,
      orgName: k.orgName ?? status.organisationName(ctx.db, k.orgId),
      installName: k.installName,
      fingerprint: formatFingerprint(k.fingerprint),
      trust: k.trust,
      lastFile: k.lastFile,
      lastFileAt: k.lastFileAt,
      lastChangeAt: k.lastChangeAt,
      changes: s?.changes ?? 0,
      maxSeq: s?.maxSeq ?? 0,
      gaps: s ? status.gapsOf(ctx.db, k.installId) : [],
      hasOfOurs: k.lastFile ? (k.known[me.installId] ?? 0) : null,
    };
  });
  // Installs we only know through changes others passed on.
  for (const s of stats.values()) {
    if (s.installId === me.installId || known.some((k) => k.installId === s.installId)) continue;
    installs.push({
      installId: s.installId,
      orgId: s.orgId,
      orgName: status.organisationName(ctx.db, s.orgId),
      installName: null,
      fingerprint: null,
      trust: 'relayed',
      lastFile: null,
      lastFileAt: null,
      lastChangeAt: null,
      changes: s.changes,
      maxSeq: s.maxSeq,
      gaps: status.gapsOf(ctx.db, s.installId),
      hasOfOurs: null,
    });
  }
  const exp = status.exportState(ctx.db, me.installId);
  const orgs = listOrgs(ctx.db).map((o) => ({
    orgId: o.orgId,
    orgName: o.orgName ?? status.organisationName(ctx.db, o.orgId),
    trust: o.trust,
    installs: installs.filter((i) => i.orgId === o.orgId).map((i) => i.installId),
  }));
  return {
    me: {
      installId: me.installId,
      installName: me.installName,
      orgId: org,
      orgName: org ? status.organisationName(ctx.db, org) : null,
      fingerprint: formatFingerprint(keys.fingerprint),
      ourChanges: stats.get(me.installId)?.changes ?? 0,
    },
    folder: folderSettings(ctx),
    lastExportAt: exp.lastExportAt,
    unexported: exp.unexported,
    installs,
    openConflicts: status.countOpenConflicts(ctx.db),
    quarantined: status.countFiles(ctx.db, 'quarantined'),
    pendingFiles: status.countFiles(ctx.db, 'pending'),
    parked: status.countParked(ctx.db),
    orgs,
    events: recentEvents(ctx.db).map((e) => ({ at: e.at, kind: e.kind, message: e.message })),
  };
}

function hlcIso(hlc: string): string {
  return new Date(decodeHlc(hlc).ms).toISOString();
}

export function listConflicts(ctx: CoreContext): SyncConflictView[] {
  const org = ctx.orgId();
  const names = new Map(listInstalls(ctx.db).map((k) => [k.installId, k.installName]));
  const me = status.installIdentity(ctx.db);
  names.set(me.installId, me.installName);
  return status.listConflicts(ctx.db).map((c) => {
    const winner = JSON.parse(c.winner_value) as Record<string, unknown>;
    const winnerInstall = decodeHlc(c.winner_hlc).install;
    return {
      id: c.id,
      table: c.tbl,
      rowId: c.row_id,
      group: c.grp,
      kind: c.grp !== 'deleted' && winner.deleted === true && Object.keys(winner).length === 1 ? 'deleted' : 'concurrent',
      label: status.rowLabel(ctx.db, c.tbl, c.row_id),
      winner: { value: winner, hlc: c.winner_hlc, at: hlcIso(c.winner_hlc), install: winnerInstall, installName: names.get(winnerInstall) ?? null },
      loser: {
        value: JSON.parse(c.loser_value) as Record<string, unknown>,
        hlc: c.loser_hlc,
        at: hlcIso(c.loser_hlc),
        install: c.loser_install,
        installName: names.get(c.loser_install) ?? null,
      },
      canResolve: org !== null && canWriteRow(ctx.db, c.tbl, c.row_id, org),
      detectedAt: c.detected_at,
    };
  });
}

export function listQuarantine(ctx: CoreContext): SyncFileView[] {
  const orgs = new Map(listInstalls(ctx.db).map((k) => [k.installId, k.orgName]));
  return listFiles(ctx.db, 'quarantined').map((f) => ({
    fileName: f.fileName,
    install: f.installId,
    orgName: f.installId ? (orgs.get(f.installId) ?? null) : null,
    reasonCode: f.reasonCode,
    reason: f.reason,
    changes: f.changes,
    at: f.at,
  }));
}

/** Home Affairs view: every organisation's schedule and task coverage for the period, side by side. */
export function syncOverview(ctx: CoreContext, from: string, to: string): SyncOverview {
  const items = overview.itemsBetween(ctx.db, from, to);
  const totals = overview.statusTotals(ctx.db, from, to);
  const orgs = overview.orgsWithFreshness(ctx.db, ctx.orgId()).map((o) => {
    const t = totals.filter((x) => x.orgId === o.orgId);
    const sum = (pred: (s: string) => boolean) => t.filter((x) => pred(x.status)).reduce((a, x) => a + x.n, 0);
    return {
      ...o,
      freshness: freshnessOf(o, ctx.now()),
      items: items.filter((i) => i.orgId === o.orgId).map(({ orgId: _o, ...rest }) => rest),
      totals: { planned: sum(() => true), done: sum((s) => s === 'done'), cancelled: sum((s) => s === 'cancelled') },
    };
  });
  const tasks = new Map<string, SyncOverview['tasks'][number]>();
  for (const r of overview.taskCounts(ctx.db, from, to)) {
    let row = tasks.get(r.taskId);
    if (!row) tasks.set(r.taskId, (row = { taskId: r.taskId, code: r.code, title: r.title, byOrg: {} }));
    if (r.orgId) row.byOrg[r.orgId] = { planned: r.planned, done: r.done };
  }
  return { from, to, orgs, tasks: [...tasks.values()] };
}
