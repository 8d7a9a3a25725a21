import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData } from '@tanstack/react-query';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { localToday, viDate, viDateTime } from './format';

function monthRange(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = new Date(y, m, 0).getDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

/** Home Affairs view: every organisation's schedule side by side, read-only, with how fresh each one's data is. */
export function OverviewPanel() {
  const { t } = useTranslation();
  const [range, setRange] = useState(() => monthRange(localToday()));
  const overview = useApiQuery('sync:overview', range, { placeholderData: keepPreviousData });
  return (
    <div>
      <h2>{t('sync.overviewTitle')}</h2>
      <div className="row">
        <label className="field inline">
          <span>{t('sync.from')}</span>
          <input type="date" value={range.from} onChange={(e) => e.target.value && setRange({ ...range, from: e.target.value })} />
        </label>
        <label className="field inline">
          <span>{t('sync.to')}</span>
          <input type="date" value={range.to} onChange={(e) => e.target.value && setRange({ ...range, to: e.target.value })} />
        </label>
      </div>
      <ErrorMessage error={overview.error} />
      {overview.data && overview.data.orgs.length === 0 ? <EmptyState message={t('sync.noOrgs')} /> : null}
      {overview.data ? (
        <>
          <div className="sync-overview" style={{ marginTop: '1rem' }}>
            {overview.data.orgs.map((o) => (
              <section key={o.orgId} className="card sync-org" aria-label={o.orgName}>
                <h3>
                  {o.orgName}
                  <span className="sync-badge">{o.own ? t('sync.ownOrg') : t('sync.readOnly')}</span>
                </h3>
                {!o.own ? <div className="fresh">{o.lastChangeAt ? t('sync.freshness', { at: viDateTime(o.lastChangeAt) }) : t('sync.freshnessNone')}</div> : null}
                <div>{t('sync.totals', o.totals)}</div>
                {o.items.length === 0 ? (
                  <p className="muted">{t('sync.noItems')}</p>
                ) : (
                  <ul>
                    {o.items.map((i) => (
                      <li key={i.id}>
                        <span>
                          {viDate(i.plannedDate)}
                          {i.plannedTime ? ` ${i.plannedTime}` : ''} — {i.title}
                        </span>
                        <span className={`status status-${i.status}`}>{t(`status.${i.status}`, { defaultValue: i.status })}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
          {overview.data.tasks.length > 0 && overview.data.orgs.length > 0 ? (
            <>
              <h2>{t('sync.matrix')}</h2>
              <table className="sync-table">
                <thead>
                  <tr>
                    <th>{t('sync.task')}</th>
                    {overview.data.orgs.map((o) => (
                      <th key={o.orgId}>{o.orgName}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {overview.data.tasks.map((task) => (
                    <tr key={task.taskId}>
                      <td>
                        <strong>{task.code}</strong> {task.title}
                      </td>
                      {overview.data.orgs.map((o) => {
                        const c = task.byOrg[o.orgId];
                        return <td key={o.orgId}>{c ? t('sync.cell', c) : '—'}</td>;
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
