import { useTranslation } from 'react-i18next';
import './translations';

/** A padlock drawn inline: emoji are not in the bundled fonts and office PCs often lack an emoji font. */
export function LockIcon() {
  return (
    <svg className="lock" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
    </svg>
  );
}

/** Shown instead of the actions on another organisation's item: whose it is and why nothing can be changed here. */
export function ReadOnlyNote({ org, compact = false }: { org: string; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="ro-note" role="note" data-testid="read-only-note">
      <strong>
        <LockIcon /> {t('schedule.readOnly.note', { org })}
      </strong>
      {compact ? null : <div className="hint">{t('schedule.readOnly.hint', { org })}</div>}
    </div>
  );
}
