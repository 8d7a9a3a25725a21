import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useCan } from '../../app/useCan';
import { formatViDate } from './look';
import { ListPanel } from './ListPanel';
import './translations';

/** Cài đặt → Ngày lễ: the holidays shown on the calendar, by year; add local days, remove wrong ones. */
export function HolidaysPanel() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const list = useApiQuery('holidays:list', { from: `${year}-01-01`, to: `${year}-12-31` });
  const save = useApiMutation('holidays:save');
  const editable = useCan()('holidays:save');
  return (
    <ListPanel
      label={t('schedule.holidays.title')}
      heading={t('schedule.holidays.heading')}
      toolbar={
        <div className="toolbar">
          <button onClick={() => setYear(year - 1)} aria-label={t('schedule.holidays.prev')}>
            ‹
          </button>
          <strong>{t('schedule.holidays.year', { year })}</strong>
          <button onClick={() => setYear(year + 1)} aria-label={t('schedule.holidays.next')}>
            ›
          </button>
        </div>
      }
      items={list.data}
      error={list.error}
      keyOf={(h) => `${h.date}-${h.name}`}
      show={(h) => `${formatViDate(h.date)} — ${h.name}${h.tentative ? ` ${t('schedule.holidays.tentative')}` : ''}`}
      editable={editable}
      save={save}
      removeInput={(h) => ({ add: [], remove: [{ date: h.date, name: h.name }] })}
      removeLabel={t('schedule.holidays.remove')}
      removedToast={t('schedule.holidays.removed')}
      addInput={(f) => ({ add: [{ date: String(f.get('date')), name: String(f.get('name')) }], remove: [] })}
      addLabel={t('schedule.holidays.add')}
      addedToast={t('schedule.holidays.added')}
    >
      <label>
        {t('schedule.holidays.date')} <input type="date" name="date" required />
      </label>
      <label>
        {t('schedule.holidays.name')} <input name="name" required />
      </label>
    </ListPanel>
  );
}
