import type { ReportDocument } from '../../../shared/domain/report';
import { checkTarget, writeFileAtomic, type WriteTarget } from './atomic-write';
import { renderCsv } from './csv';
import { renderDocx } from './docx/build-docx';
import { defaultPdfRenderer, type PdfRenderer } from './pdf';
import { renderXlsx } from './xlsx/build-xlsx';

export type { ReportFileFormat } from '../../../shared/contract/reports';
import type { ReportFileFormat } from '../../../shared/contract/reports';

export const FORMAT_EXTENSIONS: Record<ReportFileFormat, string> = { docx: '.docx', xlsx: '.xlsx', csv: '.csv', pdf: '.pdf' };

export interface WriteReportOptions extends WriteTarget {
  format: ReportFileFormat;
  /** Only for PDF; defaults to LibreOffice when installed. The Electron shell passes printToPDF. */
  pdfRenderer?: PdfRenderer;
  /** Called with 0…1 between the stages of a long export. */
  onProgress?: (fraction: number, stage: string) => void;
}

async function renderReport(
  doc: ReportDocument,
  format: ReportFileFormat,
  pdfRenderer?: PdfRenderer,
  onProgress?: WriteReportOptions['onProgress'],
): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return renderDocx(doc);
    case 'xlsx':
      return renderXlsx(doc);
    case 'csv':
      return Buffer.from(renderCsv(doc), 'utf8');
    case 'pdf': {
      const docx = await renderDocx(doc);
      onProgress?.(0.4, 'Đang chuyển sang PDF…');
      return (pdfRenderer ?? defaultPdfRenderer())(doc, docx);
    }
  }
}

/** Render and save one report file: temp file then rename; an existing file is kept unless `force`. */
export async function writeReport(doc: ReportDocument, options: WriteReportOptions): Promise<{ path: string; bytes: number }> {
  checkTarget(options);
  options.onProgress?.(0.05, 'Đang dựng báo cáo…');
  const data = await renderReport(doc, options.format, options.pdfRenderer, options.onProgress);
  options.onProgress?.(0.9, 'Đang ghi tệp…');
  await writeFileAtomic(options, () => data);
  options.onProgress?.(1, 'Đã xuất xong.');
  return { path: options.out, bytes: data.length };
}
