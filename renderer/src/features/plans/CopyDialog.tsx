import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { navigate } from '../../app/router';
import { useToast } from '../../components/Toast';
import type { Plan } from '../../../../shared/domain/types';
import { DialogButtons, PlansDialog } from './PlansDialog';

/** Copy a plan to another year: windows move to that year; the number is left for the user. */
export function CopyDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const copy = useApiMutation('plans:copyToYear');
  const [year, setYear] = useState(String(plan.year + 1));
  const [number, setNumber] = useState('');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    copy.mutate(
      { id: plan.id, year: Number(year), ...(number.trim() ? { number } : {}) },
      {
        onSuccess: (d) => {
          toast.show(t('plans.copyDialog.done', { year: d.plan.year, n: d.tasks.length }));
          onClose();
          navigate(`/plans/${d.plan.id}`);
        },
      },
    );
  };
  return (
    <PlansDialog title={t('plans.copy')} onClose={onClose}>
      <form onSubmit={submit}>
        <p>{t('plans.copyDialog.intro')}</p>
        <label className="field">
          <span>{t('plans.copyDialog.year')}</span>
          <input name="year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} className="small-input" />
        </label>
        <label className="field">
          <span>{t('plans.copyDialog.number')}</span>
          <input name="number" value={number} onChange={(e) => setNumber(e.target.value)} placeholder={t('plans.copyDialog.numberHint')} />
        </label>
        <DialogButtons error={copy.error} disabled={copy.isPending || !/^\d{4}$/.test(year)} onClose={onClose} label={t('plans.copyDialog.submit')} />
      </form>
    </PlansDialog>
  );
}
