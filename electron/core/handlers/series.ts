import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { seriesContract } from '../../../shared/contract/series';

export function seriesHandlers(_ctx: CoreContext): DomainHandlers<typeof seriesContract> {
  return {};
}
