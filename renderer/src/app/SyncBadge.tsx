import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncImportProgress } from '../../../shared/contract/sync';
import { onProgress } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { href } from './router';
import { viDateTime } from '../features/sync/format';

/** The sync state in the top bar: when we last wrote a sync file and what needs a person's attention. */
export function SyncBadge() {
  const { t, i18n } = useTranslation();
  const status = useApiQuery('sync:status', {}, { refetchInterval: 60_000 });
  const importing = useImportProgress();
  const s = status.data;
  if (importing) {
    return (
      <a className="sync-badge importing" href={href('/sync')} data-testid="sync-badge" aria-live="polite">
        {importing.applied
          ? t('top.syncImportingCount', { n: importing.applied.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN') })
          : t('top.syncImporting')}
      </a>
    );
  }
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

/** While sync files are being imported: how far it has got (null when no import runs). */
function useImportProgress(): { applied: number } | null {
  const [state, setState] = useState<{ applied: number } | null>(null);
  useEffect(
    () =>
      onProgress((payload) => {
        const p = payload as Partial<SyncImportProgress> | null;
        if (p?.kind !== 'sync-import') return;
        if (p.phase === 'finished') setState(null);
        else setState({ applied: p.phase === 'applying' ? (p.applied ?? 0) : 0 });
      }),
    [],
  );
  return state;
}
