import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../../shared/domain/dates';
import { timestampToLocal } from '../../../../shared/domain/report';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { OpenButtons } from './OpenButtons';

function when(ts: string): string {
  const { date, time } = timestampToLocal(ts);
  return date ? `${formatViDate(date)} ${time}` : ts;
}

/** Every exported report of the plan: so what was sent can be found again. */
export function HistoryList({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const history = useApiQuery('reports:history', { planId });
  return (
    <section className="card rp-history" aria-labelledby="rp-history-title">
      <h2 id="rp-history-title">{t('reports.history')}</h2>
      <ErrorMessage error={history.error} />
      {history.data && history.data.length === 0 ? <p className="muted">{t('reports.historyEmpty')}</p> : null}
      {history.data && history.data.length > 0 ? (
        <table className="rp-history-table">
          <thead>
            <tr>
              <th>{t('reports.when')}</th>
              <th>{t('reports.who')}</th>
              <th>{t('reports.period')}</th>
              <th>{t('reports.format')}</th>
              <th>{t('reports.file')}</th>
              <th>{t('reports.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((e) => (
              <tr key={e.id} data-format={e.format}>
                <td>{when(e.createdAt)}</td>
                <td>{e.actor ?? '—'}</td>
                <td>
                  {e.periodLabel}
                  <br />
                  <small>
                    {t('reports.asOf')}: {formatViDate(e.asOf)}
                  </small>
                </td>
                <td>{e.format.toUpperCase()}</td>
                <td className="rp-file">
                  <span>{e.fileName}</span>
                  <OpenButtons entry={e} />
                </td>
                <td>
                  <code title={e.dataSha256}>{e.dataSha256.slice(0, 12)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
