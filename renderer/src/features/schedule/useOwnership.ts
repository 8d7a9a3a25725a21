import { useTranslation } from 'react-i18next';
import type { ItemOrg } from '../../../../shared/contract/items';
import { useApiQuery } from '../../api/hooks';
import './translations';

export interface Ownership {
  /** Organisations that have items (for the "Đơn vị" filter), by name. */
  orgs: ItemOrg[];
  ownOrgId: string | null;
  /** Only this install's organisation edits its items; the core refuses the rest ("thuộc đơn vị khác"). */
  canEdit: (item: { orgId: string }) => boolean;
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
  return {
    orgs: list,
    ownOrgId: own?.id ?? null,
    canEdit: (item) => own !== null && item.orgId === own.id,
    orgName: (id) => list.find((o) => o.id === id)?.name ?? (own?.id === id ? own.name : null) ?? t('schedule.org.unnamed'),
  };
}
