import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { reportsContract } from '../../../shared/contract/reports';

export function reportsHandlers(_ctx: CoreContext): DomainHandlers<typeof reportsContract> {
  return {};
}
