import { useState } from 'react';
import type { ScheduleItem } from '../../../../shared/contract/items';
import { OUTLETS, type Outlet } from '../../../../shared/domain/types';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { Dialog } from './Dialog';
import { TopicPicker } from './TopicPicker';
import { RescheduleSeries } from './RescheduleSeries';
import { OUTLET_LABELS } from './look';

type Scope = 'this' | 'following' | 'all';

/** Edit an item; for a series episode choose this one, this and following, or the whole series. */
export function EditItemForm({ item, onClose }: { item: ScheduleItem; onClose: () => void }) {
  const update = useApiMutation('items:update');
  const remove = useApiMutation('items:delete');
  const move = useApiMutation('items:move');
  const toast = useToast();
  const [scope, setScope] = useState<Scope>('this');
  return (
    <Dialog title="Sửa mục" onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const s = (k: string) => String(f.get(k) ?? '').trim();
          // The keyboard way to move an item (the calendar also takes a drag); same rules as a drag.
          const date = s('date');
          if (date && date !== item.plannedDate) move.mutate({ id: item.id, date });
          update.mutate(
            {
              id: item.id,
              scope,
              patch: {
                title: s('title'),
                outlet: s('outlet') as Outlet,
                plannedTime: s('time') || null,
                durationMin: s('duration') ? Number(s('duration')) : null,
                editor: s('editor') || null,
                producer: s('producer') || null,
                notes: s('notes'),
                topics: f.getAll('topics').map(String),
              },
            },
            {
              onSuccess: (r) => {
                toast.show(r.updated.length > 1 ? `Đã cập nhật ${r.updated.length} kỳ.` : 'Đã lưu.');
                onClose();
              },
            },
          );
        }}
      >
        <label>
          Tiêu đề
          <input name="title" required defaultValue={item.title} />
        </label>
        {item.status !== 'done' && item.status !== 'cancelled' ? (
          <label>
            Ngày dự kiến (chỉ kỳ này)
            <input type="date" name="date" defaultValue={item.plannedDate} />
          </label>
        ) : null}
        <div className="row">
          <label>
            Kênh
            <select name="outlet" defaultValue={item.outlet}>
              {OUTLETS.map((o) => <option key={o} value={o}>{OUTLET_LABELS[o]}</option>)}
            </select>
          </label>
          <label>
            Giờ
            <input type="time" name="time" defaultValue={item.plannedTime ?? ''} />
          </label>
          <label>
            Thời lượng (phút)
            <input type="number" name="duration" min={1} max={1440} defaultValue={item.durationMin ?? ''} />
          </label>
        </div>
        <div className="row">
          <label>
            Biên tập
            <input name="editor" defaultValue={item.editor ?? ''} />
          </label>
          <label>
            Sản xuất
            <input name="producer" defaultValue={item.producer ?? ''} />
          </label>
        </div>
        <TopicPicker selected={item.topics} />
        <label>
          Ghi chú
          <textarea name="notes" rows={2} defaultValue={item.notes} />
        </label>
        {item.seriesId ? (
          <fieldset>
            <legend>Áp dụng cho</legend>
            {([
              ['this', 'Chỉ kỳ này'],
              ['following', 'Kỳ này và các kỳ sau'],
              ['all', 'Tất cả các kỳ của chuyên mục'],
            ] as const).map(([v, label]) => (
              <label key={v} style={{ display: 'flex', gap: '0.4rem', alignItems: 'center' }}>
                <input type="radio" name="scope" value={v} checked={scope === v} onChange={() => setScope(v)} />
                {label}
              </label>
            ))}
            <p className="hint">Các kỳ đã phát sóng/đã đăng hoặc đã hủy không bị thay đổi.</p>
          </fieldset>
        ) : null}
        <ErrorMessage error={update.error ?? move.error ?? remove.error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={update.isPending}>Lưu</button>
          <button type="button" onClick={onClose}>Hủy</button>
          {item.status !== 'done' ? (
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (!window.confirm(`Xóa "${item.title}" khỏi lịch?`)) return;
                remove.mutate({ id: item.id }, { onSuccess: () => { toast.show('Đã xóa mục.'); onClose(); } });
              }}
            >
              Xóa mục
            </button>
          ) : null}
        </div>
      </form>
      {item.seriesId ? <RescheduleSeries item={item} date={item.plannedDate} onDone={onClose} /> : null}
    </Dialog>
  );
}
