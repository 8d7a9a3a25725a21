import { useTranslation } from 'react-i18next';
import type { ItemOrg } from '../../../../shared/contract/items';
import './translations';

/**
 * "Đơn vị": all organisations, or one of those that have items. Hidden while there is only one to choose
 * (a station's own install), unless a choice is already in force (so it can always be cleared).
 */
export function OrgFilter({ orgs, value, onChange }: { orgs: ItemOrg[]; value: string | null; onChange: (orgId: string | null) => void }) {
  const { t } = useTranslation();
  const unnamed = t('schedule.org.unnamed');
  if (orgs.length < 2 && !value) return null;
  const known = value === null || orgs.some((o) => o.id === value);
  return (
    <label className="org-filter">
      {t('schedule.org.label')}
      <select data-testid="org-filter" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{t('schedule.org.all')}</option>
        {orgs.map((o) => (
          <option key={o.id} value={o.id}>
            {t('schedule.org.count', { name: o.name ?? unnamed, n: o.items })}
          </option>
        ))}
        {known ? null : <option value={value}>{unnamed}</option>}
      </select>
    </label>
  );
}
