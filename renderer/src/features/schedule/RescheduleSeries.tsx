import { useState } from 'react';
import type { ScheduleItem } from '../../../../shared/contract/items';
import type { Recurrence } from '../../../../shared/domain/schedule/recurrence';
import { parseIsoDate, weekday } from '../../../../shared/domain/dates';
import { WEEKDAY_VI } from '../../../../shared/domain/schedule/month-grid';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';

/**
 * Change a series' rule from this episode on (earlier episodes stay), or for the whole series.
 * Only untouched planned episodes move; anything worked on is kept (the core decides, see schedule-series.ts).
 */
export function RescheduleSeries({ item, date, onDone }: { item: ScheduleItem; date: string; onDone: () => void }) {
  const reschedule = useApiMutation('series:reschedule');
  const toast = useToast();
  const [rule, setRule] = useState<'monthlyDay' | 'monthlyWeekday' | 'weekly'>('monthlyDay');
  const [whole, setWhole] = useState(false);
  if (!item.seriesId) return null;
  const { day } = parseIsoDate(date);
  const wd = weekday(date);
  const nth = Math.floor((day - 1) / 7) + 1;
  const recurrence: Recurrence =
    rule === 'monthlyDay' ? { kind: 'monthlyDay', day } : rule === 'monthlyWeekday' ? { kind: 'monthlyWeekday', nth: Math.min(nth, 4), weekday: wd } : { kind: 'weekly', weekdays: [wd] };
  return (
    <section aria-label="Đổi lịch lặp">
      <h3>Đổi lịch lặp</h3>
      <div className="form">
        <label>
          Lặp lại
          <select value={rule} onChange={(e) => setRule(e.currentTarget.value as typeof rule)}>
            <option value="monthlyDay">Hằng tháng vào ngày {day}</option>
            <option value="monthlyWeekday">Hằng tháng vào {WEEKDAY_VI[wd - 1]} thứ {Math.min(nth, 4)}</option>
            <option value="weekly">Hằng tuần vào {WEEKDAY_VI[wd - 1]}</option>
          </select>
        </label>
        <label style={{ display: 'flex', gap: '0.4rem', alignItems: 'center' }}>
          <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.currentTarget.checked)} />
          Áp dụng cho cả chuyên mục (không chỉ từ kỳ này)
        </label>
        <ErrorMessage error={reschedule.error} />
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              reschedule.mutate(
                { id: item.seriesId!, recurrence: recurrence as never, fromDate: whole ? undefined : (item.occurrence ?? item.plannedDate) },
                {
                  onSuccess: (r) => {
                    toast.show(`Đã đổi lịch lặp: thêm ${r.created} kỳ, bỏ ${r.removed} kỳ chưa thực hiện, giữ ${r.kept} kỳ.`);
                    onDone();
                  },
                },
              )
            }
          >
            Đổi lịch lặp
          </button>
        </div>
      </div>
    </section>
  );
}
