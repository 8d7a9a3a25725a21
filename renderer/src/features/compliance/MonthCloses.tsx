import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useComplianceWords } from './words';
import type { MonthClose } from '../../../../shared/domain/compliance-types';
import { periodMonths } from '../../../../shared/domain/periods';
import { formatViDayOf as closedOn } from '../../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';

interface Props {
  planId: string;
  from: string;
  to: string;
  closes: MonthClose[];
  canEdit: boolean;
}

/** Close a month once it has been reported; later changes show up as amendments for the next report. */
export function MonthCloses({ planId, from, to, closes, canEdit }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const close = useApiMutation('compliance:closeMonth');
  const reopen = useApiMutation('compliance:reopenMonth');
  const [shown, setShown] = useState<string | null>(null);
  const words = useComplianceWords();
  const byMonth = new Map(closes.map((c) => [c.month, c]));
  const error = close.error ?? reopen.error;
  return (
    <section className="card" aria-labelledby="cm-closes-title">
      <h2 id="cm-closes-title">{t('compliance.tabs.closes')}</h2>
      <p className="cm-muted">{t('compliance.closes.intro')}</p>
      {!canEdit ? <p className="cm-muted">{t('compliance.closes.editorsOnly')}</p> : null}
      <ErrorMessage error={error} />
      <table className="cm-closes">
        <thead>
          <tr>
            <th scope="col">{t('compliance.closes.month')}</th>
            <th scope="col">{t('compliance.closes.state')}</th>
            <th scope="col">{t('compliance.closes.amendments')}</th>
            <th scope="col">
              <span className="sr-only">{t('compliance.closes.close')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periodMonths(from, to).map((col) => {
            const m = { ...col, label: words.column(col).label };
            const c = byMonth.get(m.key);
            return (
              <tr key={m.key} data-month={m.key}>
                <th scope="row">{m.label}</th>
                <td className={c ? 'cm-closed' : undefined}>
                  {c
                    ? `${t('compliance.closes.closed', { date: closedOn(c.closedAt), by: c.closedBy ? ` — ${c.closedBy}` : '' })}`
                    : t('compliance.closes.open')}
                </td>
                <td>
                  {c && c.amendments > 0 ? (
                    <button type="button" onClick={() => setShown(shown === m.key ? null : m.key)} aria-expanded={shown === m.key}>
                      {t('compliance.closes.viewAmendments', { n: c.amendments })}
                    </button>
                  ) : c ? (
                    '0'
                  ) : (
                    ''
                  )}
                </td>
                <td>
                  {canEdit && !c ? (
                    <button
                      type="button"
                      onClick={() =>
                        close.mutate({ planId, month: m.key }, { onSuccess: () => toast.show(t('compliance.closes.closedToast', { month: m.label })) })
                      }
                    >
                      {t('compliance.closes.close')}
                    </button>
                  ) : null}
                  {canEdit && c ? (
                    <button
                      type="button"
                      onClick={() => {
                        if (!window.confirm(t('compliance.closes.confirmReopen', { month: m.label }))) return;
                        reopen.mutate({ planId, month: m.key }, { onSuccess: () => toast.show(t('compliance.closes.reopenedToast', { month: m.label })) });
                      }}
                    >
                      {t('compliance.closes.reopen')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown ? <Amendments planId={planId} month={shown} /> : null}
    </section>
  );
}

function Amendments({ planId, month }: { planId: string; month: string }) {
  const { t } = useTranslation();
  const q = useApiQuery('compliance:amendments', { planId, month });
  return (
    <div className="cm-amendments">
      <h3>
        {t('compliance.closes.amendments')} — {t('compliance.closes.monthLabel', { m: Number(month.slice(5)), y: month.slice(0, 4) })}
      </h3>
      <ErrorMessage error={q.error} />
      {q.data && q.data.length === 0 ? <p className="cm-muted">{t('compliance.closes.noAmendments')}</p> : null}
      <ul>
        {q.data?.map((a) => (
          <li key={`${a.itemId}:${a.changedAt}`}>
            <b>{a.itemTitle}</b>: {a.summary}{' '}
            <span className="cm-muted">
              ({closedOn(a.changedAt)}
              {a.actor ? `, ${a.actor}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
