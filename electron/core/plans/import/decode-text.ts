import { AppError } from '../../../../shared/contract/errors';

/**
 * Bytes of a pasted or saved table to text: UTF-8 with or without BOM, or UTF-16 with BOM
 * (Excel's "Unicode Text"). Anything else, or text full of control bytes, is refused rather
 * than read as mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError(
      'import_failed',
      `Tệp «${file}» không phải văn bản UTF-8 hay một tệp Word (.docx), Excel (.xlsx) hoặc tệp kế hoạch (.json). ` +
        'Hãy lưu bảng dưới dạng .xlsx, .docx hoặc văn bản UTF-8 (CSV/TSV) rồi nhập lại.',
      { file },
    );
  }
  const control = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (control > 0 && control > text.length / 1000) {
    throw new AppError(
      'import_failed',
      `Tệp «${file}» chứa dữ liệu nhị phân, không phải bảng văn bản. Hãy chọn tệp .xlsx, .docx, .csv, .tsv hoặc .json của kế hoạch.`,
      { file },
    );
  }
  return text;
}
