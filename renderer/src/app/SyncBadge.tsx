import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { href } from './router';
import { viDateTime } from '../features/sync/format';

/** The sync state in the top bar: when we last wrote a sync file and what needs a person's attention. */
export function SyncBadge() {
  const { t } = useTranslation();
  const status = useApiQuery('sync:status', {}, { refetchInterval: 60_000 });
  const s = status.data;
  if (!s) return null;
  const attention = s.openConflicts + s.quarantined + s.pendingFiles;
  const last = s.lastExportAt ? viDateTime(s.lastExportAt) : null;
  return (
    <a className={`sync-badge${attention > 0 ? ' needs-attention' : ''}`} href={href('/sync')} data-testid="sync-badge">
      {last ? t('top.syncLast', { when: last }) : t('top.syncNever')}
      {s.unexported > 0 ? ` · ${t('top.syncWaiting', { count: s.unexported })}` : ''}
      {attention > 0 ? ` · ⚠ ${t('top.syncAttention', { count: attention })}` : ''}
    </a>
  );
}

