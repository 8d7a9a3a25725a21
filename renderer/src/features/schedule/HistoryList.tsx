import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatViDateTime as when } from '../../../../shared/domain/dates';

/** Every change to the item: who, when, old → new (newest first). */
export function HistoryList({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useApiQuery('items:history', { id });
  if (history.error) return <ErrorMessage error={history.error} />;
  const entries = [...(history.data ?? [])].reverse();
  return (
    <section aria-label={t('schedule.history.title')}>
      <h3>{t('schedule.history.title')}</h3>
      <ul className="history" data-testid="history">
        {entries.map((h, i) => (
          <li key={`${h.at}-${h.field}-${i}`}>
            <div className="when">
              {when(h.at)} · {h.actor ?? t('schedule.history.unknown')}
            </div>
            {h.field === 'create' ? (
              <span>{t('schedule.history.created', { to: h.to })}</span>
            ) : (
              <span>
                {h.label}: {h.from ?? '—'} → <strong>{h.to ?? '—'}</strong>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
