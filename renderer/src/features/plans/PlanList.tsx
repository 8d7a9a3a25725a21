import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { href, navigate } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { RoleNote } from '../../components/RoleNote';
import { useCan } from '../../app/useCan';
import { useToast } from '../../components/Toast';
import { formatViDate } from '../../../../shared/domain/dates';

export function PlanList() {
  const { t } = useTranslation();
  const plans = useApiQuery('plans:list', {});
  const sample = useApiMutation('plans:loadBuiltin');
  const toast = useToast();
  const can = useCan();
  const importable = can('plans:import');
  const loadSample = () =>
    sample.mutate(
      {},
      {
        onSuccess: (r) => {
          toast.show(t('plans.sampleLoaded', { created: r.created, updated: r.updated }));
          navigate(`/plans/${r.planId}`);
        },
      },
    );
  return (
    <section>
      <PageHeader title={t('plans.title')}>
        <a className="plans-link" href={href('/plans/agencies')}>
          {t('plans.agencies')}
        </a>
        {importable ? (
          <button type="button" className="primary" onClick={() => navigate('/plans/import')}>
            {t('plans.import')}
          </button>
        ) : null}
      </PageHeader>
      {importable ? null : <RoleNote />}
      <ErrorMessage error={plans.error ?? sample.error} />
      {plans.isLoading ? <p className="loading">{t('app.loading')}</p> : null}
      {plans.data && plans.data.length === 0 ? (
        <EmptyState message={t('plans.empty')}>
          {importable ? (
            <>
              <button type="button" className="primary" onClick={() => navigate('/plans/import')}>
                {t('plans.import')}
              </button>
              <button type="button" onClick={loadSample} disabled={sample.isPending}>
                {t('plans.loadSample')}
              </button>
            </>
          ) : null}
        </EmptyState>
      ) : null}
      {plans.data && plans.data.length > 0 ? (
        <table className="plans-table" aria-label={t('plans.title')}>
          <thead>
            <tr>
              <th>{t('plans.number')}</th>
              <th>{t('plans.year')}</th>
              <th>{t('plans.planTitle')}</th>
              <th>{t('plans.issuer')}</th>
              <th>{t('plans.tasks')}</th>
            </tr>
          </thead>
          <tbody>
            {plans.data.map((p) => (
              <tr key={p.id}>
                <td className="code">
                  <a href={href(`/plans/${p.id}`)}>{p.number || t('plans.noNumber')}</a>
                  {p.date ? <div className="agency-aliases">{formatViDate(p.date)}</div> : null}
                </td>
                <td>{p.yearTo ? `${p.year}–${p.yearTo}` : p.year}</td>
                <td>
                  <a href={href(`/plans/${p.id}`)}>{p.title || t('plans.noNumber')}</a>
                </td>
                <td>{p.issuer}</td>
                <td>
                  {p.taskCount}
                  {p.warningCount ? <div className="warn">{`${p.warningCount} ${t('plans.needsReview')}`}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
