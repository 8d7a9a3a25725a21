import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { RoleNote } from '../../components/RoleNote';
import { useCan } from '../../app/useCan';
import { formatViDate } from './look';
import './translations';

/** Cài đặt → Ngày lễ: the holidays shown on the calendar, by year; add local days, remove wrong ones. */
export function HolidaysPanel() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const list = useApiQuery('holidays:list', { from: `${year}-01-01`, to: `${year}-12-31` });
  const save = useApiMutation('holidays:save');
  const toast = useToast();
  const editable = useCan()('holidays:save');
  return (
    <section className="card" aria-label={t('schedule.holidays.title')}>
      <h2>{t('schedule.holidays.heading')}</h2>
      <div className="toolbar">
        <button onClick={() => setYear(year - 1)} aria-label={t('schedule.holidays.prev')}>
          ‹
        </button>
        <strong>{t('schedule.holidays.year', { year })}</strong>
        <button onClick={() => setYear(year + 1)} aria-label={t('schedule.holidays.next')}>
          ›
        </button>
      </div>
      <ErrorMessage error={list.error ?? save.error} />
      {editable ? null : <RoleNote />}
      <ul>
        {(list.data ?? []).map((h) => (
          <li key={`${h.date}-${h.name}`}>
            {formatViDate(h.date)} — {h.name}
            {h.tentative ? ` ${t('schedule.holidays.tentative')}` : ''}{' '}
            {editable ? (
              <button
                className="danger"
                onClick={() =>
                  save.mutate({ add: [], remove: [{ date: h.date, name: h.name }] }, { onSuccess: () => toast.show(t('schedule.holidays.removed')) })
                }
              >
                {t('schedule.holidays.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <form
          className="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const form = e.currentTarget;
            save.mutate(
              { add: [{ date: String(f.get('date')), name: String(f.get('name')) }], remove: [] },
              {
                onSuccess: () => {
                  toast.show(t('schedule.holidays.added'));
                  form.reset();
                },
              },
            );
          }}
        >
          <label>
            {t('schedule.holidays.date')} <input type="date" name="date" required />
          </label>
          <label>
            {t('schedule.holidays.name')} <input name="name" required />
          </label>
          <button type="submit">{t('schedule.holidays.add')}</button>
        </form>
      ) : null}
    </section>
  );
}
