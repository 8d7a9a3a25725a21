import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import type { TaskView } from '../../../../shared/contract/plans';
import { joinAgencies, splitAgencyInput } from './file-data';
import { DialogButtons, PlansDialog } from './PlansDialog';

/** Edit any field of a task; a new timeframe re-reads the cadence unless it was set by hand. */
export function TaskDialog({ task, onClose, onSaved }: { task: TaskView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = useApiMutation('plans:updateTask');
  const [form, setForm] = useState({
    code: task.code,
    title: task.title,
    product: task.product,
    leads: joinAgencies(task.leads),
    partners: joinAgencies(task.partners),
    timeframe: task.timeframe,
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        id: task.id,
        code: form.code,
        title: form.title,
        product: form.product,
        leads: splitAgencyInput(form.leads),
        partners: splitAgencyInput(form.partners),
        timeframe: form.timeframe,
      },
      { onSuccess: onSaved },
    );
  };
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setForm({ ...form, [key]: e.target.value });
  return (
    <PlansDialog title={`${t('plans.editTask')} ${task.code}`} onClose={onClose} wide>
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('plans.col.code')}</span>
          <input name="code" value={form.code} onChange={set('code')} className="small-input" />
        </label>
        <label className="field">
          <span>{t('plans.col.title')}</span>
          <textarea name="title" rows={3} value={form.title} onChange={set('title')} />
        </label>
        <label className="field">
          <span>{t('plans.col.product')}</span>
          <input name="product" value={form.product} onChange={set('product')} />
        </label>
        <label className="field">
          <span>{t('plans.col.leads')}</span>
          <input name="leads" value={form.leads} onChange={set('leads')} />
          <small>{t('plans.agencyHint')}</small>
        </label>
        <label className="field">
          <span>{t('plans.col.partners')}</span>
          <input name="partners" value={form.partners} onChange={set('partners')} />
          <small>{t('plans.agencyHint')}</small>
        </label>
        <label className="field">
          <span>{t('plans.col.timeframe')}</span>
          <input name="timeframe" value={form.timeframe} onChange={set('timeframe')} />
          <small>{task.cadenceOverridden ? t('plans.timeframeManual') : t('plans.timeframeAuto')}</small>
        </label>
        <DialogButtons error={save.error} disabled={save.isPending} onClose={onClose} />
      </form>
    </PlansDialog>
  );
}
