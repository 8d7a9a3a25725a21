import type JSZip from 'jszip';
import { AppError } from '../../../../shared/contract/errors';
import { formatCount, formatMb } from './limits';

/** One thing to count in a part's XML, with its cap and what to call it in the message. */
interface TagCap {
  pattern: RegExp;
  max: number;
  /** e.g. "dòng", "ô", "đoạn văn" */
  what: string;
}

export interface ScanOptions {
  file: string;
  /** What the part is, for messages ("bảng tính «Sheet1»", "nội dung Word"). */
  part: string;
  maxBytes: number;
  caps: TagCap[];
  /** Keep the inflated text (the DOCX reader parses it); without it nothing is held. */
  keep?: boolean;
}

const CARRY = 32;

/**
 * Inflate one zip entry chunk by chunk, counting bytes (zip headers may lie) and tags (rows, cells,
 * paragraphs) as they stream past; the first cap exceeded stops the inflation and refuses the file
 * with a message saying which. Memory stays at one chunk unless `keep` is set.
 */
export function scanEntry(entry: JSZip.JSZipObject, opts: ScanOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const counts = opts.caps.map(() => 0);
    let total = 0;
    let carry = '';
    let done = false;
    const stream = entry.nodeStream('nodebuffer');
    const fail = (message: string) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(new AppError('import_failed', message, { file: opts.file }));
    };
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > opts.maxBytes) {
        fail(`Tệp «${opts.file}» giải nén ra quá lớn (hơn ${formatMb(opts.maxBytes)}); đây không giống một kế hoạch.`);
        return;
      }
      // latin1 maps each byte to one character: the ASCII tags are found without decoding UTF-8.
      const text = carry + chunk.toString('latin1');
      for (let i = 0; i < opts.caps.length; i += 1) {
        const cap = opts.caps[i]!;
        cap.pattern.lastIndex = 0;
        for (let m = cap.pattern.exec(text); m; m = cap.pattern.exec(text)) {
          // A match that ends inside the carried tail was counted with the previous chunk.
          if (m.index + m[0].length > carry.length) counts[i] = counts[i]! + 1;
        }
        if (counts[i]! > cap.max) {
          fail(
            `Tệp «${opts.file}» có quá nhiều ${cap.what} trong ${opts.part} (hơn ${formatCount(cap.max)}); một kế hoạch chỉ có vài trăm nhiệm vụ. Hãy kiểm tra lại đúng tệp kế hoạch chưa.`,
          );
          return;
        }
      }
      carry = text.slice(-CARRY);
      if (opts.keep) chunks.push(chunk);
    });
    stream.on('error', () => fail(`Tệp «${opts.file}» bị hỏng: không giải nén được ${opts.part}.`));
    stream.on('end', () => {
      if (done) return;
      done = true;
      resolve(opts.keep ? Buffer.concat(chunks).toString('utf8') : '');
    });
  });
}

const tag = (name: string) => new RegExp(`<(?:[A-Za-z_][\\w.-]{0,15}:)?${name}[\\s>/]`, 'g');
export const ROW_TAG = tag('row');
export const CELL_TAG = tag('c');
export const SHARED_STRING_TAG = tag('si');
