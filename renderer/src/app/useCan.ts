import type { Channel } from '../../../shared/contract';
import { can } from '../../../shared/contract/roles';
import { useApiQuery } from '../api/hooks';

/**
 * What the current user's role allows, by the same rule the core enforces (shared/contract/roles.ts): the screens
 * hide what would be refused. Until app:info is known nothing is allowed (a button hidden for a moment is better
 * than one the core refuses).
 */
export function useCan(): (channel: Channel, input?: unknown) => boolean {
  const info = useApiQuery('app:info', {});
  const role = info.data?.user?.role;
  return (channel, input) => (info.data ? can(role, channel, input) : false);
}
