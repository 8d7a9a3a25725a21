import type { ScheduleItem } from '../../../../shared/contract/items';
import type { ItemStatus } from '../../../../shared/domain/types';
import { markDoneLabel } from '../../../../shared/domain/schedule/labels';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EmptyState } from '../../components/EmptyState';
import { itemSummary, statusClass } from './look';

function Row({ item, onSelect, onStatus }: { item: ScheduleItem; onSelect: (id: string) => void; onStatus: (i: ScheduleItem, to: ItemStatus) => void }) {
  return (
    <div className={`mine-item ${statusClass(item.status)}`}>
      <div>
        <button className="t" style={{ border: 'none', padding: 0, background: 'none', minHeight: 0 }} onClick={() => onSelect(item.id)}>
          {item.title}
        </button>
        <div className="hint">{itemSummary(item)}</div>
      </div>
      <button className="primary big" onClick={() => onStatus(item, 'done')}>
        {markDoneLabel(item.outlet)}
      </button>
    </div>
  );
}

/** "Việc của tôi": the current user's open items, overdue first, then this week's. */
export function MyItemsView({ onSelect, onStatus }: { onSelect: (id: string) => void; onStatus: (i: ScheduleItem, to: ItemStatus) => void }) {
  const q = useApiQuery('items:mine', {});
  if (q.error) return <ErrorMessage error={q.error} />;
  if (!q.data) return <p>Đang tải…</p>;
  const { overdue, thisWeek, person } = q.data;
  if (!person) return <EmptyState message="Chưa chọn người dùng. Hãy chọn người dùng trong Cài đặt." />;
  return (
    <div className="mine">
      <section aria-label="Quá hạn">
        <h2>Quá hạn ({overdue.length})</h2>
        {overdue.length === 0 ? <p className="hint">Không có việc quá hạn.</p> : overdue.map((i) => <Row key={i.id} item={i} onSelect={onSelect} onStatus={onStatus} />)}
      </section>
      <section aria-label="Tuần này">
        <h2>Tuần này ({thisWeek.length})</h2>
        {thisWeek.length === 0 ? <p className="hint">Tuần này {person} không có việc nào đến hạn.</p> : thisWeek.map((i) => <Row key={i.id} item={i} onSelect={onSelect} onStatus={onStatus} />)}
      </section>
    </div>
  );
}
