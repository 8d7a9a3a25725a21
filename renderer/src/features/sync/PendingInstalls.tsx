import { useTranslation } from 'react-i18next';
import type { SyncInstallView } from '../../../../shared/contract/sync';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { Fingerprint } from './Fingerprint';

/** First files from an unknown computer wait here until a person compares the fingerprint and accepts (as with SSH). */
export function PendingInstalls({ installs }: { installs: SyncInstallView[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const trust = useApiMutation('sync:trust');
  if (installs.length === 0) return null;
  return (
    <div className="card sync-pending" role="region" aria-label={t('sync.pendingTitle')}>
      <h2>{t('sync.pendingTitle')}</h2>
      {installs.map((i) => (
        <div key={i.installId} className="sync-pending-install">
          <p>{t('sync.pendingText', { install: i.installName ?? i.installId, org: i.orgName ?? i.orgId })}</p>
          <p>
            {t('sync.fingerprint')}: {i.fingerprint ? <Fingerprint value={i.fingerprint} /> : null}
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={trust.isPending}
              onClick={() => trust.mutate({ installId: i.installId, accept: true }, { onSuccess: (r) => toast.show(t('sync.accepted', { n: r.applied })) })}
            >
              {t('sync.accept')}
            </button>
            <button type="button" className="danger" disabled={trust.isPending} onClick={() => trust.mutate({ installId: i.installId, accept: false })}>
              {t('sync.refuse')}
            </button>
          </div>
        </div>
      ))}
      <ErrorMessage error={trust.error} />
    </div>
  );
}
