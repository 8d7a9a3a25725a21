import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { complianceContract } from '../../../shared/contract/compliance';
import * as compliance from '../services/compliance-service';

export function complianceHandlers(ctx: CoreContext): DomainHandlers<typeof complianceContract> {
  return {
    'compliance:plans': () => compliance.listPlans(ctx),
    'compliance:view': (input) => compliance.complianceView(ctx, input.planId, input),
    'compliance:items': (input) => compliance.complianceItems(ctx, input.planId, input.ids),
    'compliance:closes': (input) => compliance.monthCloses(ctx, input.planId),
    'compliance:amendments': (input) => compliance.amendments(ctx, input.planId, input.month),
    'compliance:closeMonth': (input) => compliance.closeMonth(ctx, input),
    'compliance:reopenMonth': (input) => compliance.reopenMonth(ctx, input),
  };
}
