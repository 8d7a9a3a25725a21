import { AgencyIndex } from '../../../shared/domain/plan/agencies';
import { agencyKey } from '../../../shared/domain/plan/ids';
import type { Item, PlanTask } from '../../../shared/domain/types';
import type { CoreContext } from '../context';
import { listAgencies } from '../plans/plan-repo';
import { getOrganisation } from './app-service';
import { isReceivingInstall } from './report-organisations';

/** Which tasks a report covers, said in the JSON and on the document. */
export interface ReportScope {
  kind: 'organisation' | 'plan';
  /** The organisation whose report it is (null: the whole plan, every organisation's data held here). */
  orgId: string | null;
  orgName: string | null;
}

/**
 * An organisation's own tasks: those it leads or partners, its name matched through the agency
 * directory (so "Đài PTTH" and "Đài Phát thanh và Truyền hình Hải Dương" are the same station), plus
 * any task it has items for. Another agency's task is not its shortfall.
 */
export function ownTasks(ctx: CoreContext, orgName: string, tasks: readonly PlanTask[], items: readonly Item[]): PlanTask[] {
  const index = new AgencyIndex(listAgencies(ctx.db));
  const self = index.resolve(orgName);
  const selfKey = agencyKey(orgName);
  const isSelf = (name: string) => agencyKey(name) === selfKey || (self !== undefined && index.resolve(name)?.id === self.id);
  const withItems = new Set(items.flatMap((i) => i.taskIds));
  return tasks.filter((t) => withItems.has(t.id) || [...t.leads, ...t.partners].some(isSelf));
}

/**
 * Default: this install's organisation (its tasks, its items). The whole plan with `allTasks`, with no
 * organisation set up, or on an install that plans nothing itself and receives others' data (Sở Nội vụ).
 */
export function reportScope(ctx: CoreContext, allTasks: boolean): ReportScope {
  const orgId = ctx.orgId();
  const org = orgId ? getOrganisation(ctx, orgId) : null;
  if (allTasks || !orgId || !org || isReceivingInstall(ctx)) return { kind: 'plan', orgId: null, orgName: null };
  return { kind: 'organisation', orgId, orgName: org.name };
}
