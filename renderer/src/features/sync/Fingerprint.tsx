import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortFingerprint } from '../../../../shared/domain/sync/fingerprint';

/** A key fingerprint in readable groups, with the full value one click away (for a careful check). */
export function Fingerprint({ value, testId }: { value: string; testId?: string }) {
  const { t } = useTranslation();
  const [full, setFull] = useState(false);
  return (
    <span className="sync-fp-wrap">
      <span className="sync-fp" data-testid={testId} data-full={value} title={value}>
        {full ? value : shortFingerprint(value)}
      </span>{' '}
      <button type="button" className="link-button" aria-expanded={full} onClick={() => setFull((f) => !f)}>
        {full ? t('sync.fpShort') : t('sync.fpFull')}
      </button>
    </span>
  );
}
