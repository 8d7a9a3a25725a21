import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A schedule form's buttons: submit (off while the call runs), then Hủy; `children` adds more after them. */
export function FormActions({
  label,
  pending,
  onClose,
  big,
  children,
}: {
  label: string;
  pending: boolean;
  onClose: () => void;
  big?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className={big ? 'primary big' : 'primary'} disabled={pending}>
        {label}
      </button>
      <button type="button" onClick={onClose}>
        {t('schedule.field.cancel')}
      </button>
      {children}
    </div>
  );
}
