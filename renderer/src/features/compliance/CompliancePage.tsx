import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixCell, MatrixRow } from '../../../../shared/domain/compliance/matrix';
import type { PlanSummary } from '../../../../shared/domain/compliance-types';
import { useApiQuery } from '../../api/hooks';
import { href, navigate, useRoute } from '../../app/router';
import { UnlinkedNote } from './UnlinkedNote';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { CellPanel } from './CellPanel';
import { Legend } from './Legend';
import { MatrixGrid, type CellRef } from './MatrixGrid';
import { MonthCloses } from './MonthCloses';
import { PeriodPicker, periodInput, periodStateFrom, setPeriodParams, type PeriodState } from './PeriodPicker';
import { PlanGate, PlanSelect } from './PlanGate';
import { TaskProgress } from './TaskProgress';
import { TotalsChart } from './TotalsChart';
import { WarningList } from './WarningList';
import { WindowsDonut } from './WindowsDonut';
import { useComplianceWords } from './words';
import { ProofNote } from './ProofNote';
import './translations';
import './compliance.css';

type Tab = 'matrix' | 'dashboard' | 'closes';
const TABS: Tab[] = ['matrix', 'dashboard', 'closes'];

/** "Theo dõi": is the plan being carried out? The matrix, the dashboard and month close. State lives in the URL. */
export function CompliancePage() {
  const { t } = useTranslation();
  const info = useApiQuery('app:info', {});
  return (
    <PlanGate title={t('nav.compliance')} noPlan={t('compliance.noPlan')} goLabel={t('compliance.importPlan')}>
      {(plan, plans) => <PlanCompliance plan={plan} plans={plans} orgId={info.data?.org?.id ?? null} canEdit={info.data?.user?.role === 'editor'} />}
    </PlanGate>
  );
}

function PlanCompliance({ plan, plans, orgId, canEdit }: { plan: PlanSummary; plans: PlanSummary[]; orgId: string | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const p = useRoute().params;
  const [selected, setSelected] = useState<CellRef | null>(null);
  const state = periodStateFrom(p, plan.year);
  const tab: Tab = TABS.includes(p.get('tab') as Tab) ? (p.get('tab') as Tab) : 'matrix';

  const go = (next: PeriodState, nextTab: Tab = tab, planId = plan.id) => {
    const q = new URLSearchParams({ plan: planId, tab: nextTab, asOf: next.asOf, g: next.granularity });
    setPeriodParams(q, next);
    setSelected(null);
    navigate(`/compliance?${q.toString()}`);
  };

  return (
    <section className="cm-page">
      <PageHeader title={t('compliance.title')}>
        {plans.length > 1 ? (
          <PlanSelect label={t('compliance.plan')} plans={plans} value={plan.id} onChange={(id) => go(state, tab, id)} />
        ) : (
          <span className="cm-plan-name">
            {t('compliance.plan')} {plan.number} — {plan.year}
          </span>
        )}
      </PageHeader>
      <PeriodPicker year={plan.year} value={state} onChange={(next) => go(next)} />
      <UnlinkedNote year={plan.year} orgId={orgId} />
      <nav className="cm-tabs" aria-label={t('compliance.title')}>
        {TABS.map((x) => (
          <button key={x} type="button" aria-current={x === tab ? 'page' : undefined} onClick={() => go(state, x)} data-tab={x}>
            {t(`compliance.tabs.${x}`)}
          </button>
        ))}
      </nav>
      <Body planId={plan.id} refYear={plan.year} state={state} tab={tab} selected={selected} setSelected={setSelected} canEdit={canEdit} />
    </section>
  );
}

interface BodyProps {
  planId: string;
  refYear: number;
  state: PeriodState;
  tab: Tab;
  selected: CellRef | null;
  setSelected: (c: CellRef | null) => void;
  canEdit: boolean;
}

function Body({ planId, refYear, state, tab, selected, setSelected, canEdit }: BodyProps) {
  const { t } = useTranslation();
  const words = useComplianceWords();
  const input = { planId, asOf: state.asOf, granularity: state.granularity, ...periodInput(state) };
  const view = useApiQuery('compliance:view', input, { placeholderData: (prev) => prev });
  if (view.isPending) return <p className="loading">{t('app.loading')}</p>;
  if (view.error) return <ErrorMessage error={view.error} />;
  const { report, matrix, closes, period } = view.data;
  const found = selected ? findCell(matrix.rows, selected) : null;
  if (report.tasks.length === 0) {
    return (
      <EmptyState message={t('compliance.noTasks')}>
        <a className="button-link" href={href(`/plans/${encodeURIComponent(planId)}`)}>
          {t('compliance.importPlan')}
        </a>
      </EmptyState>
    );
  }

  if (tab === 'dashboard') {
    return (
      <div className="cm-dashboard" aria-label={words.period(period, state.period ?? null)}>
        <div className="cm-dash-grid">
          <WindowsDonut tasks={report.tasks} />
          <TotalsChart totals={report.totals} />
        </div>
        <ProofNote planId={planId} from={report.from} to={report.to} />
        <WarningList planId={planId} warnings={report.warnings} refYear={refYear} asOf={report.asOf} />
        <TaskProgress tasks={report.tasks} />
      </div>
    );
  }
  if (tab === 'closes') return <MonthCloses planId={planId} from={report.from} to={report.to} closes={closes} canEdit={canEdit} />;
  return (
    <div className="cm-matrix-tab">
      <p className="cm-period-label">
        {words.period(period, state.period ?? null)} · {t('compliance.asOf')} {state.asOf.split('-').reverse().join('/')}
      </p>
      <Legend />
      <MatrixGrid
        matrix={matrix}
        refYear={refYear}
        selected={selected}
        onSelect={(row, cell) => setSelected(selected?.taskId === row.taskId && selected.col === cell.col ? null : { taskId: row.taskId, col: cell.col })}
      />
      {found ? <CellPanel planId={planId} row={found.row} cell={found.cell} refYear={refYear} onClose={() => setSelected(null)} /> : null}
      {report.warnings.length > 0 ? <WarningList planId={planId} warnings={report.warnings} refYear={refYear} asOf={report.asOf} limit={5} /> : null}
    </div>
  );
}

function findCell(rows: MatrixRow[], ref: CellRef): { row: MatrixRow; cell: MatrixCell } | null {
  const row = rows.find((r) => r.taskId === ref.taskId);
  const cell = row?.cells.find((c) => c.col === ref.col);
  return row && cell ? { row, cell } : null;
}
