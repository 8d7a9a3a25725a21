import { useTranslation } from 'react-i18next';
import type { ScheduleItem } from '../../../../shared/contract/items';
import type { ItemStatus } from '../../../../shared/domain/types';
import { needsReason } from '../../../../shared/domain/schedule/workflow';
import { addDays } from '../../../../shared/domain/dates';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { Dialog } from './Dialog';
import { useLabels } from './useLabels';

type SimpleTarget = Exclude<ItemStatus, 'done'>;

/** True when moving to `to` needs more from the person (a date, a reason) than a click. */
export function needsDialog(item: ScheduleItem, to: ItemStatus): boolean {
  return to === 'done' || to === 'postponed' || needsReason(item.status, to);
}

/** Ask for what a status change needs: the new date to postpone, a reason to cancel or reopen. */
export function StatusDialog({ item, to, onClose }: { item: ScheduleItem; to: SimpleTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const set = useApiMutation('items:setStatus');
  const toast = useToast();
  const title =
    to === 'planned'
      ? t('schedule.statusDialog.reopen')
      : to === 'postponed'
        ? t('schedule.statusDialog.postpone')
        : to === 'cancelled'
          ? t('schedule.statusDialog.cancel')
          : labels.status(to, item.outlet);
  return (
    <Dialog title={title} onClose={onClose}>
      <p className="hint">{item.title}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const reason = String(f.get('reason') ?? '').trim() || undefined;
          const date = String(f.get('date') ?? '') || undefined;
          set.mutate(
            { id: item.id, status: to, reason, date },
            {
              onSuccess: () => {
                toast.show(t('schedule.statusDialog.changed', { status: labels.status(to, item.outlet) }));
                onClose();
              },
            },
          );
        }}
      >
        {to === 'postponed' ? (
          <label>
            {t('schedule.statusDialog.newDate')}
            <input type="date" name="date" required defaultValue={addDays(item.plannedDate, 7)} min={addDays(item.plannedDate, 1)} />
          </label>
        ) : null}
        <label>
          {to === 'postponed' ? t('schedule.field.reasonOptional') : t('schedule.field.reason')}
          <textarea name="reason" rows={2} required={to !== 'postponed'} />
        </label>
        <ErrorMessage error={set.error} />
        <div className="actions">
          <button type="submit" className="primary">
            {title}
          </button>
          <button type="button" onClick={onClose}>
            {t('schedule.field.close')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
