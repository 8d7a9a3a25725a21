import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/contract/sync';
import { EmptyState } from '../../components/EmptyState';
import { Fingerprint } from './Fingerprint';

/** Keys pinned on first acceptance: a file claiming one of these computers with another key is refused. */
export function KeysPanel({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const keys = status.installs.filter((i) => i.fingerprint !== null);
  if (keys.length === 0) return <EmptyState message={t('sync.noKeys')} />;
  return (
    <table className="sync-table">
      <thead>
        <tr>
          <th>{t('sync.col.org')}</th>
          <th>{t('sync.col.install')}</th>
          <th>{t('sync.fingerprint')}</th>
          <th>{t('sync.col.trust')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k.installId}>
            <td>{k.orgName ?? k.orgId}</td>
            <td>{k.installName ?? k.installId}</td>
            <td><Fingerprint value={k.fingerprint!} /></td>
            <td>{t(`sync.trust.${k.trust}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
