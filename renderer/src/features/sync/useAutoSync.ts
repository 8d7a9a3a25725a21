import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { refreshAll } from '../../api/invalidate';

/**
 * Runs "Đồng bộ ngay" once at start (when chosen) and every N minutes while the app is open.
 * Mount once in the app shell: `useAutoSync()`. Failures are silent here: the Đồng bộ screen shows them.
 */
export function useAutoSync(): void {
  const client = useQueryClient();
  const started = useRef(false);
  useEffect(() => {
    let timer: number | undefined;
    let cancelled = false;
    const runOnce = async () => {
      try {
        await call('sync:run', {});
        await refreshAll(client);
      } catch {
        // the folder may be unplugged: nothing is deleted, the status page explains
      }
    };
    void (async () => {
      try {
        const s = await call('sync:status', {});
        if (cancelled || !s.folder.path) return;
        if (s.folder.onStart && !started.current) {
          started.current = true;
          await runOnce();
        }
        if (s.folder.intervalMinutes > 0) timer = window.setInterval(() => void runOnce(), s.folder.intervalMinutes * 60_000);
      } catch {
        // not set up yet
      }
    })();
    return () => {
      cancelled = true;
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [client]);
}
