import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleItem } from '../../../../shared/contract/items';
import type { ItemKind, Outlet } from '../../../../shared/domain/types';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DateField } from '../../components/DateField';
import { allShown, apiFieldErrors, checkViDate, type FieldErrors } from '../../components/form-errors';
import { fieldLabel } from '../../../../shared/contract/field-labels';
import { useToast } from '../../components/Toast';
import { Dialog } from './Dialog';
import { TopicPicker } from './TopicPicker';
import { NO_TASK, TaskSelect } from './TaskSelect';
import { RescheduleSeries } from './RescheduleSeries';
import { KindSelect, OutletSelect } from './ChoiceSelect';
import { FormActions } from './FormActions';
import { readSubmit, titleErrors } from './item-form';
import { PeopleFields, TimeDurationFields, TitleField } from './ItemFields';

type Scope = 'this' | 'following' | 'all';
const SCOPES: Scope[] = ['this', 'following', 'all'];

/**
 * Edit an item: everything set at creation (title, kind, plan task, outlet, date, time…), saved as one call
 * and so one transaction: a refused date change refuses the whole edit and the dialog stays open with the reason.
 * For a series episode choose this one, this and following, or the whole series.
 */
export function EditItemForm({ item, onClose }: { item: ScheduleItem; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useApiMutation('items:update');
  const remove = useApiMutation('items:delete');
  const toast = useToast();
  const [scope, setScope] = useState<Scope>('this');
  const [dateText, setDateText] = useState<string | null>(null);
  const [mine, setMine] = useState<FieldErrors>({});
  const fromCore = apiFieldErrors(update.error, (n) => fieldLabel(n) ?? n);
  const errs: FieldErrors = { ...fromCore, ...(fromCore.plannedDate ? { date: fromCore.plannedDate } : {}), ...mine };
  const movable = item.status !== 'done' && item.status !== 'cancelled';
  return (
    <Dialog title={t('schedule.edit.title')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          const { f, s } = readSubmit(e);
          const found = titleErrors(t, f);
          const checked = dateText === null || !movable ? { iso: item.plannedDate } : checkViDate(t, t('schedule.field.date'), dateText);
          if ('error' in checked) found.date = checked.error;
          setMine(found);
          if (Object.keys(found).length > 0) return;
          const date = 'iso' in checked ? checked.iso : item.plannedDate;
          const task = s('task') === NO_TASK ? '' : s('task');
          update.mutate(
            {
              id: item.id,
              scope,
              patch: {
                title: s('title'),
                kind: s('kind') as ItemKind,
                outlet: s('outlet') as Outlet,
                plannedTime: s('time') || null,
                durationMin: s('duration') ? Number(s('duration')) : null,
                editor: s('editor') || null,
                producer: s('producer') || null,
                notes: s('notes'),
                topics: f.getAll('topics').map(String),
                // Only the plan link chosen here changes; links to other tasks (set by the CLI or a sync) stay.
                taskIds: task ? [task, ...item.taskIds.filter((x) => x !== task && x !== item.taskIds[0])] : item.taskIds.slice(1),
                ...(date !== item.plannedDate ? { plannedDate: date } : {}),
              },
            },
            {
              onSuccess: (r) => {
                toast.show(r.updated.length > 1 ? t('schedule.edit.updatedMany', { n: r.updated.length }) : t('schedule.edit.saved'));
                onClose();
              },
            },
          );
        }}
      >
        <TitleField error={errs.title} errorId="edit-title-error" defaultValue={item.title} />
        <TaskSelect value={item.taskIds[0]} explicit={false} error={errs.taskIds} errorId="edit-task-error" />
        {movable ? <DateField label={t('schedule.edit.date')} name="date" value={item.plannedDate} error={errs.date} onText={setDateText} /> : null}
        <div className="row">
          <KindSelect name="kind" defaultValue={item.kind} />
          <OutletSelect name="outlet" defaultValue={item.outlet} />
          <TimeDurationFields time={item.plannedTime} duration={item.durationMin} />
        </div>
        <PeopleFields editor={item.editor} producer={item.producer} />
        <TopicPicker selected={item.topics} />
        <label>
          {t('schedule.field.notes')}
          <textarea name="notes" rows={2} defaultValue={item.notes} maxLength={5000} />
        </label>
        {item.seriesId ? (
          <fieldset>
            <legend>{t('schedule.edit.scope')}</legend>
            {SCOPES.map((v) => (
              <label key={v} style={{ display: 'flex', gap: '0.4rem', alignItems: 'center' }}>
                <input type="radio" name="scope" value={v} checked={scope === v} onChange={() => setScope(v)} />
                {t(`schedule.edit.scopes.${v}`)}
              </label>
            ))}
            <p className="hint">{t('schedule.edit.scopeHint')}</p>
          </fieldset>
        ) : null}
        {allShown(update.error, errs) ? null : <ErrorMessage error={update.error ?? remove.error} />}
        <FormActions label={t('schedule.field.save')} pending={update.isPending} onClose={onClose}>
          {item.status !== 'done' ? (
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (!window.confirm(t('schedule.edit.confirmDelete', { title: item.title }))) return;
                remove.mutate(
                  { id: item.id },
                  {
                    onSuccess: () => {
                      toast.show(t('schedule.edit.deleted'));
                      onClose();
                    },
                  },
                );
              }}
            >
              {t('schedule.edit.delete')}
            </button>
          ) : null}
        </FormActions>
      </form>
      {item.seriesId ? <RescheduleSeries item={item} date={item.plannedDate} onDone={onClose} /> : null}
    </Dialog>
  );
}
