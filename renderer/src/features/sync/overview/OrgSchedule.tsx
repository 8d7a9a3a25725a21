import { useTranslation } from 'react-i18next';
import type { OverviewOrg } from '../../../../../shared/contract/sync';
import { KIND_LABELS, OUTLET_LABELS, itemStatusLabel } from '../../../../../shared/domain/report/labels';
import type { ItemKind, ItemStatus, Outlet } from '../../../../../shared/domain/types';
import { href } from '../../../app/router';
import { viDate } from '../format';

/**
 * Where Home Affairs reads one organisation's items: a link to Lịch → Danh sách narrowed to the organisation
 * (there it can search, filter and open each item, read only), and a short folded list for a glance without leaving.
 * The link carries the period (`from`, `to`), so the list starts narrowed to it.
 */
export function OrgSchedule({ org, period }: { org: OverviewOrg; period: { from: string; to: string } }) {
  const { t } = useTranslation();
  const total = org.totals.planned;
  const agenda = href(`/schedule/agenda?${new URLSearchParams({ m: period.from.slice(0, 7), org: org.orgId, from: period.from, to: period.to }).toString()}`);
  return (
    <div className="ov-schedule">
      <p className="ov-open-schedule">
        <a href={agenda}>{t('overview.openSchedule')}</a>
      </p>
      <details>
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
    </div>
  );
}
