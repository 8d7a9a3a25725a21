import { AppError } from '../../../../shared/contract/errors';
import { RECONCILE_MAX_BYTES, RECONCILE_MAX_MB } from '../../../../shared/domain/reconcile';

/**
 * The bytes of a log to text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode Text"), or, when
 * the bytes are not UTF-8, Windows-1258 (the old Vietnamese code page of playout PCs). Binary junk is refused,
 * never read as mojibake.
 */
function windows1258(): TextDecoder | null {
  try {
    return new TextDecoder('windows-1258');
  } catch {
    // Node built with small-icu has no legacy code pages.
    return null;
  }
}

export function decodeLog(bytes: Uint8Array, fileName: string): string {
  if (bytes.length > RECONCILE_MAX_BYTES) {
    throw new AppError(
      'invalid_input',
      `Tệp «${fileName}» quá lớn (${(bytes.length / 1048576).toFixed(1)} MB, tối đa ${RECONCILE_MAX_MB} MB). Hãy xuất nhật ký từng tháng một.`,
      {
        field: 'file',
        file: fileName,
      },
    );
  }
  if (bytes.length === 0) throw new AppError('invalid_input', `Tệp «${fileName}» trống: không có dòng nào để đối chiếu.`, { field: 'file', file: fileName });
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeStrict('utf-16le', bytes.subarray(2), fileName);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeStrict('utf-16be', bytes.subarray(2), fileName);
  else {
    if (bytes.includes(0)) throw binary(fileName);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const legacy = windows1258();
      if (!legacy)
        throw new AppError(
          'invalid_input',
          `Tệp «${fileName}» không phải UTF-8 và máy này không đọc được bảng mã Windows-1258. Hãy mở tệp bằng Excel hoặc Notepad, lưu lại dạng "CSV UTF-8" rồi nhập lại.`,
          { field: 'file', file: fileName },
        );
      text = legacy.decode(bytes);
    }
  }
  // Windows-1258 writes tones as combining marks; text is NFC from here on (house rule), whatever the source.
  text = text.replace(/^\ufeff/, '').normalize('NFC');
  const control = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (control > 0 && control > text.length / 1000) throw binary(fileName);
  return text;
}

function decodeStrict(encoding: string, bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('invalid_input', `Tệp «${fileName}» bắt đầu như văn bản UTF-16 nhưng có byte hỏng. Hãy xuất lại nhật ký.`, {
      field: 'file',
      file: fileName,
    });
  }
}

function binary(fileName: string): AppError {
  return new AppError(
    'invalid_input',
    `Tệp «${fileName}» chứa dữ liệu nhị phân, không phải nhật ký phát sóng hay danh sách bài đăng. Hãy chọn tệp CSV, TSV, XML, RSS/Atom hoặc sitemap.`,
    { field: 'file', file: fileName },
  );
}
