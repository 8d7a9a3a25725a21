import type { BrowserWindow, Shell } from 'electron';
import { AppError } from '../../shared/contract/errors';
import { setFileOpener, setPdfRenderer } from '../core/reports/shell-hooks';

/**
 * What only the desktop can do for reports: open an exported file or reveal it in its folder,
 * and print a PDF from the report's print view when LibreOffice is not installed.
 */
export function installReportHooks(shell: Shell, window: () => BrowserWindow | null): void {
  setFileOpener(async (file, reveal) => {
    if (reveal) {
      shell.showItemInFolder(file);
      return;
    }
    const problem = await shell.openPath(file);
    if (problem) throw new AppError('io_error', `Không mở được "${file}": ${problem}`, { file });
  });
  setPdfRenderer(async () => {
    const win = window();
    if (!win) throw new AppError('io_error', 'Cửa sổ ứng dụng đã đóng nên không in được PDF.');
    return win.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: false });
  });
}
