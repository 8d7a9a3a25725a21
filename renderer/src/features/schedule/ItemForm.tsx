import { useState } from 'react';
import { ITEM_KINDS, OUTLETS, type ItemKind, type Outlet } from '../../../../shared/domain/types';
import type { Recurrence } from '../../../../shared/domain/schedule/recurrence';
import { parseIsoDate, weekday } from '../../../../shared/domain/dates';
import { WEEKDAY_VI } from '../../../../shared/domain/schedule/month-grid';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { Dialog } from './Dialog';
import { TopicPicker } from './TopicPicker';
import { KIND_LABELS, OUTLET_LABELS } from './look';

type Repeat = 'none' | 'monthlyDay' | 'monthlyWeekday' | 'weekly' | 'dates';

function recurrenceOf(repeat: Repeat, date: string, f: FormData): Recurrence | null {
  const { day } = parseIsoDate(date);
  switch (repeat) {
    case 'none':
      return null;
    case 'monthlyDay':
      return { kind: 'monthlyDay', day, shortMonths: 'clamp' };
    case 'monthlyWeekday': {
      const nth = Number(f.get('nth'));
      return { kind: 'monthlyWeekday', nth, weekday: weekday(date) };
    }
    case 'weekly':
      return { kind: 'weekly', weekdays: [weekday(date)], intervalWeeks: Number(f.get('every') || 1) };
    case 'dates':
      return { kind: 'dates', dates: String(f.get('dates') ?? '').split(/[\s,;]+/).filter(Boolean) };
  }
}

/** New item or new regular column (series) starting on `date`; quick add passes the day clicked. */
export function ItemForm({ date, task, onClose, onCreated }: { date: string; task?: string; onClose: () => void; onCreated?: (id: string) => void }) {
  const create = useApiMutation('items:create');
  const createSeries = useApiMutation('series:create');
  const tasks = useApiQuery('items:taskOptions', {});
  const toast = useToast();
  const [repeat, setRepeat] = useState<Repeat>('none');
  const [start, setStart] = useState(date);
  const error = create.error ?? createSeries.error;
  const wd = WEEKDAY_VI[weekday(start) - 1];
  return (
    <Dialog title={repeat === 'none' ? 'Thêm mục vào lịch' : 'Tạo chuyên mục định kỳ'} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const s = (k: string) => String(f.get(k) ?? '').trim();
          const task = s('task');
          const base = {
            kind: s('kind') as ItemKind,
            outlet: s('outlet') as Outlet,
            title: s('title'),
            taskIds: task ? [task] : [],
            plannedTime: s('time') || null,
            durationMin: s('duration') ? Number(s('duration')) : null,
            editor: s('editor') || null,
            producer: s('producer') || null,
            topics: f.getAll('topics').map(String),
          };
          const rec = recurrenceOf(repeat, start, f);
          if (!rec) {
            create.mutate({ ...base, plannedDate: start }, { onSuccess: (item) => { toast.show('Đã thêm vào lịch.'); onCreated?.(item.id); onClose(); } });
          } else {
            createSeries.mutate(
              { ...base, recurrence: rec as never, startDate: start, endDate: s('end') || null },
              { onSuccess: (r) => { toast.show(`Đã tạo chuyên mục định kỳ với ${r.itemIds.length} kỳ.`); onClose(); } },
            );
          }
        }}
      >
        <label>
          Tiêu đề
          <input name="title" required autoComplete="off" />
        </label>
        <div className="row">
          <label>
            Loại
            <select name="kind" defaultValue="segment">
              {ITEM_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
            </select>
          </label>
          <label>
            Kênh
            <select name="outlet" defaultValue="tv">
              {OUTLETS.map((o) => <option key={o} value={o}>{OUTLET_LABELS[o]}</option>)}
            </select>
          </label>
        </div>
        <label>
          Nhiệm vụ trong kế hoạch
          {/* Re-mounted once the options arrive, so a task chosen elsewhere (a warning's link) is selected. */}
          <select name="task" defaultValue={task ?? ''} key={tasks.data ? 'loaded' : 'loading'}>
            <option value="">— Không gắn nhiệm vụ —</option>
            {(tasks.data ?? []).map((t) => (
              <option key={t.id} value={t.id}>{`${t.code}. ${t.title}`.slice(0, 90)} — {t.plan}</option>
            ))}
          </select>
        </label>
        <div className="row">
          <label>
            {repeat === 'none' ? 'Ngày' : 'Từ ngày'}
            <input type="date" name="date" required value={start} onChange={(e) => setStart(e.currentTarget.value || start)} />
          </label>
          <label>
            Giờ
            <input type="time" name="time" />
          </label>
          <label>
            Thời lượng (phút)
            <input type="number" name="duration" min={1} max={1440} />
          </label>
        </div>
        <label>
          Lặp lại
          <select name="repeat" value={repeat} onChange={(e) => setRepeat(e.currentTarget.value as Repeat)}>
            <option value="none">Không lặp (một lần)</option>
            <option value="monthlyDay">Hằng tháng vào ngày {parseIsoDate(start).day}</option>
            <option value="monthlyWeekday">Hằng tháng vào {wd} thứ …</option>
            <option value="weekly">Hằng tuần vào {wd}</option>
            <option value="dates">Theo danh sách ngày</option>
          </select>
        </label>
        {repeat === 'monthlyDay' && parseIsoDate(start).day > 28 ? (
          <p className="hint">Tháng không có ngày {parseIsoDate(start).day}: kỳ phát vào ngày cuối tháng.</p>
        ) : null}
        {repeat === 'monthlyWeekday' ? (
          <label>
            Tuần trong tháng
            <select name="nth" defaultValue="1">
              {[1, 2, 3, 4].map((n) => <option key={n} value={n}>{wd} thứ {n}</option>)}
              <option value="-1">{wd} cuối cùng</option>
            </select>
          </label>
        ) : null}
        {repeat === 'weekly' ? (
          <label>
            Cách mấy tuần
            <input type="number" name="every" min={1} max={8} defaultValue={1} />
          </label>
        ) : null}
        {repeat === 'dates' ? (
          <label>
            Các ngày (yyyy-MM-dd, cách nhau bằng dấu phẩy)
            <textarea name="dates" rows={2} defaultValue={start} />
          </label>
        ) : null}
        {repeat !== 'none' ? (
          <label>
            Đến ngày
            <input type="date" name="end" required defaultValue={`${start.slice(0, 4)}-12-31`} />
          </label>
        ) : null}
        <TopicPicker selected={[]} />
        <div className="row">
          <label>
            Biên tập
            <input name="editor" autoComplete="off" />
          </label>
          <label>
            Sản xuất
            <input name="producer" autoComplete="off" />
          </label>
        </div>
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={create.isPending || createSeries.isPending}>
            {repeat === 'none' ? 'Thêm' : 'Tạo các kỳ'}
          </button>
          <button type="button" onClick={onClose}>Hủy</button>
        </div>
      </form>
    </Dialog>
  );
}
