import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { href } from './router';

/** The sync state in the top bar: when we last wrote a sync file and what needs a person's attention. */
export function SyncBadge() {
  const { t } = useTranslation();
  const status = useApiQuery('sync:status', {}, { refetchInterval: 60_000 });
  const s = status.data;
  if (!s) return null;
  const attention = s.openConflicts + s.quarantined + s.pendingFiles;
  const last = s.lastExportAt ? localStamp(s.lastExportAt) : null;
  return (
    <a className={`sync-badge${attention > 0 ? ' needs-attention' : ''}`} href={href('/sync')} data-testid="sync-badge">
      {last ? t('top.syncLast', { when: last }) : t('top.syncNever')}
      {s.unexported > 0 ? ` · ${t('top.syncWaiting', { count: s.unexported })}` : ''}
      {attention > 0 ? ` · ⚠ ${t('top.syncAttention', { count: attention })}` : ''}
    </a>
  );
}

/** A UTC event time shown on this computer's clock as dd/MM/yyyy HH:mm. */
function localStamp(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
