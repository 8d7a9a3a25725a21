import type { CoreContext } from '../context';
import type { PlanDetail } from '../../../shared/contract/plans';
import { AppError } from '../../../shared/contract/errors';
import { copyPlanToYear } from '../../../shared/domain/plan/copy-to-year';
import { normalisePlanNumber } from '../../../shared/domain/plan/ids';
import { getPlan, listTasks } from '../plans/plan-repo';
import { planCreateWrites, taskCreateWrites } from '../plans/plan-writes';
import { sortTasks } from '../plans/views';
import { requirePlan, requirePlanDetail } from './plans-service';

/**
 * Copies a plan to another year as a new plan owned by this install's organisation: windows move
 * to that year, the number is left empty for the user unless given. Refuses to overwrite a plan
 * that already exists for that year.
 */
export function copyPlan(ctx: CoreContext, input: { id: string; year: number; number?: string | undefined }): PlanDetail {
  const orgId = ctx.requireOrgId();
  const newId = ctx.transact(() => {
    const source = requirePlan(ctx, input.id);
    if (input.year === source.year) {
      throw new AppError('invalid_input', `Kế hoạch đã là của năm ${source.year}; hãy chọn năm khác để sao chép.`, { field: 'year' });
    }
    const number = input.number?.trim() ? normalisePlanNumber(input.number) : '';
    const copy = copyPlanToYear(source, sortTasks(listTasks(ctx.db, source.id)), input.year, number);
    const existing = getPlan(ctx.db, copy.plan.id);
    if (existing) {
      throw new AppError(
        'conflict',
        `Đã có bản kế hoạch năm ${input.year} sao từ kế hoạch này${existing.number ? ` (số ${existing.number})` : ''}. Hãy mở bản đó để sửa.`,
        { field: 'year', planId: existing.id },
      );
    }
    ctx.write([...planCreateWrites(orgId, copy.plan, ctx.now().toISOString(), `copy:${source.id}`), ...copy.tasks.flatMap((t) => taskCreateWrites(orgId, t))]);
    return copy.plan.id;
  });
  ctx.emit({ type: 'changed', payload: { domain: 'plans', planId: newId } });
  return requirePlanDetail(ctx, newId);
}
