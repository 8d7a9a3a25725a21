import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { syncContract } from '../../../shared/contract/sync';

export function syncHandlers(_ctx: CoreContext): DomainHandlers<typeof syncContract> {
  return {};
}
