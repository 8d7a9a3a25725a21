import { screen, type BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { IPC } from '../../shared/contract/ipc-names';
import { createMainBrowserWindow } from './window-options';
import { loadWindowState, restoreBounds, saveWindowState } from './window-state';

export interface ShellEvent {
  type: string;
  payload?: unknown;
}

export interface MainWindow {
  window: BrowserWindow;
  /** Sends an event to the renderer, held back until the page has loaded (the preload buffers it further). */
  send(event: ShellEvent): void;
  focus(): void;
}

export interface MainWindowPaths {
  preload: string;
  icon?: string;
}

/** The one main window: restored to where it was, shown when painted, its size remembered on close. */
export function createMainWindow(dataDir: string, paths: MainWindowPaths): MainWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const restored = restoreBounds(loadWindowState(dataDir), workAreas, screen.getPrimaryDisplay().workArea);
  const window = createMainBrowserWindow({ preloadPath: paths.preload, bounds: restored.bounds, iconPath: paths.icon });

  let loaded = false;
  const pending: ShellEvent[] = [];
  window.webContents.on('did-finish-load', () => {
    loaded = true;
    for (const event of pending.splice(0)) window.webContents.send(IPC.event, event);
  });
  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    saveWindowState(dataDir, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  void window.loadURL(APP_ENTRY_URL);

  return {
    window,
    send(event) {
      if (window.isDestroyed()) return;
      if (loaded) window.webContents.send(IPC.event, event);
      else pending.push(event);
    },
    focus() {
      if (window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
  };
}
