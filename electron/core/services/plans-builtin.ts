import type { CoreContext } from '../context';
import type { ImportResult } from '../../../shared/contract/plans';
import builtinPlan from '../../../resources/plans/259-KH-UBND-2020.json';
import { planFileToParsed } from '../plans/import/json-plan';
import { applyParsed, BUILTIN_SOURCE_PREFIX } from './plans-import';

const BUILTIN_PLAN_FILE = '259-KH-UBND-2020.json';

/**
 * Loads the built-in Kế hoạch 259/KH-UBND (data in resources/plans/) through the same path as any
 * import: same deterministic ids, so loading it twice, or after importing the plan by hand, updates in place.
 * Synchronous so first-run setup can call it inside its own transaction.
 */
export function loadBuiltinPlan(ctx: CoreContext): ImportResult {
  const parsed = planFileToParsed(builtinPlan, BUILTIN_PLAN_FILE);
  return applyParsed(ctx, parsed, {}, BUILTIN_PLAN_FILE, false, `${BUILTIN_SOURCE_PREFIX}${BUILTIN_PLAN_FILE}`);
}
