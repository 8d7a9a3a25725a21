import JSZip from 'jszip';
import { AppError } from '../../../../shared/contract/errors';
import type { ImportFormat, ParsedPlanFile } from '../../../../shared/domain/plan/import-types';
import { decodeText } from './decode-text';
import { readDocx } from './docx-table';
import { readPlanJson } from './json-plan';
import { MAX_IMPORT_BYTES, MAX_UNPACKED_BYTES, formatMb } from './limits';
import { guessPlanMeta } from './plan-meta';
import { findHeader, noHeaderError, readTaskRows } from './table-rows';
import { readTextTable } from './text-table';
import { checkXlsxWork, readXlsx } from './xlsx-table';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function refuse(file: string, message: string): never {
  throw new AppError('import_failed', message, { file });
}

async function openZip(bytes: Uint8Array, file: string): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    refuse(file, `Tệp «${file}» bị hỏng: không mở được như tệp Word (.docx) hay Excel (.xlsx).`);
  }
  let unpacked = 0;
  zip.forEach((_, entry) => {
    // IMPORTANT: refuse zip bombs before anything inflates them.
    unpacked += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (unpacked > MAX_UNPACKED_BYTES) refuse(file, `Tệp «${file}» giải nén ra quá lớn (${formatMb(unpacked)}); đây không giống một kế hoạch.`);
  return zip;
}

/**
 * Reads a plan's task table from a file's bytes: tab- or comma-separated text, XLSX, DOCX or the
 * app's own JSON. Refuses (AppError 'import_failed', Vietnamese message naming the problem)
 * files that are too big, empty, binary, of an unsupported kind, or without the task columns.
 * Pure reading: nothing is written anywhere.
 */
export async function parsePlanFile(bytes: Uint8Array, file: string): Promise<ParsedPlanFile> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    refuse(file, `Tệp «${file}» quá lớn (${formatMb(bytes.byteLength)}); chỉ nhận tệp kế hoạch đến ${formatMb(MAX_IMPORT_BYTES)}.`);
  }
  if (bytes.byteLength === 0) refuse(file, `Tệp «${file}» trống, không có gì để nhập.`);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    refuse(file, `Tệp «${file}» là định dạng Word/Excel đời cũ (.doc/.xls). Hãy mở và lưu lại dưới dạng .docx hoặc .xlsx rồi nhập lại.`);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    refuse(file, `Tệp «${file}» là PDF; chưa đọc được bảng từ PDF. Hãy dùng bản .docx, .xlsx hoặc sao chép bảng ra tệp văn bản.`);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const zip = await openZip(bytes, file);
    if (zip.file('word/document.xml')) {
      const doc = await readDocx(zip, file);
      if (doc.rows.length === 0) throw noHeaderError(file);
      return finish('docx', doc.rows, doc.paragraphs, file);
    }
    if (zip.file('xl/workbook.xml')) {
      await checkXlsxWork(zip, file);
      let sheet: Awaited<ReturnType<typeof readXlsx>>;
      try {
        sheet = await readXlsx(bytes);
      } catch {
        refuse(file, `Tệp «${file}» bị hỏng: không đọc được bảng tính Excel.`);
      }
      if (!sheet) throw noHeaderError(file);
      return finish('xlsx', sheet.rows, [], file);
    }
    refuse(file, `Tệp «${file}» là tệp nén nhưng không phải Word (.docx) hay Excel (.xlsx).`);
  }
  const text = decodeText(bytes, file);
  if (text.trim() === '') refuse(file, `Tệp «${file}» trống, không có gì để nhập.`);
  if (/^\s*\{/.test(text.replace(/^\ufeff/, ''))) return readPlanJson(text, file);
  const table = readTextTable(text);
  if (!table) throw noHeaderError(file);
  const headerLine = table.rows[findHeader(table.rows)?.index ?? 0]?.row ?? 1;
  const prose = text
    .replace(/^\ufeff/, '')
    .split(/\r\n?|\n/)
    .slice(0, headerLine - 1);
  return finish(table.delimiter === '\t' ? 'tsv' : 'csv', table.rows, prose, file);
}

function finish(format: ImportFormat, rows: Parameters<typeof readTaskRows>[0], prose: string[], file: string): ParsedPlanFile {
  const table = readTaskRows(rows, file);
  return { format, meta: guessPlanMeta(prose), rows: table.rows, agencies: [], issues: table.issues, layout: table.layout };
}
