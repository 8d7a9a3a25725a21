import { useTranslation } from 'react-i18next';
import type { SyncInstallView } from '../../../../shared/contract/sync';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { Fingerprint } from './Fingerprint';

/**
 * Files from computers nobody here has accepted wait until a person decides, once per organisation: each waiting
 * computer's fingerprint to compare (read aloud by someone at that office), then accept or refuse the organisation.
 */
export function PendingInstalls({ installs }: { installs: SyncInstallView[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const trust = useApiMutation('sync:trustOrg');
  if (installs.length === 0) return null;
  const byOrg = new Map<string, SyncInstallView[]>();
  for (const i of installs) byOrg.set(i.orgId, [...(byOrg.get(i.orgId) ?? []), i]);
  return (
    <div className="card sync-pending" role="region" aria-label={t('sync.pendingTitle')}>
      <h2>{t('sync.pendingTitle')}</h2>
      {[...byOrg].map(([orgId, list]) => {
        const org = list[0]!.orgName ?? orgId;
        return (
          <div key={orgId} className="sync-pending-install">
            <p>{t('sync.pendingOrgText', { org, n: list.length })}</p>
            <ul className="plain-list">
              {list.map((i) => (
                <li key={i.installId}>
                  {i.installName ?? i.installId}: {i.fingerprint ? <Fingerprint value={i.fingerprint} /> : null}
                </li>
              ))}
            </ul>
            <div className="row">
              <button
                type="button"
                className="primary"
                disabled={trust.isPending}
                onClick={() => trust.mutate({ orgId, accept: true }, { onSuccess: (r) => toast.show(t('sync.acceptedOrg', { org, n: r.applied })) })}
              >
                {t('sync.acceptOrg', { org })}
              </button>
              <button type="button" className="danger" disabled={trust.isPending} onClick={() => trust.mutate({ orgId, accept: false })}>
                {t('sync.refuseOrg')}
              </button>
            </div>
          </div>
        );
      })}
      <ErrorMessage error={trust.error} />
    </div>
  );
}
