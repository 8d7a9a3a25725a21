import type { PdfRenderer } from './pdf';

/**
 * What only the desktop shell can do for reports, registered by electron/main at start-up:
 * - print PDF without LibreOffice (`webContents.printToPDF` of the print-preview page);
 * - open an exported file, or reveal it in its folder (`shell.openPath` / `shell.showItemInFolder`).
 * Other hosts leave them unset: PDF falls back to LibreOffice (or a clear error), and "open" answers
 * `opened: false` so the browser UI offers a download instead.
 */
export type FileOpener = (file: string, reveal: boolean) => Promise<void>;

let pdfRenderer: PdfRenderer | null = null;
let fileOpener: FileOpener | null = null;

export function setPdfRenderer(renderer: PdfRenderer | null): void {
  pdfRenderer = renderer;
}

export function registeredPdfRenderer(): PdfRenderer | null {
  return pdfRenderer;
}

export function setFileOpener(opener: FileOpener | null): void {
  fileOpener = opener;
}

export function registeredFileOpener(): FileOpener | null {
  return fileOpener;
}
