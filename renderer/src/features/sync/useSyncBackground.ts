import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { navigate } from '../../app/router';
import { refreshAll } from '../../api/invalidate';

interface OpenedFile {
  path: string;
  fileName: string;
  contentBase64: string;
}

function isOpenedFile(p: unknown): p is OpenedFile {
  return typeof p === 'object' && p !== null && typeof (p as OpenedFile).fileName === 'string' && typeof (p as OpenedFile).contentBase64 === 'string';
}

/**
 * What sync does outside its own screen, in the window; mount once in the app shell: a .lttsync file opened from
 * the OS (double-click, "Open with", drag-and-drop) imported through the normal pipeline — unknown computers still
 * wait for acceptance. (The scheduled "Đồng bộ ngay" runs in the core, electron/core/sync/auto-sync.ts.)
 */
export function useSyncBackground(): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!window.api) return undefined;
    return window.api.on('open-file', (payload) => {
      if (!isOpenedFile(payload)) return;
      void call('sync:import', { files: [{ fileName: payload.fileName, contentBase64: payload.contentBase64 }], trustNew: false })
        .catch(() => undefined)
        .finally(() => {
          void refreshAll(client);
          navigate('/sync');
        });
    });
  }, [client]);
}
