import { useTranslation } from 'react-i18next';
import type { ItemOrg } from '../../../../shared/contract/items';
import type { ItemStatus } from '../../../../shared/domain/types';
import { useApiQuery } from '../../api/hooks';
import { useCan } from '../../app/useCan';
import './translations';

export interface Ownership {
  /** Organisations that have items (for the "Đơn vị" filter), by name. */
  orgs: ItemOrg[];
  ownOrgId: string | null;
  /** The item is this install's organisation's; the core refuses changes to the rest ("thuộc đơn vị khác"). */
  isOwn: (item: { orgId: string }) => boolean;
  /** Ours, and the current user's role plans (edit, move, delete). */
  canEdit: (item: { orgId: string }) => boolean;
  /** Ours, and the role may make this status change (a producer moves work along and marks it done). */
  canStatus: (item: { orgId: string }, to: ItemStatus) => boolean;
  /** The role may add items to the schedule. */
  canCreate: boolean;
  orgName: (orgId: string) => string;
}

/**
 * Who owns what in the schedule. Until app:info is known nothing counts as ours: hiding a button for a moment
 * is better than offering one the core will refuse.
 */
export function useOwnership(): Ownership {
  const { t } = useTranslation();
  const info = useApiQuery('app:info', {});
  const orgs = useApiQuery('items:orgs', {});
  const own = info.data?.org ?? null;
  const list = orgs.data ?? [];
  const can = useCan();
  const isOwn = (item: { orgId: string }) => own !== null && item.orgId === own.id;
  return {
    orgs: list,
    ownOrgId: own?.id ?? null,
    isOwn,
    canEdit: (item) => isOwn(item) && can('items:update'),
    canStatus: (item, to) => isOwn(item) && (to === 'done' ? can('items:markDone') : can('items:setStatus', { status: to })),
    canCreate: can('items:create'),
    orgName: (id) => list.find((o) => o.id === id)?.name ?? (own?.id === id ? own.name : null) ?? t('schedule.org.unnamed'),
  };
}
