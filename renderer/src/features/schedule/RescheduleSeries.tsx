import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleItem } from '../../../../shared/contract/items';
import type { Recurrence } from '../../../../shared/domain/schedule/recurrence';
import { parseIsoDate, weekday } from '../../../../shared/domain/dates';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { useLabels } from './useLabels';

/**
 * Change a series' rule from this episode on (earlier episodes stay), or for the whole series.
 * Only untouched planned episodes move; anything worked on is kept (the core decides, see schedule-series.ts).
 */
export function RescheduleSeries({ item, date, onDone }: { item: ScheduleItem; date: string; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const reschedule = useApiMutation('series:reschedule');
  const toast = useToast();
  const [rule, setRule] = useState<'monthlyDay' | 'monthlyWeekday' | 'weekly'>('monthlyDay');
  const [whole, setWhole] = useState(false);
  if (!item.seriesId) return null;
  const { day } = parseIsoDate(date);
  const wd = weekday(date);
  const nth = Math.floor((day - 1) / 7) + 1;
  const recurrence: Recurrence =
    rule === 'monthlyDay'
      ? { kind: 'monthlyDay', day }
      : rule === 'monthlyWeekday'
        ? { kind: 'monthlyWeekday', nth: Math.min(nth, 4), weekday: wd }
        : { kind: 'weekly', weekdays: [wd] };
  return (
    <section aria-label={t('schedule.series.title')}>
      <h3>{t('schedule.series.title')}</h3>
      <div className="form">
        <label>
          {t('schedule.add.repeat')}
          <select value={rule} onChange={(e) => setRule(e.currentTarget.value as typeof rule)}>
            <option value="monthlyDay">{t('schedule.add.monthlyDay', { day })}</option>
            <option value="monthlyWeekday">
              {t('schedule.add.monthlyNth', { which: t(`schedule.add.which.${Math.min(nth, 4)}`, { wd: labels.weekday(wd) }) })}
            </option>
            <option value="weekly">{t('schedule.add.weekly', { wd: labels.weekday(wd) })}</option>
          </select>
        </label>
        <label style={{ display: 'flex', gap: '0.4rem', alignItems: 'center' }}>
          <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.currentTarget.checked)} />
          {t('schedule.series.whole')}
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
                    toast.show(t('schedule.series.done', { created: r.created, removed: r.removed, kept: r.kept }));
                    onDone();
                  },
                },
              )
            }
          >
            {t('schedule.series.title')}
          </button>
        </div>
      </div>
    </section>
  );
}
