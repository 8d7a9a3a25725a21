import { useTranslation } from 'react-i18next';
import { keepPreviousData } from '@tanstack/react-query';
import type { OverviewOrg } from '../../../../shared/contract/sync';
import type { PlanSummary } from '../../../../shared/domain/compliance-types';
import { resolvePeriod, type Period } from '../../../../shared/domain/periods';
import { useApiQuery } from '../../api/hooks';
import { navigate, useRoute } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Legend } from '../compliance/Legend';
import { PeriodPicker, periodInput, periodStateFrom, setPeriodParams, type PeriodState } from '../compliance/PeriodPicker';
import { PlanGate, PlanSelect } from '../compliance/PlanGate';
import { freshnessShort } from './overview/FreshnessNote';
import { OrgMatrix, type ViewInput } from './overview/OrgMatrix';
import { useMediaQuery } from './overview/useMediaQuery';
import '../compliance/translations';
import '../compliance/compliance.css';
import './overview/translations';
import './overview/overview.css';

/** Two matrices of twelve months each fit side by side from about this width; below it, one at a time. */
const WIDE = '(min-width: 1600px)';

/**
 * Home Affairs view: for the chosen plan and period, each organisation's against-the-plan matrix (its own items only)
 * side by side, with how fresh its data is and its schedule, read only. State lives in the URL like "Theo dõi".
 */
export function OverviewPanel() {
  const { t } = useTranslation();
  return (
    <PlanGate noPlan={t('overview.noPlan')} goLabel={t('overview.openPlans')}>
      {(plan, plans) => <Overview plan={plan} plans={plans} />}
    </PlanGate>
  );
}

function Overview({ plan, plans }: { plan: PlanSummary; plans: PlanSummary[] }) {
  const { t } = useTranslation();
  const p = useRoute().params;
  const wide = useMediaQuery(WIDE);
  const state = periodStateFrom(p, plan.year);
  const go = (next: PeriodState, planId = plan.id, org = p.get('org')) => {
    const q = new URLSearchParams({ plan: planId, asOf: next.asOf, g: next.granularity });
    setPeriodParams(q, next);
    if (org) q.set('org', org);
    navigate(`/sync/overview?${q.toString()}`);
  };

  let period: Period | null = null;
  let periodError: Error | null = null;
  try {
    period = resolvePeriod({ period: state.period ?? undefined, from: state.from ?? undefined, to: state.to ?? undefined });
  } catch (e) {
    periodError = e instanceof Error ? e : new Error(String(e));
  }
  const overview = useApiQuery(
    'sync:overview',
    { from: period?.from ?? plan.year + '-01-01', to: period?.to ?? plan.year + '-12-31' },
    { enabled: period !== null, placeholderData: keepPreviousData },
  );
  // Our own organisation is shown only when it has items here: Sở Nội vụ plans nothing itself.
  const orgs = (overview.data?.orgs ?? []).filter((o) => !o.own || o.totals.planned > 0);
  const input: ViewInput = {
    planId: plan.id,
    asOf: state.asOf,
    granularity: state.granularity,
    ...periodInput(state),
  };
  const shown = wide ? orgs : orgs.filter((o) => o.orgId === (orgs.find((x) => x.orgId === p.get('org'))?.orgId ?? orgs[0]?.orgId));

  return (
    <div className="ov-page">
      <h2>{t('overview.title')}</h2>
      <p className="cm-muted">{t('overview.intro')}</p>
      <div className="ov-controls">
        <PlanSelect label={t('compliance.plan')} plans={plans} value={plan.id} onChange={(id) => go(state, id)} />
        <PeriodPicker year={plan.year} value={state} onChange={(next) => go(next)} />
      </div>
      <ErrorMessage error={periodError} />
      <ErrorMessage error={overview.error} />
      {overview.data && orgs.length === 0 ? <EmptyState message={t('overview.noOrgs')} /> : null}
      {orgs.length > 0 && period ? (
        <>
          <p className="cm-period-label">
            {period.label} · {t('compliance.asOf')} {state.asOf.split('-').reverse().join('/')}
          </p>
          <Legend />
          {!wide && orgs.length > 1 ? <OrgSwitch orgs={orgs} current={shown[0]?.orgId ?? null} onPick={(org) => go(state, plan.id, org)} /> : null}
          <div className={wide ? 'ov-grid' : 'ov-stack'}>
            {shown.map((o) => (
              <OrgMatrix key={`${o.orgId}|${JSON.stringify(input)}`} org={o} freshness={o.freshness} input={input} refYear={plan.year} />
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}

/** Narrow windows: one organisation at a time; each button says how fresh that organisation's data is. */
function OrgSwitch({ orgs, current, onPick }: { orgs: OverviewOrg[]; current: string | null; onPick: (orgId: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="ov-switch" role="group" aria-label={t('overview.chooseOrg')}>
      {orgs.map((o) => {
        const note = freshnessShort(o.freshness, t);
        return (
          <button key={o.orgId} type="button" aria-pressed={o.orgId === current} onClick={() => onPick(o.orgId)}>
            <span className="ov-switch-name">{o.orgName}</span>
            {note ? <span className={`ov-switch-note${note.startsWith('⚠') ? ' ov-switch-warn' : ''}`}>{note}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
