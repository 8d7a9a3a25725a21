import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { formatViDate } from './look';

/** Cài đặt → Ngày lễ: the holidays shown on the calendar, by year; add local days, remove wrong ones. */
export function HolidaysPanel() {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const list = useApiQuery('holidays:list', { from: `${year}-01-01`, to: `${year}-12-31` });
  const save = useApiMutation('holidays:save');
  const toast = useToast();
  return (
    <section aria-label="Ngày lễ">
      <h2>Ngày lễ trên lịch</h2>
      <div className="toolbar">
        <button onClick={() => setYear(year - 1)} aria-label="Năm trước">‹</button>
        <strong>Năm {year}</strong>
        <button onClick={() => setYear(year + 1)} aria-label="Năm sau">›</button>
      </div>
      <ErrorMessage error={list.error ?? save.error} />
      <ul>
        {(list.data ?? []).map((h) => (
          <li key={`${h.date}-${h.name}`}>
            {formatViDate(h.date)} — {h.name}
            {h.tentative ? ' (cần đối chiếu quyết định nghỉ lễ)' : ''}{' '}
            <button
              className="danger"
              onClick={() => save.mutate({ add: [], remove: [{ date: h.date, name: h.name }] }, { onSuccess: () => toast.show('Đã bỏ ngày lễ.') })}
            >
              Bỏ
            </button>
          </li>
        ))}
      </ul>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const form = e.currentTarget;
          save.mutate(
            { add: [{ date: String(f.get('date')), name: String(f.get('name')) }], remove: [] },
            { onSuccess: () => { toast.show('Đã thêm ngày lễ.'); form.reset(); } },
          );
        }}
      >
        <label>
          Ngày <input type="date" name="date" required />
        </label>
        <label>
          Tên ngày lễ <input name="name" required />
        </label>
        <button type="submit">Thêm ngày lễ</button>
      </form>
    </section>
  );
}
