import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/contract/errors';
import type { ReportDocument } from '../../../shared/domain/report';

/**
 * Turns a report into PDF bytes. Two implementations: LibreOffice converting the DOCX (CLI, tests,
 * the web host), and — supplied by the Electron main process — `webContents.printToPDF` of the
 * print-preview page, so the desktop app prints without LibreOffice installed.
 */
export type PdfRenderer = (doc: ReportDocument, docx: Buffer) => Promise<Buffer>;

export const PDF_RENDERER_MISSING = 'pdf_renderer_missing';

function noPdfRenderer(): AppError {
  return new AppError(
    'io_error',
    'Không xuất được PDF: máy này chưa có trình chuyển đổi (LibreOffice). Hãy xuất DOCX rồi mở bằng Word hoặc LibreOffice để in ra PDF, cài LibreOffice, hoặc xuất PDF từ ứng dụng trên máy tính.',
    { reason: PDF_RENDERER_MISSING, field: 'format' },
  );
}

const WINDOWS_CANDIDATES = ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'];
const MAC_CANDIDATES = ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];

/** `LTT_SOFFICE` (a path, or "none" to disable), else `soffice`/`libreoffice` on PATH, else the usual install folders. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const forced = env.LTT_SOFFICE;
  if (forced === 'none') return null;
  if (forced) return fs.existsSync(forced) ? forced : null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (dir && fs.existsSync(candidate)) return candidate;
    }
  }
  for (const c of process.platform === 'win32' ? WINDOWS_CANDIDATES : MAC_CANDIDATES) if (fs.existsSync(c)) return c;
  return null;
}

function run(file: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, windowsHide: true }, (error, _stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr: String(stderr) }));
      else resolve();
    });
  });
}

/**
 * LibreOffice headless, with a throw-away profile: a user's open LibreOffice (or a parallel export)
 * holds a lock on the default profile and would make the conversion fail silently.
 */
function libreOfficeRenderer(soffice: string, timeoutMs = 180_000): PdfRenderer {
  return async (_doc, docx) => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-pdf-'));
    try {
      const input = path.join(work, 'bao-cao.docx');
      fs.writeFileSync(input, docx);
      const profile = pathToFileURL(path.join(work, 'profile')).href;
      try {
        await run(
          soffice,
          [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', work, input],
          timeoutMs,
        );
      } catch (error) {
        throw new AppError(
          'io_error',
          `LibreOffice không chuyển được báo cáo sang PDF (${(error as Error).message.split('\n')[0]}). Hãy xuất DOCX rồi in ra PDF từ Word hoặc LibreOffice.`,
          {
            reason: 'pdf_conversion_failed',
          },
        );
      }
      const pdf = path.join(work, 'bao-cao.pdf');
      if (!fs.existsSync(pdf)) {
        throw new AppError('io_error', 'LibreOffice không tạo ra tệp PDF. Hãy đóng mọi cửa sổ LibreOffice rồi thử lại, hoặc xuất DOCX.', {
          reason: 'pdf_conversion_failed',
        });
      }
      return fs.readFileSync(pdf);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  };
}

/** The renderer to use when the caller supplies none: LibreOffice if installed, else a clear error. */
export function defaultPdfRenderer(env: NodeJS.ProcessEnv = process.env): PdfRenderer {
  const soffice = findSoffice(env);
  if (!soffice) {
    return async () => {
      throw noPdfRenderer();
    };
  }
  return libreOfficeRenderer(soffice);
}
