import type { CoreContext } from '../context';
import { publishPlan, transferPlan } from '../services/plans-publish';
import type { DomainHandlers } from './types';
import type { plansContract } from '../../../shared/contract/plans';
import * as plans from '../services/plans-service';
import * as agencies from '../services/plans-agencies';
import { importPlan, previewImport } from '../services/plans-import';
import { loadBuiltinPlan } from '../services/plans-builtin';
import { copyPlan } from '../services/plans-copy';
import { planSummaries } from '../plans/views';

/** Plans and the agency directory: thin mapping from channels to services. */
export function plansHandlers(ctx: CoreContext): DomainHandlers<typeof plansContract> {
  return {
    'plans:list': () => planSummaries(ctx.db),
    'plans:get': ({ id }) => plans.requirePlanDetail(ctx, id),
    'plans:find': ({ ref, taskCode }) => plans.findPlanAndTask(ctx, ref, taskCode),
    'plans:previewImport': (input) => previewImport(ctx, input),
    'plans:import': (input) => importPlan(ctx, input),
    'plans:loadBuiltin': () => loadBuiltinPlan(ctx),
    'plans:update': (input) => plans.updatePlan(ctx, input),
    'plans:updateTask': (input) => plans.updateTask(ctx, input),
    'plans:setCadence': ({ id, cadence }) => plans.setCadence(ctx, id, cadence),
    'plans:copyToYear': (input) => copyPlan(ctx, input),
    'plans:delete': ({ id }) => plans.deletePlan(ctx, id),
    'plans:publish': ({ id }) => publishPlan(ctx, id),
    'plans:transfer': ({ id, toOrgId }) => transferPlan(ctx, id, toOrgId),
    'plans:export': ({ id }) => plans.exportPlan(ctx, id),
    'agencies:list': () => agencies.listAgencyViews(ctx),
    'agencies:add': ({ name, aliases }) => agencies.addAgency(ctx, name, aliases),
    'agencies:rename': ({ id, name }) => agencies.renameAgency(ctx, id, name),
    'agencies:setAliases': ({ id, aliases }) => agencies.setAgencyAliases(ctx, id, aliases),
    'agencies:merge': ({ sourceId, targetId }) => agencies.mergeAgencies(ctx, sourceId, targetId),
  };
}
