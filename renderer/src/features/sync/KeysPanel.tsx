import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/contract/sync';
import { useApiMutation } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { Fingerprint } from './Fingerprint';
import { gapsText, viDateTime } from './format';

/**
 * Organisations and their computers, with a person's decision on each organisation: a file claiming a known computer
 * with another key is refused; a refused organisation's changes never enter, even passed on by others. Also the
 * sync log (a computer accepted on its organisation's word, a revoked computer's changes left out), republishing, and
 * replacing this computer's key (a backup holding it leaked).
 */
export function KeysPanel({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const toast = useToast();
  const trust = useApiMutation('sync:trustOrg');
  const republish = useApiMutation('sync:export');
  const rotate = useApiMutation('sync:rotateKey');
  const orgs = status.orgs ?? [];
  return (
    <>
      {orgs.length === 0 ? <EmptyState message={t('sync.noKeys')} /> : null}
      {orgs.map((o) => {
        const installs = status.installs.filter((i) => o.installs.includes(i.installId));
        const name = o.orgName ?? o.orgId;
        return (
          <div key={o.orgId} className="card sync-org-trust" role="region" aria-label={name}>
            <h2>
              {name} — <span className={`sync-trust sync-trust-${o.trust}`}>{t(`sync.trust.${o.trust}`)}</span>
            </h2>
            <table className="sync-table">
              <thead>
                <tr>
                  <th>{t('sync.col.install')}</th>
                  <th>{t('sync.fingerprint')}</th>
                  <th>{t('sync.col.trust')}</th>
                  <th>{t('sync.col.lastFile')}</th>
                  <th>{t('sync.col.lastChange')}</th>
                  <th>{t('sync.col.gaps')}</th>
                </tr>
              </thead>
              <tbody>
                {installs.map((k) => (
                  <tr key={k.installId}>
                    <td>{k.installName ?? k.installId}</td>
                    <td>{k.fingerprint ? <Fingerprint value={k.fingerprint} /> : '—'}</td>
                    <td>{t(`sync.trust.${k.trust}`)}</td>
                    <td>{viDateTime(k.lastFileAt)}</td>
                    <td>{viDateTime(k.lastChangeAt)}</td>
                    <td>{k.gaps.length ? gapsText(k.gaps) : t('sync.noGaps')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="row">
              {o.trust !== 'trusted' ? (
                <button type="button" className="primary" disabled={trust.isPending} onClick={() => trust.mutate({ orgId: o.orgId, accept: true })}>
                  {t('sync.acceptOrg', { org: name })}
                </button>
              ) : null}
              {o.trust !== 'refused' ? (
                <button type="button" className="danger" disabled={trust.isPending} onClick={() => trust.mutate({ orgId: o.orgId, accept: false })}>
                  {t('sync.refuseOrg')}
                </button>
              ) : null}
            </div>
          </div>
        );
      })}
      <ErrorMessage error={trust.error} />
      <div className="card">
        <h2>{t('sync.republishTitle')}</h2>
        <p>{t('sync.republishHint')}</p>
        <button
          type="button"
          disabled={republish.isPending}
          onClick={() => republish.mutate({ all: true }, { onSuccess: (r) => toast.show(t('sync.republished', { files: r.files.length, n: r.changes })) })}
        >
          {t('sync.republish')}
        </button>
        <ErrorMessage error={republish.error} />
      </div>
      <div className="card">
        <h2>{t('sync.rotateTitle')}</h2>
        <p>{t('sync.rotateHint')}</p>
        <button
          type="button"
          className="danger"
          disabled={rotate.isPending}
          onClick={() => {
            if (!window.confirm(t('sync.rotateConfirm'))) return;
            rotate.mutate({}, { onSuccess: (r) => toast.show(t('sync.rotated', { n: r.lastOldSeq })) });
          }}
        >
          {t('sync.rotate')}
        </button>
        <ErrorMessage error={rotate.error} />
      </div>
      {status.events && status.events.length > 0 ? (
        <div className="card">
          <h2>{t('sync.eventsTitle')}</h2>
          <ul className="plain-list">
            {status.events.map((e, i) => (
              <li key={`${e.at}-${i}`}>
                {viDateTime(e.at)}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
