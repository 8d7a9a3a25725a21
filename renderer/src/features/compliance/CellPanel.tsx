import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixCell, MatrixRow } from '../../../../shared/domain/compliance/matrix';
import { useComplianceWords } from './words';
import { formatViDate } from '../../../../shared/domain/dates';
import { KIND_LABELS, OUTLET_LABELS, itemStatusLabel } from '../../../../shared/domain/report/labels';
import { useApiQuery } from '../../api/hooks';
import { href } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { itemLink, scheduleLink } from './links';
import { cellLook } from './status-look';

interface Props {
  planId: string;
  row: MatrixRow;
  cell: MatrixCell;
  refYear: number;
  onClose: () => void;
  /** Another organisation's items: list them, but offer nothing that plans or changes (Home Affairs view). */
  readOnly?: boolean;
  /** Unique heading id when several panels can be open on one screen. */
  headingId?: string;
}

/** The items behind one matrix cell, each linking to the calendar where it can be changed. */
export function CellPanel({ planId, row, cell, refYear, onClose, readOnly = false, headingId = 'cm-panel-title' }: Props) {
  const { t } = useTranslation();
  const words = useComplianceWords();
  const items = useApiQuery('compliance:items', { planId, ids: cell.itemIds });
  const look = cellLook(cell);
  const ref = useRef<HTMLElement>(null);
  // The panel opens below the matrix: bring it into view so the click visibly did something.
  // Block body: newer Chromium returns a promise from scrollIntoView, which React must not take for a cleanup.
  useEffect(() => {
    void ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [row.taskId, cell.col]);
  return (
    <aside ref={ref} className="cm-panel card" aria-labelledby={headingId} data-testid="cell-panel">
      <header className="cm-panel-head">
        <h2 id={headingId}>
          {t('compliance.task')} {row.code} — {words.when(cell.from, cell.to, refYear)}
        </h2>
        <button type="button" onClick={onClose}>
          {t('compliance.closePanel')}
        </button>
      </header>
      <p className="cm-panel-title-text">{row.title}</p>
      <p>
        <span className={`cm-chip ${look.css}`}>
          <span aria-hidden="true">{look.icon}</span> {t(`compliance.status.${look.key}`)}
        </span>{' '}
        {cell.status === 'ongoing' ? `${cell.done}/${cell.planned}` : `${cell.done + cell.late}/${cell.count}`}
      </p>
      <ErrorMessage error={items.error} />
      {items.data && items.data.length === 0 ? <p className="cm-muted">{t('compliance.itemsEmpty')}</p> : null}
      {items.data && items.data.length > 0 ? (
        <ul className="cm-items" aria-label={t('compliance.items')}>
          {items.data.map((i) => (
            <li key={i.id} className={i.status === 'cancelled' ? 'cm-cancelled' : undefined}>
              <a href={href(itemLink(i.id, i.plannedDate))}>{i.title}</a>
              <span className="cm-muted">
                {' '}
                {KIND_LABELS[i.kind]} · {OUTLET_LABELS[i.outlet]} · {t('compliance.plannedOn', { date: formatViDate(i.plannedDate) })}
                {i.plannedTime ? ` ${i.plannedTime}` : ''}
              </span>
              <span className={`status status-${i.status}`}>{itemStatusLabel(i.status, i.outlet)}</span>
              {i.doneAt ? <span className="cm-muted"> {t('compliance.doneOn', { date: formatViDate(i.doneAt) })}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? (
        <p className="cm-muted">{t('compliance.readOnlyItems')}</p>
      ) : (
        <p>
          <a className="button-link" href={href(scheduleLink(row.taskId, cell.from))}>
            {t('compliance.planItHere')}
          </a>
        </p>
      )}
    </aside>
  );
}
