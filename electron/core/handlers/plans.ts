import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { plansContract } from '../../../shared/contract/plans';

export function plansHandlers(_ctx: CoreContext): DomainHandlers<typeof plansContract> {
  return {};
}
