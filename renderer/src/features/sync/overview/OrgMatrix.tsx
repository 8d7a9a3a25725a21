import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewOrg } from '../../../../../shared/contract/sync';
import type { MatrixCell, MatrixRow } from '../../../../../shared/domain/compliance/matrix';
import { resolvePeriod } from '../../../../../shared/domain/periods';
import { useApiQuery } from '../../../api/hooks';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { CellPanel } from '../../compliance/CellPanel';
import { MatrixGrid, type CellRef } from '../../compliance/MatrixGrid';
import { FreshnessNote } from './FreshnessNote';
import type { Freshness } from '../../../../../shared/domain/sync/freshness';
import { OrgSchedule } from './OrgSchedule';

export interface ViewInput {
  planId: string;
  asOf: string;
  granularity: 'month' | 'quarter';
  period?: string;
  from?: string;
  to?: string;
}

interface Props {
  org: OverviewOrg;
  freshness: Freshness;
  input: ViewInput;
  refYear: number;
}

/** One organisation: its name, how fresh its data is, its against-the-plan matrix (its items only) and its schedule. */
export function OrgMatrix({ org, freshness, input, refYear }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const panelId = useId();
  const [selected, setSelected] = useState<CellRef | null>(null);
  const view = useApiQuery('compliance:view', { ...input, orgId: org.orgId }, { placeholderData: (prev) => prev });
  const found = selected && view.data ? findCell(view.data.matrix.rows, selected) : null;
  // The page shows the cards only once the period has resolved, so this does not throw here.
  const { from, to } = resolvePeriod(input);
  const unit = input.granularity === 'month' ? t('compliance.unitMonth') : t('compliance.unitQuarter');
  return (
    <section className="card ov-org" aria-labelledby={headingId} data-org={org.orgId}>
      {/* Three slots, so that side by side the matrices start at the same height whatever the warnings above them. */}
      <div className="ov-org-top">
        <header className="ov-org-head">
          <h3 id={headingId}>{org.orgName}</h3>
          <span className="ov-badge">{org.own ? t('overview.own') : t('overview.readOnly')}</span>
        </header>
        <FreshnessNote freshness={freshness} />
        <p className="ov-totals">{t('overview.totals', org.totals)}</p>
      </div>
      <div className="ov-org-matrix">
        {view.isPending ? <p className="loading">{t('app.loading')}</p> : null}
        <ErrorMessage error={view.error} />
        {view.data ? (
          <MatrixGrid
            matrix={view.data.matrix}
            refYear={refYear}
            selected={selected}
            caption={t('overview.matrixCaption', { org: org.orgName, unit })}
            onSelect={(row, cell) => setSelected(selected?.taskId === row.taskId && selected.col === cell.col ? null : { taskId: row.taskId, col: cell.col })}
          />
        ) : null}
      </div>
      <div className="ov-org-bottom">
        {found ? (
          <CellPanel
            planId={input.planId}
            row={found.row}
            cell={found.cell}
            refYear={refYear}
            readOnly={!org.own}
            headingId={panelId}
            onClose={() => setSelected(null)}
          />
        ) : null}
        <OrgSchedule org={org} period={{ from, to }} />
      </div>
    </section>
  );
}

function findCell(rows: MatrixRow[], ref: CellRef): { row: MatrixRow; cell: MatrixCell } | null {
  const row = rows.find((r) => r.taskId === ref.taskId);
  const cell = row?.cells.find((c) => c.col === ref.col);
  return row && cell ? { row, cell } : null;
}
