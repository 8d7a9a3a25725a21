import type { App } from 'electron';
import { findSyncFileInArgv } from './sync-file';

type InstanceApp = Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>;

/**
 * One instance at a time: the first launch holds the lock; a second launch quits at once and the first one
 * is told (via 'second-instance') with the second launch's arguments, so a sync file double-clicked while the
 * app runs opens in the window that is already there.
 * Returns false when this process is the second one (it has been asked to quit and must do nothing else).
 */
export function claimSingleInstance(app: InstanceApp, onSecondLaunch: (syncFile: string | null) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    onSecondLaunch(findSyncFileInArgv(argv, workingDirectory));
  });
  return true;
}
