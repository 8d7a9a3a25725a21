import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ItemFilter } from '../../../../shared/domain/schedule/search';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EmptyState } from '../../components/EmptyState';
import { AgendaFilters } from './AgendaFilters';
import { KIND_ICONS, OUTLET_LABELS, formatViDate, statusClass, statusLabel } from './look';

const ROW = 46;

/** The agenda: every item matching the filters, in date order; only the rows on screen are rendered. */
export function AgendaView({ filter, onFilter, onSelect }: { filter: ItemFilter; onFilter: (f: ItemFilter) => void; onSelect: (id: string) => void }) {
  const q = useApiQuery('items:list', { filter }, { placeholderData: (prev) => prev });
  const items = q.data ?? [];
  const scroller = useRef<HTMLDivElement>(null);
  const virt = useVirtualizer({ count: items.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 10 });
  return (
    <div>
      <AgendaFilters filter={filter} onChange={onFilter} />
      <ErrorMessage error={q.error} />
      <p className="hint" aria-live="polite" data-testid="agenda-count">{q.isPending ? 'Đang tải…' : `${items.length} mục`}</p>
      {!q.isPending && items.length === 0 ? (
        <EmptyState message="Không có mục nào khớp điều kiện lọc. Hãy bỏ bớt điều kiện hoặc thêm mục mới vào lịch." />
      ) : (
        <div className="agenda" ref={scroller} role="list" aria-label="Danh sách mục">
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
                    {i.title} <span className="hint">· {OUTLET_LABELS[i.outlet]}{i.taskCodes.length ? ` · NV ${i.taskCodes.join(', ')}` : ''}</span>
                  </span>
                  <span className="badge">{statusLabel(i.status, i.outlet)}</span>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
