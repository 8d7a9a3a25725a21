import { reportTotals } from '../../../shared/domain/compliance/report-json';
import type { ReportCounts } from '../../../shared/domain/compliance/counts';
import type { CoreContext } from '../context';
import * as overview from '../sync/overview-repo';
import { computeCompliance } from '../../../shared/domain/compliance/compute';
import type { Item } from '../../../shared/domain/types';
import type { ComputedPeriod } from './compliance-service';

/** One organisation's part of a whole-plan report, and how fresh the data held here about it is. */
export interface OrganisationPart {
  orgId: string;
  orgName: string;
  own: boolean;
  /** Latest change of this organisation held here (however it came); null when none. */
  lastChangeAt: string | null;
  /** Last sync file received directly from one of its installs; null when its data only came passed on. */
  lastFileAt: string | null;
  tasks: Array<{ code: string } & ReportCounts>;
  totals: ReportCounts & { required: number };
}

/**
 * The whole plan, organisation by organisation, from the data this computer has received (what Sở Nội vụ
 * reports): each organisation's items against every task, with the same arithmetic and as-of as the report.
 */
export function organisationParts(ctx: CoreContext, c: Pick<ComputedPeriod, 'plan' | 'tasks' | 'items' | 'period' | 'asOf'>): OrganisationPart[] {
  // The whole plan's items as they stood at as-of, already read: split by organisation, not read again.
  const byOrg = new Map<string, Item[]>();
  for (const i of c.items) (byOrg.get(i.orgId) ?? byOrg.set(i.orgId, []).get(i.orgId)!).push(i);
  return overview
    .orgsWithFreshness(ctx.db, ctx.orgId())
    .filter((o) => byOrg.has(o.orgId))
    .map((o) => {
      const report = computeCompliance({ plan: c.plan, tasks: c.tasks, items: byOrg.get(o.orgId)!, from: c.period.from, to: c.period.to, asOf: c.asOf });
      return {
        ...o,
        tasks: report.tasks.map((t) => ({ code: t.code, ...t.counts })),
        totals: reportTotals(report),
      };
    });
}

/**
 * A Home Affairs install: it plans nothing itself and holds other organisations' data, so its report is
 * the whole plan, per organisation (issue 16), not its own (empty) share.
 */
export function isReceivingInstall(ctx: CoreContext): boolean {
  const own = ctx.orgId();
  if (!own) return false;
  const held = overview.itemsHeld(ctx.db, own);
  return !held.mine && held.others;
}
