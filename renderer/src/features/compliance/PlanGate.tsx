import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../shared/domain/compliance-types';
import { useApiQuery } from '../../api/hooks';
import { href, useRoute } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';

interface GateProps {
  /** The page's heading over the empty state; a panel inside a page has none. */
  title?: string;
  /** Why there is nothing to show yet, and the words of the link to Kế hoạch. */
  noPlan: string;
  goLabel: string;
  /** The screen itself, for the plan the URL names (`plan`) or else the first. */
  children: (plan: PlanSummary, plans: PlanSummary[]) => ReactNode;
}

/** The screens that work on one plan (Theo dõi, Báo cáo, the Home Affairs overview): loading, error, no plan yet, then the plan. */
export function PlanGate({ title, noPlan, goLabel, children }: GateProps) {
  const { t } = useTranslation();
  const plans = useApiQuery('compliance:plans', {});
  const chosen = useRoute().params.get('plan');
  if (plans.isPending) return <p className="loading">{t('app.loading')}</p>;
  if (plans.error) return <ErrorMessage error={plans.error} />;
  if (plans.data.length === 0) {
    const empty = (
      <EmptyState message={noPlan}>
        <a className="button-link" href={href('/plans')}>
          {goLabel}
        </a>
      </EmptyState>
    );
    if (title === undefined) return empty;
    return (
      <section>
        <PageHeader title={title} />
        {empty}
      </section>
    );
  }
  return <>{children(plans.data.find((x) => x.id === chosen) ?? plans.data[0]!, plans.data)}</>;
}

/** The plan picker of those screens: "259/KH-UBND (2025)". */
export function PlanSelect({
  label,
  plans,
  value,
  onChange,
  name,
}: {
  label: string;
  plans: PlanSummary[];
  value: string;
  onChange: (planId: string) => void;
  name?: string;
}) {
  return (
    <label className="cm-field">
      <span>{label}</span>
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {plans.map((x) => (
          <option key={x.id} value={x.id}>
            {x.number} ({x.year})
          </option>
        ))}
      </select>
    </label>
  );
}
