import type { CoreContext } from '../context';
import { AppError } from '../../../shared/contract/errors';

/** Loads the built-in plan 259/KH-UBND (placeholder until the plans feature lands). */
export function loadBuiltinPlan(_ctx: CoreContext): { planId: string } {
  throw new AppError('not_found', 'Kế hoạch mẫu chưa có trong phiên bản này.');
}
