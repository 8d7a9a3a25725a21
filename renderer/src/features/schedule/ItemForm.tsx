import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind, Outlet } from '../../../../shared/domain/types';
import type { Recurrence } from '../../../../shared/domain/schedule/recurrence';
import { parseIsoDate, weekday } from '../../../../shared/domain/dates';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/FieldError';
import { allShown, apiFieldErrors, checkViDate, type FieldErrors } from '../../components/form-errors';
import { fieldLabel } from '../../../../shared/contract/field-labels';
import { useToast } from '../../components/Toast';
import { Dialog } from './Dialog';
import { TopicPicker } from './TopicPicker';
import { TaskSelect, chosenTask } from './TaskSelect';
import { useLabels } from './useLabels';
import { KindSelect, OutletSelect } from './ChoiceSelect';
import { FormActions } from './FormActions';
import { readSubmit, titleErrors } from './item-form';
import { PeopleFields, TitleField } from './ItemFields';

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
      return {
        kind: 'dates',
        dates: String(f.get('dates') ?? '')
          .split(/[\s,;]+/)
          .filter(Boolean),
      };
  }
}

/** New item or new regular column (series) starting on `date`; quick add passes the day clicked. */
export function ItemForm({
  date,
  task,
  onClose,
  onCreated,
}: {
  date: string;
  task?: string;
  onClose: () => void;
  onCreated?: (id: string, date: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const create = useApiMutation('items:create');
  const createSeries = useApiMutation('series:create');
  const toast = useToast();
  const [repeat, setRepeat] = useState<Repeat>('none');
  const [start, setStart] = useState(date);
  const [dateText, setDateText] = useState<string | null>(null);
  const [endText, setEndText] = useState<string | null>(null);
  const [mine, setMine] = useState<FieldErrors>({});
  const error = create.error ?? createSeries.error;
  const label = (name: string) => fieldLabel(name) ?? name;
  const fromCore = apiFieldErrors(error, label);
  const errs: FieldErrors = {
    ...fromCore,
    ...(fromCore.plannedDate || fromCore.startDate ? { date: fromCore.plannedDate ?? fromCore.startDate! } : {}),
    ...mine,
  };
  const wd = labels.weekday(weekday(start));
  return (
    <Dialog title={repeat === 'none' ? t('schedule.add.title') : t('schedule.add.seriesTitle')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          const { f, s } = readSubmit(e);
          // Checked here first, in words beside each field; the core checks again (the same limits).
          const found = titleErrors(t, f);
          const chosen = chosenTask(t, s('task'));
          if ('error' in chosen) found.task = chosen.error;
          const checked = dateText === null ? { iso: start } : checkViDate(t, t('schedule.field.date'), dateText);
          if ('error' in checked) found.date = checked.error;
          const end = repeat === 'none' || endText === null ? { iso: `${start.slice(0, 4)}-12-31` } : checkViDate(t, t('schedule.field.toDate'), endText);
          if ('error' in end) found.end = end.error;
          setMine(found);
          if (Object.keys(found).length > 0) {
            e.currentTarget.querySelector<HTMLElement>(`[name="${Object.keys(found)[0]}"]`)?.focus();
            return;
          }
          const when = 'iso' in checked ? checked.iso : start;
          const base = {
            kind: s('kind') as ItemKind,
            outlet: s('outlet') as Outlet,
            title: s('title'),
            taskIds: 'taskIds' in chosen ? chosen.taskIds : [],
            plannedTime: s('time') || null,
            durationMin: s('duration') ? Number(s('duration')) : null,
            editor: s('editor') || null,
            producer: s('producer') || null,
            topics: f.getAll('topics').map(String),
          };
          const rec = recurrenceOf(repeat, when, f);
          if (!rec) {
            create.mutate(
              { ...base, plannedDate: when },
              {
                onSuccess: (item) => {
                  toast.show(t('schedule.add.added'));
                  onClose();
                  onCreated?.(item.id, item.plannedDate);
                },
              },
            );
          } else {
            createSeries.mutate(
              { ...base, recurrence: rec as never, startDate: when, endDate: 'iso' in end ? end.iso : null },
              {
                onSuccess: (r) => {
                  toast.show(t('schedule.add.seriesAdded', { n: r.itemIds.length }));
                  onClose();
                  // Go to the new column's first episode (its month), not stay on today's month.
                  if (r.itemIds[0]) onCreated?.(r.itemIds[0], r.series.startDate);
                },
              },
            );
          }
        }}
      >
        <TitleField error={errs.title} errorId="title-error" />
        <div className="row">
          <KindSelect name="kind" defaultValue="segment" />
          <OutletSelect name="outlet" defaultValue="tv" />
        </div>
        <TaskSelect value={task} explicit error={errs.task ?? errs.taskIds} errorId="task-error" />
        <div className="row">
          <DateField
            label={repeat === 'none' ? t('schedule.field.date') : t('schedule.field.fromDate')}
            name="date"
            value={start}
            error={errs.date}
            onText={(text) => {
              setDateText(text);
              const c = checkViDate(t, '', text);
              if ('iso' in c) setStart(c.iso);
            }}
          />
          <Field label={t('schedule.field.time')} error={errs.plannedTime} errorId="time-error">
            <input type="time" name="time" aria-invalid={errs.plannedTime ? true : undefined} aria-describedby={errs.plannedTime ? 'time-error' : undefined} />
          </Field>
          <Field label={t('schedule.field.duration')} error={errs.durationMin} errorId="duration-error">
            <input
              type="number"
              name="duration"
              min={1}
              max={1440}
              aria-invalid={errs.durationMin ? true : undefined}
              aria-describedby={errs.durationMin ? 'duration-error' : undefined}
            />
          </Field>
        </div>
        <label>
          {t('schedule.add.repeat')}
          <select name="repeat" value={repeat} onChange={(e) => setRepeat(e.currentTarget.value as Repeat)}>
            <option value="none">{t('schedule.add.none')}</option>
            <option value="monthlyDay">{t('schedule.add.monthlyDay', { day: parseIsoDate(start).day })}</option>
            <option value="monthlyWeekday">{t('schedule.add.monthlyWeekday', { wd })}</option>
            <option value="weekly">{t('schedule.add.weekly', { wd })}</option>
            <option value="dates">{t('schedule.add.dates')}</option>
          </select>
        </label>
        {repeat === 'monthlyDay' && parseIsoDate(start).day > 28 ? (
          <p className="hint">{t('schedule.add.shortMonth', { day: parseIsoDate(start).day })}</p>
        ) : null}
        {repeat === 'monthlyWeekday' ? (
          <label>
            {t('schedule.add.nth')}
            <select name="nth" defaultValue="1">
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {t(`schedule.add.which.${n}`, { wd })}
                </option>
              ))}
              <option value="-1">{t('schedule.add.which.last', { wd })}</option>
            </select>
          </label>
        ) : null}
        {repeat === 'weekly' ? (
          <label>
            {t('schedule.add.every')}
            <input type="number" name="every" min={1} max={8} defaultValue={1} />
          </label>
        ) : null}
        {repeat === 'dates' ? (
          <label>
            {t('schedule.add.dateList')}
            <textarea name="dates" rows={2} defaultValue={start} />
          </label>
        ) : null}
        {repeat !== 'none' ? (
          <DateField label={t('schedule.field.toDate')} name="end" value={`${start.slice(0, 4)}-12-31`} error={errs.end ?? errs.endDate} onText={setEndText} />
        ) : null}
        <TopicPicker selected={[]} />
        <PeopleFields />
        {allShown(error, errs) ? null : <ErrorMessage error={error} />}
        <FormActions
          label={repeat === 'none' ? t('schedule.add.submit') : t('schedule.add.submitSeries')}
          pending={create.isPending || createSeries.isPending}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}
