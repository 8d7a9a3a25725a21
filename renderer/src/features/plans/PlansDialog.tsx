import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';

/** The plan screens' dialog: the app's one dialog component, in the plans' box sizes. */
export function PlansDialog({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  return (
    <Dialog title={title} onClose={onClose} className={wide ? 'plans-dialog wide' : 'plans-dialog'}>
      {children}
    </Dialog>
  );
}

/** The foot of a plan dialog's form: what the core refused, then Hủy and the submit button (Lưu unless `label`). */
export function DialogButtons({
  error,
  disabled,
  onClose,
  label,
}: {
  error: ApiError | null | undefined;
  disabled: boolean;
  onClose: () => void;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorMessage error={error} />
      <div className="buttons">
        <button type="button" onClick={onClose}>
          {t('plans.cancel')}
        </button>
        <button type="submit" className="primary" disabled={disabled}>
          {label ?? t('plans.save')}
        </button>
      </div>
    </>
  );
}
