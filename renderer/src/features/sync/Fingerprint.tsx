import { useTranslation } from 'react-i18next';
import { shortFingerprint } from '../../../../shared/domain/sync/fingerprint';

/**
 * A key fingerprint as a person reads it aloud over the phone: 6 groups of 4, with the full value one click away
 * (for the rare caller who wants to compare every digit).
 */
export function Fingerprint({ value, testId }: { value: string; testId?: string }) {
  const { t } = useTranslation();
  const hex = value.replace(/[^0-9a-f]/gi, '');
  return (
    <span className="sync-fingerprint">
      <span className="sync-fp" data-testid={testId}>
        {shortFingerprint(hex)}
      </span>{' '}
      <details className="sync-fp-full">
        <summary>{t('sync.fingerprintFull')}</summary>
        <span className="sync-fp">{value}</span>
      </details>
    </span>
  );
}
