import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleItem } from '../../../../shared/contract/items';
import { OUTLETS, type Outlet } from '../../../../shared/domain/types';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { Dialog } from './Dialog';
import { TopicPicker } from './TopicPicker';
import { RescheduleSeries } from './RescheduleSeries';
import { useLabels } from './useLabels';

type Scope = 'this' | 'following' | 'all';
const SCOPES: Scope[] = ['this', 'following', 'all'];

/** Edit an item; for a series episode choose this one, this and following, or the whole series. */
export function EditItemForm({ item, onClose }: { item: ScheduleItem; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const update = useApiMutation('items:update');
  const remove = useApiMutation('items:delete');
  const move = useApiMutation('items:move');
  const toast = useToast();
  const [scope, setScope] = useState<Scope>('this');
  return (
    <Dialog title={t('schedule.edit.title')} onClose={onClose}>
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
                toast.show(r.updated.length > 1 ? t('schedule.edit.updatedMany', { n: r.updated.length }) : t('schedule.edit.saved'));
                onClose();
              },
            },
          );
        }}
      >
        <label>
          {t('schedule.field.title')}
          <input name="title" required defaultValue={item.title} />
        </label>
        {item.status !== 'done' && item.status !== 'cancelled' ? (
          <label>
            {t('schedule.edit.date')}
            <input type="date" name="date" defaultValue={item.plannedDate} />
          </label>
        ) : null}
        <div className="row">
          <label>
            {t('schedule.field.outlet')}
            <select name="outlet" defaultValue={item.outlet}>
              {OUTLETS.map((o) => <option key={o} value={o}>{labels.outlet(o)}</option>)}
            </select>
          </label>
          <label>
            {t('schedule.field.time')}
            <input type="time" name="time" defaultValue={item.plannedTime ?? ''} />
          </label>
          <label>
            {t('schedule.field.duration')}
            <input type="number" name="duration" min={1} max={1440} defaultValue={item.durationMin ?? ''} />
          </label>
        </div>
        <div className="row">
          <label>
            {t('schedule.field.editor')}
            <input name="editor" defaultValue={item.editor ?? ''} />
          </label>
          <label>
            {t('schedule.field.producer')}
            <input name="producer" defaultValue={item.producer ?? ''} />
          </label>
        </div>
        <TopicPicker selected={item.topics} />
        <label>
          {t('schedule.field.notes')}
          <textarea name="notes" rows={2} defaultValue={item.notes} />
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
        <ErrorMessage error={update.error ?? move.error ?? remove.error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={update.isPending}>{t('schedule.field.save')}</button>
          <button type="button" onClick={onClose}>{t('schedule.field.cancel')}</button>
          {item.status !== 'done' ? (
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (!window.confirm(t('schedule.edit.confirmDelete', { title: item.title }))) return;
                remove.mutate({ id: item.id }, { onSuccess: () => { toast.show(t('schedule.edit.deleted')); onClose(); } });
              }}
            >
              {t('schedule.edit.delete')}
            </button>
          ) : null}
        </div>
      </form>
      {item.seriesId ? <RescheduleSeries item={item} date={item.plannedDate} onDone={onClose} /> : null}
    </Dialog>
  );
}
