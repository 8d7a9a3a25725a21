import type { MenuItemConstructorOptions } from 'electron';

/** What the menu items do; wired to the window, the core and the OS in lifecycle.ts. */
export interface MenuActions {
  openSyncFile: () => void;
  backupNow: () => void;
  openDataFolder: () => void;
  print: () => void;
  startTour: () => void;
  showAbout: () => void;
}

export interface MenuOptions {
  /** Developer tools only in a development run, never in the installed app. */
  devTools: boolean;
}

/**
 * The Vietnamese application menu (Tệp, Sửa, Xem, Trợ giúp) with the usual shortcuts.
 * Standard editing and view commands use Electron roles so they behave natively; only the labels are ours.
 */
export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Tải lại', role: 'reload', accelerator: 'CmdOrCtrl+R' },
    { type: 'separator' },
    { label: 'Phóng to', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
    { label: 'Thu nhỏ', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
    { label: 'Cỡ chữ mặc định', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
    { type: 'separator' },
    { label: 'Toàn màn hình', role: 'togglefullscreen', accelerator: 'F11' },
  ];
  if (options.devTools) {
    view.push({ type: 'separator' }, { label: 'Công cụ cho nhà phát triển', role: 'toggleDevTools', accelerator: 'CmdOrCtrl+Shift+I' });
  }
  return [
    {
      label: '&Tệp',
      submenu: [
        { id: 'open-sync-file', label: 'Mở tệp đồng bộ…', accelerator: 'CmdOrCtrl+O', click: () => actions.openSyncFile() },
        { type: 'separator' },
        { id: 'backup-now', label: 'Sao lưu ngay', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.backupNow() },
        { id: 'open-data-folder', label: 'Mở thư mục dữ liệu', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { id: 'print', label: 'In…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '&Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: 'Làm lại', role: 'redo', accelerator: 'CmdOrCtrl+Y' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: 'Sao chép', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: 'Dán', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: 'Chọn tất cả', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    { label: '&Xem', submenu: view },
    {
      label: 'Trợ &giúp',
      submenu: [
        { id: 'tour', label: 'Hướng dẫn nhanh', accelerator: 'F1', click: () => actions.startTour() },
        { id: 'open-data-folder-help', label: 'Mở thư mục dữ liệu', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { id: 'about', label: 'Giới thiệu', click: () => actions.showAbout() },
      ],
    },
  ];
}
