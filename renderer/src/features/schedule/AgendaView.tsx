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
export function AgendaView({ filter, onFilter, onSelect }: { filter: ItemFilter; onFilter: (f: ItemFilter) => void; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const q = useApiQuery('items:list', { filter }, { placeholderData: (prev) => prev });
  const items = q.data ?? [];
  const scroller = useRef<HTMLDivElement>(null);
  const virt = useVirtualizer({ count: items.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 10 });
  return (
    <div>
      <AgendaFilters filter={filter} onChange={onFilter} />
      <ErrorMessage error={q.error} />
      <p className="hint" aria-live="polite" data-testid="agenda-count">{q.isPending ? t('app.loading') : t('schedule.count', { count: items.length })}</p>
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
                  <span>{formatViDate(i.plannedDate)} {i.plannedTime ?? ''}</span>
                  <span className="t">
                    <span aria-hidden="true">{KIND_ICONS[i.kind]} </span>
                    {i.title} <span className="hint">· {labels.outlet(i.outlet)}{i.taskCodes.length ? ` · ${t('schedule.agenda.tasks', { codes: i.taskCodes.join(', ') })}` : ''}</span>
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
