import { useTranslation } from 'react-i18next';
import type { ComplianceMatrix, MatrixCell, MatrixRow } from '../../../../shared/domain/compliance/matrix';
import { useComplianceWords } from './words';
import { activityLevel, cellLook, statusLook } from './status-look';

export interface CellRef {
  taskId: string;
  col: number;
}

interface Props {
  matrix: ComplianceMatrix;
  refYear: number;
  selected: CellRef | null;
  onSelect: (row: MatrixRow, cell: MatrixCell) => void;
  /** Replaces the default caption, e.g. to name the organisation when several matrices share a screen. */
  caption?: string;
}

/** Plan tasks × months (or quarters): one coloured, labelled cell per window; a click opens its items. */
export function MatrixGrid({ matrix, refYear, selected, onSelect, caption }: Props) {
  const { t } = useTranslation();
  const words = useComplianceWords();
  const unit = matrix.granularity === 'month' ? t('compliance.unitMonth') : t('compliance.unitQuarter');
  return (
    <div className="cm-matrix-wrap">
      <table className="cm-matrix" data-testid="compliance-matrix">
        <caption>{caption ?? t('compliance.matrixCaption', { unit })}</caption>
        <colgroup>
          <col className="cm-col-task" />
          {matrix.columns.map((c) => (
            <col key={c.key} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('compliance.task')}</th>
            {matrix.columns.map((c) => {
              const h = words.column(c);
              return (
                <th scope="col" key={c.key} title={h.label} abbr={h.label}>
                  {h.short}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => {
            const look = statusLook(row.status);
            return (
              <tr key={row.taskId} data-task={row.code}>
                <th scope="row" className="cm-task">
                  <span className="cm-code">{row.code}</span>
                  <span className="cm-title" title={row.title}>
                    {row.title}
                  </span>
                  <span className={`cm-chip ${look.css}`}>
                    <span aria-hidden="true">{look.icon}</span> {t(`compliance.status.${look.key}`)}
                  </span>
                </th>
                {row.cells.map((cell) => (
                  <Cell
                    key={cell.col}
                    row={row}
                    cell={cell}
                    refYear={refYear}
                    selected={selected?.taskId === row.taskId && selected.col === cell.col}
                    onSelect={onSelect}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Cell({
  row,
  cell,
  refYear,
  selected,
  onSelect,
}: {
  row: MatrixRow;
  cell: MatrixCell;
  refYear: number;
  selected: boolean;
  onSelect: Props['onSelect'];
}) {
  const { t } = useTranslation();
  const look = cellLook(cell);
  const when = useComplianceWords().when(cell.from, cell.to, refYear);
  const task = `${t('compliance.task')} ${row.code}`;
  const ongoing = cell.status === 'ongoing';
  const title = ongoing
    ? t('compliance.cellTitleOngoing', { task, when, done: cell.done, planned: cell.planned })
    : t('compliance.cellTitle', {
        task,
        when,
        status: t(`compliance.status.${look.key}`),
        done: cell.done + cell.late,
        late: cell.late,
        count: cell.count,
        planned: cell.planned,
      });
  const level = ongoing ? ` cm-level-${activityLevel(cell.done)}` : '';
  if (cell.status === 'none' || cell.status === 'unknown') {
    return (
      <td colSpan={cell.span} className={`cm-cell ${look.css}`} title={t(`compliance.status.${look.key}`)}>
        <span aria-hidden="true">{look.icon}</span>
        {cell.status === 'unknown' ? (
          <span className="cm-cell-words"> {t('compliance.status.unknown')}</span>
        ) : (
          <span className="sr-only">{t('compliance.status.none')}</span>
        )}
      </td>
    );
  }
  return (
    <td colSpan={cell.span} className={`cm-cell ${look.css}${level}`} data-status={look.key}>
      <button
        type="button"
        className="cm-cell-button"
        title={title}
        aria-pressed={selected}
        data-cell={`${row.code}:${cell.col}`}
        onClick={() => onSelect(row, cell)}
      >
        <span className="cm-icon" aria-hidden="true">
          {look.icon}
        </span>
        <span className="cm-num">{ongoing ? cell.done : t('compliance.cellDone', { done: cell.done + cell.late, count: cell.count })}</span>
        {/* The name starts with the visible numbers (what a voice-control user says), then the details. */}
        <span className="sr-only"> — {title}</span>
      </button>
    </td>
  );
}
