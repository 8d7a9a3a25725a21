import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';

/**
 * Shown where a screen's write controls are hidden or disabled because the current user's role cannot make the
 * change (shared/contract/roles.ts; the core refuses it anyway): says why, and what to do to change it.
 */
export function RoleNote({ testId = 'role-note' }: { testId?: string }) {
  const { t } = useTranslation();
  const info = useApiQuery('app:info', {});
  const role = info.data?.user?.role;
  if (!role) return null;
  return (
    <p className="role-note" role="note" data-testid={testId}>
      {t('app.roleNote', { role: t(`roles.${role}`) })}
    </p>
  );
}
