import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { href, useRoute } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { StatusPanel } from './StatusPanel';
import { PendingInstalls } from './PendingInstalls';
import { ConflictsPanel } from './ConflictsPanel';
import { QuarantinePanel } from './QuarantinePanel';
import { KeysPanel } from './KeysPanel';
import { OverviewPanel } from './OverviewPanel';
import './translations';
import './sync.css';

const TABS = ['status', 'conflicts', 'quarantine', 'keys', 'overview'] as const;

/** "Đồng bộ": sync now, status per computer, new computers to accept, conflicts, quarantine, keys, and the side-by-side view. */
export function SyncPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const toast = useToast();
  const status = useApiQuery('sync:status', {});
  const run = useApiMutation('sync:run');
  const tab = (TABS as readonly string[]).includes(route.rest[0] ?? '') ? route.rest[0]! : 'status';
  const s = status.data;
  return (
    <section className="sync-page">
      <PageHeader title={t('sync.title')}>
        <button type="button" className="primary" disabled={run.isPending} onClick={() => run.mutate({}, { onSuccess: (r) => toast.show(r.message) })}>
          {run.isPending ? t('sync.running') : t('sync.runNow')}
        </button>
      </PageHeader>
      <ErrorMessage error={run.error} />
      {run.data && (run.data.files ?? []).some((f) => f.reason) ? (
        <div className="card" role={run.data.rejected.length > 0 ? 'alert' : 'status'}>
          <h2>{t('sync.outcomes')}</h2>
          <ul className="plain-list">
            {(run.data.files ?? [])
              .filter((f) => f.reason)
              .map((f) => (
                <li key={f.file}>
                  <strong>{f.file.split(/[\\/]/).pop()}</strong> — {t(`sync.outcome.${f.status}`)}: <span className="sync-reason">{f.reason}</span>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      {s ? <PendingInstalls installs={s.installs.filter((i) => i.trust === 'pending')} /> : null}
      <nav className="sync-tabs" aria-label={t('sync.title')}>
        {TABS.map((id) => (
          <a key={id} href={href(id === 'status' ? '/sync' : `/sync/${id}`)} aria-current={tab === id ? 'page' : undefined}>
            {id === 'conflicts'
              ? t('sync.tabs.conflicts', { n: s?.openConflicts ?? 0 })
              : id === 'quarantine'
                ? t('sync.tabs.quarantine', { n: s?.quarantined ?? 0 })
                : t(`sync.tabs.${id}`)}
          </a>
        ))}
      </nav>
      {status.error ? <ErrorMessage error={status.error} /> : null}
      {status.isPending ? <p className="loading">{t('app.loading')}</p> : null}
      {s && tab === 'status' ? <StatusPanel status={s} /> : null}
      {tab === 'conflicts' ? <ConflictsPanel /> : null}
      {tab === 'quarantine' ? <QuarantinePanel /> : null}
      {s && tab === 'keys' ? <KeysPanel status={s} /> : null}
      {tab === 'overview' ? <OverviewPanel /> : null}
    </section>
  );
}
