import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleItem } from '../../../../shared/contract/items';
import type { ItemStatus } from '../../../../shared/domain/types';
import { useApiMutation } from '../../api/hooks';
import { useToast } from '../../components/Toast';
import { MarkDoneForm } from './MarkDoneForm';
import { StatusDialog, needsDialog } from './StatusDialog';
import { useLabels } from './useLabels';

/**
 * One way to change status from anywhere (panel buttons, board drops, "Việc của tôi"): the core applies the
 * workflow rules; a change that needs a date or reason opens a dialog; a refusal comes back as `error`.
 */
export function useStatusChange(today: string): {
  request: (item: ScheduleItem, to: ItemStatus) => void;
  dialogs: ReactNode;
  error: Error | null;
  clearError: () => void;
} {
  const { t } = useTranslation();
  const labels = useLabels();
  const [pending, setPending] = useState<{ item: ScheduleItem; to: ItemStatus } | null>(null);
  const set = useApiMutation('items:setStatus');
  const toast = useToast();
  const request = (item: ScheduleItem, to: ItemStatus) => {
    set.reset();
    if (needsDialog(item, to)) {
      setPending({ item, to });
      return;
    }
    set.mutate(
      { id: item.id, status: to as Exclude<ItemStatus, 'done'> },
      { onSuccess: () => toast.show(t('schedule.statusDialog.changed', { status: labels.status(to, item.outlet) })) },
    );
  };
  const close = () => setPending(null);
  const dialogs = pending ? (
    pending.to === 'done' ? (
      <MarkDoneForm item={pending.item} today={today} onClose={close} />
    ) : (
      <StatusDialog item={pending.item} to={pending.to} onClose={close} />
    )
  ) : null;
  return { request, dialogs, error: set.error, clearError: () => set.reset() };
}
