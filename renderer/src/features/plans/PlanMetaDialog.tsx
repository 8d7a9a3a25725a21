import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import type { Plan } from '../../../../shared/domain/types';
import { formatViDate, parseViDate } from '../../../../shared/domain/dates';
import { DialogButtons, PlansDialog } from './PlansDialog';

export function PlanMetaDialog({ plan, onClose, onSaved }: { plan: Plan; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = useApiMutation('plans:update');
  const [form, setForm] = useState({
    issuer: plan.issuer,
    number: plan.number,
    date: plan.date ? formatViDate(plan.date) : '',
    title: plan.title,
    basedOn: plan.basedOn.join('\n'),
  });
  const [dateError, setDateError] = useState<string | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const date = form.date.trim() ? parseViDate(form.date) : null;
    if (form.date.trim() && !date) {
      setDateError(t('plans.signedBadDate'));
      return;
    }
    setDateError(null);
    save.mutate(
      {
        id: plan.id,
        issuer: form.issuer,
        ...(form.number.trim() ? { number: form.number } : {}),
        date,
        title: form.title,
        basedOn: form.basedOn
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      },
      { onSuccess: onSaved },
    );
  };
  const input = (key: 'issuer' | 'number' | 'date' | 'title', label: string, placeholder = '') => (
    <label className="field">
      <span>{label}</span>
      <input name={key} value={form[key]} placeholder={placeholder} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </label>
  );
  return (
    <PlansDialog title={t('plans.editPlan')} onClose={onClose}>
      <form onSubmit={submit}>
        {input('number', t('plans.number'), '259/KH-UBND')}
        {input('issuer', t('plans.issuer'))}
        {input('date', t('plans.date'), 'dd/mm/yyyy')}
        {dateError ? <p className="err">{dateError}</p> : null}
        {input('title', t('plans.planTitle'))}
        <label className="field">
          <span>{t('plans.basedOn')}</span>
          <textarea rows={3} value={form.basedOn} onChange={(e) => setForm({ ...form, basedOn: e.target.value })} />
          <small>{t('plans.basedOnHint')}</small>
        </label>
        <DialogButtons error={save.error} disabled={save.isPending} onClose={onClose} />
      </form>
    </PlansDialog>
  );
}
