import type { CoreContext } from '../context';
import type { LocalWrite } from '../sync/write-path';
import { AppError } from '../../../shared/contract/errors';
import { LOCAL_ORG } from '../../../shared/domain/sync/ownership';
import { rowOwner } from '../sync/owner-rule';
import { winningValues } from '../sync/materialise';
import { agencyIds, getPlan, listTasks } from '../plans/plan-repo';
import { organisationName } from '../sync/status-repo';

/** Every group of a row as it stands, written again as this organisation's (its create's `orgId` too). */
function republish(ctx: CoreContext, table: string, rowId: string, org: string): LocalWrite[] {
  return [...winningValues(ctx.db, table, rowId)].map(([group, value]) => {
    if ('orgId' in value) value.orgId = org;
    return { table, rowId, group, value, publish: true };
  });
}

/**
 * Publish a plan that is local to this install (the built-in sample): this organisation becomes its steward, and the
 * plan, its tasks and the directory entries that came with it travel in the next sync file like any plan it imported.
 * One transaction. A plan another organisation stewards cannot be published here.
 */
export function publishPlan(ctx: CoreContext, planId: string): { published: number } {
  const org = ctx.requireOrgId();
  if (!getPlan(ctx.db, planId)) throw new AppError('not_found', 'Không tìm thấy kế hoạch này.', { field: 'plan' });
  const owner = rowOwner(ctx.db, 'plans', planId);
  if (owner === org) return { published: 0 };
  if (owner !== LOCAL_ORG) {
    throw new AppError('forbidden', `Kế hoạch này do ${organisationName(ctx.db, owner ?? '') ?? 'đơn vị khác'} quản lý; chỉ đơn vị đó sửa và phát hành được.`, {
      field: 'plan',
    });
  }
  const taskIds = listTasks(ctx.db, planId).map((t) => t.id);
  const localAgencies = agencyIds(ctx.db).filter((id) => rowOwner(ctx.db, 'agencies', id) === LOCAL_ORG);
  const writes = [
    ...republish(ctx, 'plans', planId, org),
    ...taskIds.flatMap((id) => (rowOwner(ctx.db, 'plan_tasks', id) === LOCAL_ORG ? republish(ctx, 'plan_tasks', id, org) : [])),
    ...localAgencies.flatMap((id) => republish(ctx, 'agencies', id, org)),
  ];
  ctx.transact(() => ctx.write(writes));
  ctx.emit({ type: 'changed', payload: { domain: 'plans', planId } });
  return { published: 1 + taskIds.length };
}

/**
 * Hand a plan this organisation stewards, with its tasks, to another organisation (say, Sở Nội vụ takes over the
 * province's plan): from this change on, only that organisation's edits to them count on every install, and this
 * one's own are refused here. One transaction; the hand-over travels in this install's next sync file.
 */
export function transferPlan(ctx: CoreContext, planId: string, toOrgId: string): { transferred: number } {
  const org = ctx.requireOrgId();
  if (!getPlan(ctx.db, planId)) throw new AppError('not_found', 'Không tìm thấy kế hoạch này.', { field: 'plan' });
  if (rowOwner(ctx.db, 'plans', planId) !== org) {
    throw new AppError('forbidden', 'Chỉ đơn vị đang quản lý kế hoạch mới chuyển được kế hoạch cho đơn vị khác (kế hoạch mẫu: hãy phát hành trước).', {
      field: 'plan',
    });
  }
  if (toOrgId === org) throw new AppError('invalid_input', 'Kế hoạch đã do chính đơn vị này quản lý.', { field: 'to' });
  if (organisationName(ctx.db, toOrgId) === null) {
    throw new AppError('not_found', 'Không có đơn vị này trong danh sách các đơn vị máy này biết (đơn vị cần đã gửi tệp đồng bộ đến đây).', { field: 'to' });
  }
  const taskIds = listTasks(ctx.db, planId)
    .map((t) => t.id)
    .filter((id) => rowOwner(ctx.db, 'plan_tasks', id) === org);
  const steward = (table: string, rowId: string): LocalWrite => ({ table, rowId, group: 'steward', value: { stewardOrg: toOrgId } });
  ctx.transact(() => ctx.write([steward('plans', planId), ...taskIds.map((id) => steward('plan_tasks', id))]));
  ctx.emit({ type: 'changed', payload: { domain: 'plans', planId } });
  return { transferred: 1 + taskIds.length };
}
