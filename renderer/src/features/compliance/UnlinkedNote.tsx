import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { href } from '../../app/router';

/**
 * Items of the plan's year that serve no plan task count nowhere here nor in the report: say how many, so one slip
 * in a form is seen and fixed (Lịch → the item → Sửa → Nhiệm vụ trong kế hoạch).
 */
export function UnlinkedNote({ year, orgId }: { year: number; orgId: string | null }) {
  const { t } = useTranslation();
  const items = useApiQuery('items:list', { filter: { from: `${year}-01-01`, to: `${year}-12-31`, ...(orgId ? { orgIds: [orgId] } : {}) } });
  const n = (items.data ?? []).filter((i) => i.taskIds.length === 0 && i.status !== 'cancelled').length;
  if (n === 0) return null;
  return (
    <p className="cm-unlinked" role="status" data-testid="unlinked-count">
      <span aria-hidden="true">⚠</span> {t('compliance.unlinked.count', { count: n, year })}{' '}
      <a href={href(`/schedule/agenda?m=${year}-01&noTask=1${orgId ? `&org=${encodeURIComponent(orgId)}` : ''}`)}>{t('compliance.unlinked.show')}</a>
    </p>
  );
}
