import { dialog, shell, type BrowserWindow } from 'electron';
import { toApiError } from '../../shared/contract/errors';
import { aboutBoxOptions } from './about';
import { SYNC_FILE_FILTERS } from './dialogs';
import type { MenuActions } from './menu';
import { acceptSyncFilePath } from './sync-file';

export interface MenuActionDeps {
  window: () => BrowserWindow | null;
  /** The core's process (core-process.ts): its info once open, and the backup it makes. */
  core: () => { info(): { dbFile: string; dataDir: string; schemaVersion: number } | null; backupNow(): Promise<string> } | null;
  appVersion: string;
  openSyncFile: (file: string) => void;
  startTour: () => void;
}

function showInfo(window: BrowserWindow | null, message: string, detail: string): void {
  const options = { type: 'info' as const, title: 'Lịch Tuyên Truyền', message, detail, buttons: ['Đóng'], noLink: true };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

function showError(message: string, detail: string): void {
  dialog.showErrorBox(message, detail);
}

/** The menu's commands, each reporting its outcome in Vietnamese. */
export function createMenuActions(deps: MenuActionDeps): MenuActions {
  return {
    async openSyncFile() {
      const window = deps.window();
      const options = { title: 'Mở tệp đồng bộ', filters: SYNC_FILE_FILTERS, properties: ['openFile' as const] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const file = result.canceled ? null : acceptSyncFilePath(result.filePaths[0]);
      if (file) deps.openSyncFile(file);
    },
    async backupNow() {
      const core = deps.core();
      if (!core) return;
      try {
        const file = await core.backupNow();
        showInfo(deps.window(), 'Đã sao lưu dữ liệu.', `Bản sao lưu: ${file}`);
      } catch (error) {
        showError('Không sao lưu được', toApiError(error).message);
      }
    },
    async openDataFolder() {
      const core = deps.core();
      if (!core) return;
      const folder = core.info()?.dataDir;
      if (!folder) return;
      const problem = await shell.openPath(folder);
      if (problem) showError('Không mở được thư mục dữ liệu', `${folder}\n${problem}`);
    },
    print() {
      deps.window()?.webContents.print({ printBackground: true }, (success, reason) => {
        if (!success && reason !== 'cancelled' && reason !== 'Print job canceled') showError('Không in được', reason);
      });
    },
    startTour() {
      deps.startTour();
    },
    async showAbout() {
      const core = deps.core();
      if (!core) return;
      const info = core.info();
      if (!info) return;
      const options = aboutBoxOptions({ appVersion: deps.appVersion, ...info, versions: process.versions });
      const window = deps.window();
      await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
  };
}
