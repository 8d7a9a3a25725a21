import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTexts } from '../../../../shared/domain/report';
import type { CutoffDays } from '../../../../shared/domain/report/cutoff';
import type { PlanSummary } from '../../../../shared/domain/compliance-types';
import { localIsoDate } from '../../../../shared/domain/dates';
import { resolvePeriod } from '../../../../shared/domain/periods';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { navigate, useRoute } from '../../app/router';
import { useCan } from '../../app/useCan';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { ExportBar, type ReportRequestState } from './ExportBar';
import { HistoryList } from './HistoryList';
import { ReportControls, specKind, type ReportState } from './ReportControls';
import { periodInput, periodStateFrom, setPeriodParams } from '../compliance/PeriodPicker';
import { PlanGate, PlanSelect } from '../compliance/PlanGate';
import { ReportPaper } from './ReportPaper';
import { ReportSettingsPanel } from './ReportSettingsPanel';
import './translations';
import '../compliance/compliance.css';
import './reports.css';

/** The period's last day once it is over, else today (what the server takes when no as-of is given). */
function defaultAsOf(period: string | null, from: string | null, to: string | null): string {
  const today = localIsoDate(new Date());
  try {
    const end = resolvePeriod(period ? { period } : { from: from ?? undefined, to: to ?? undefined }).to;
    return end < today ? end : today;
  } catch {
    return today;
  }
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = window.setTimeout(() => setV(value), ms);
    return () => window.clearTimeout(id);
  }, [value, ms]);
  return v;
}

/** "Báo cáo": choose plan, period and as-of; preview as it will print; edit sections I, III–V; export; history. */
export function ReportsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('reports:settings', {});
  return (
    <PlanGate title={t('reports.title')} noPlan={t('reports.noPlan')} goLabel={t('reports.importPlan')}>
      {(plan, plans) => <PlanReports plan={plan} plans={plans} cutoffDays={settings.data?.cutoffDays} />}
    </PlanGate>
  );
}

function PlanReports({ plan, plans, cutoffDays }: { plan: PlanSummary; plans: PlanSummary[]; cutoffDays: CutoffDays | undefined }) {
  const { t } = useTranslation();
  const p = useRoute().params;
  const { period, from, to } = periodStateFrom(p, plan.year);
  // A period that is over is reported as at its last day (the server's default), not as at today.
  const asOf = p.get('asOf') ?? defaultAsOf(period, from, to);
  const kind = specKind(period);
  const cutoffDay = kind && cutoffDays ? cutoffDays[kind] : null;
  const state: ReportState = {
    period,
    from,
    to,
    asOf,
    reportDate: p.get('date') ?? localIsoDate(new Date()),
    number: p.get('number') ?? '',
    cutoff: p.get('cutoff') === '1',
    allTasks: p.get('all') === '1',
  };
  const go = (next: ReportState, planId = plan.id) => {
    const q = new URLSearchParams({ plan: planId, date: next.reportDate });
    // Only an as-of the user chose goes into the URL; otherwise the period decides it.
    if (next.asOf !== defaultAsOf(next.period, next.from, next.to)) q.set('asOf', next.asOf);
    setPeriodParams(q, next);
    if (next.number) q.set('number', next.number);
    if (next.cutoff) q.set('cutoff', '1');
    if (next.allTasks) q.set('all', '1');
    navigate(`/reports?${q.toString()}`);
  };
  const request: ReportRequestState = {
    planId: plan.id,
    ...periodInput(state),
    ...(p.get('asOf') ? { asOf: state.asOf } : {}),
    reportDate: state.reportDate,
    ...(state.number ? { number: state.number } : {}),
    ...(state.cutoff && cutoffDay !== null ? { cutoff: true } : {}),
    ...(state.allTasks ? { allTasks: true } : {}),
  };
  return (
    <section className="rp-page">
      <PageHeader title={t('reports.title')}>
        <PlanSelect label={t('reports.plan')} plans={plans} value={plan.id} onChange={(id) => go(state, id)} name="plan" />
      </PageHeader>
      <ReportControls year={plan.year} value={state} cutoffDay={cutoffDay} onChange={(next) => go(next)} />
      <Workspace key={plan.id} request={request} />
      <HistoryList planId={plan.id} />
      <details className="card rp-settings-card">
        <summary>{t('reports.settings')}</summary>
        <ReportSettingsPanel />
      </details>
    </section>
  );
}

/** The preview with the editable sections and the export bar; texts are loaded once per plan. */
function Workspace({ request }: { request: ReportRequestState }) {
  const { t } = useTranslation();
  const start = useApiQuery('reports:texts', { planId: request.planId }, { staleTime: Infinity });
  const saveTexts = useApiMutation('reports:saveTexts');
  // A viewer may word an export (reports:export) but not store the texts for everyone (the core refuses it).
  const canSave = useCan()('reports:saveTexts');
  const [texts, setTexts] = useState<ReportTexts | null>(null);
  const [source, setSource] = useState<string>('');
  useEffect(() => {
    if (start.data && texts === null) {
      setTexts(start.data.texts);
      setSource(start.data.source);
    }
  }, [start.data, texts]);
  const debounced = useDebounced(texts, 300);
  const preview = useApiQuery(
    'reports:preview',
    { ...request, texts: debounced ?? undefined },
    { enabled: debounced !== null, placeholderData: keepPreviousData },
  );
  if (start.error) return <ErrorMessage error={start.error} />;
  if (!texts) return <p className="loading">{t('app.loading')}</p>;
  const commit = () => {
    if (canSave) saveTexts.mutate({ planId: request.planId, texts });
  };
  const doc = preview.data?.document;
  return (
    <div className="rp-workspace">
      <ExportBar request={request} texts={texts} />
      {doc && doc.warnings.length > 0 ? (
        <details className="card rp-warnings" role="note">
          <summary>
            {t('reports.warnings')} ({doc.warnings.length})
          </summary>
          <ul>
            {doc.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="muted rp-hint">
        {t('reports.editHint')} {source ? t(`reports.textsFrom.${source}`) : null}
        {saveTexts.isSuccess ? ` ${t('reports.saved')}` : ''}
        {canSave ? null : ` ${t('reports.textsNotSaved')}`}
      </p>
      <ErrorMessage error={preview.error ?? saveTexts.error} />
      <div className="rp-desk" aria-busy={preview.isFetching} aria-label={t('reports.preview')}>
        {doc ? (
          <ReportPaper
            doc={doc}
            texts={texts}
            onText={(key, value) => {
              setTexts({ ...texts, [key]: value });
              setSource('input');
            }}
            onCommit={commit}
          />
        ) : (
          <p className="loading">{t('app.loading')}</p>
        )}
      </div>
    </div>
  );
}
