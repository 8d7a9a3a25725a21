import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ItemFilter } from '../../../../shared/domain/schedule/search';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EmptyState } from '../../components/EmptyState';
import { AgendaFilters } from './AgendaFilters';
import { KIND_ICONS, formatViDate, statusClass } from './look';
import { useLabels } from './useLabels';

const ROW = 46;

/** The agenda: every item matching the filters, in date order; only the rows on screen are rendered. */
interface Props {
  /** What the person chose in the filter bar. */
  filter: ItemFilter;
  /** The year in view narrows the list when the person has not chosen dates; null when they cleared it (all dates). */
  year: number | null;
  onYear: (year: number | null) => void;
  /** The year of the month in view, offered back once cleared. */
  viewYear: number;
  /** Organisations chosen in the URL (?org=). */
  orgIds: string[] | undefined;
  onFilter: (f: ItemFilter) => void;
  onSelect: (id: string) => void;
}

export function AgendaView({ filter, year, onYear, viewYear, orgIds, onFilter, onSelect }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const byYear = year !== null && !filter.from && !filter.to;
  const query = { ...filter, ...(byYear ? { from: `${year}-01-01`, to: `${year}-12-31` } : {}), orgIds };
  const q = useApiQuery('items:list', { filter: query }, { placeholderData: (prev) => prev });
  const items = q.data ?? [];
  const scroller = useRef<HTMLDivElement>(null);
  const virt = useVirtualizer({ count: items.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 10 });
  return (
    <div>
      <AgendaFilters filter={{ ...filter, orgIds }} onChange={(f) => onFilter(f)} />
      <ErrorMessage error={q.error} />
      <div className="agenda-scope">
        <p className="hint" aria-live="polite">
          <span data-testid="agenda-count">{q.isPending ? t('app.loading') : t('schedule.count', { count: items.length })}</span>{' '}
          <span data-testid="agenda-scope">{byYear ? t('schedule.agenda.inYear', { year }) : t('schedule.agenda.allDates')}</span>
        </p>
        {byYear ? (
          <button type="button" className="scope-chip" onClick={() => onYear(null)} aria-label={t('schedule.agenda.clearYear', { year })}>
            {t('schedule.agenda.yearChip', { year })} ✕
          </button>
        ) : !filter.from && !filter.to ? (
          <button type="button" onClick={() => onYear(viewYear)}>
            {t('schedule.agenda.onlyYear', { year: viewYear })}
          </button>
        ) : null}
      </div>
      {!q.isPending && items.length === 0 ? (
        <EmptyState message={t('schedule.agenda.empty')} />
      ) : (
        <div className="agenda" ref={scroller} role="list" aria-label={t('schedule.agenda.list')}>
          <div style={{ height: virt.getTotalSize(), position: 'relative' }}>
            {virt.getVirtualItems().map((v) => {
              const i = items[v.index]!;
              return (
                <div
                  key={i.id}
                  role="listitem"
                  tabIndex={0}
                  className={`agenda-row ${statusClass(i.status)}`}
                  style={{ top: v.start, height: ROW }}
                  data-item-id={i.id}
                  onClick={() => onSelect(i.id)}
                  onKeyDown={(e) => e.key === 'Enter' && onSelect(i.id)}
                >
                  <span>
                    {formatViDate(i.plannedDate)} {i.plannedTime ?? ''}
                  </span>
                  <span className="t">
                    <span aria-hidden="true">{KIND_ICONS[i.kind]} </span>
                    {i.title}{' '}
                    <span className="hint">
                      · {labels.outlet(i.outlet)}
                      {i.taskCodes.length ? ` · ${t('schedule.agenda.tasks', { codes: i.taskCodes.join(', ') })}` : ''}
                    </span>
                    {i.taskIds.length === 0 ? <span className="unlinked-mark"> · ⚠ {t('schedule.panel.unlinked')}</span> : null}
                  </span>
                  <span className="badge">{labels.status(i.status, i.outlet)}</span>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
