import { useTranslation } from 'react-i18next';
import type { OverviewOrg } from '../../../../../shared/contract/sync';
import { KIND_LABELS, OUTLET_LABELS, itemStatusLabel } from '../../../../../shared/domain/report/labels';
import type { ItemKind, ItemStatus, Outlet } from '../../../../../shared/domain/types';
import { viDate } from '../format';

/**
 * The organisation's own schedule for the period, read only and folded by default. The Lịch screen cannot
 * filter by organisation yet, so this list is where Home Affairs reads one organisation's items.
 */
export function OrgSchedule({ org }: { org: OverviewOrg }) {
  const { t } = useTranslation();
  const total = org.totals.planned;
  return (
    <details className="ov-schedule">
      <summary>{t('overview.schedule', { n: total })}</summary>
      {org.items.length === 0 ? (
        <p className="cm-muted">{t('overview.scheduleEmpty')}</p>
      ) : (
        <ul>
          {org.items.map((i) => (
            <li key={i.id} className={i.status === 'cancelled' ? 'cm-cancelled' : undefined}>
              <span className="ov-when">
                {viDate(i.plannedDate)}
                {i.plannedTime ? ` ${i.plannedTime}` : ''}
              </span>
              <span className="ov-what">
                {i.title}
                <span className="cm-muted">
                  {' '}
                  · {KIND_LABELS[i.kind as ItemKind] ?? i.kind} · {OUTLET_LABELS[i.outlet as Outlet] ?? i.outlet}
                </span>
              </span>
              <span className={`status status-${i.status}`}>{itemStatusLabel(i.status as ItemStatus, i.outlet as Outlet)}</span>
            </li>
          ))}
        </ul>
      )}
      {org.items.length < total ? <p className="cm-muted">{t('overview.scheduleCut', { shown: org.items.length })}</p> : null}
    </details>
  );
}
