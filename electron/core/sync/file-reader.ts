import crypto from 'node:crypto';
import fs from 'node:fs';
import { canonicalJson } from './canonical-json';
import type { LogRecord } from './log-record';
import { ChangeReader } from './change-reader';
import { validateWithSchema } from './change-validator';
import { BodyReader, damageOr, damaged } from './body-reader';
import { PARALLEL_MIN_BODY_BYTES, readBodyInWorker } from './body-in-worker';
import { SyncRejection } from './rejection';
import { verifyBytes } from './keys';
import { openRegularFile } from './regular-file';
import { FORMAT_VERSION, MAGIC_PREFIX, fileHeaderSchema, type FileHeader } from '../../../shared/domain/sync/file-header';

/** A header holds at most a few hundred segments' statements (MAX_SEGMENTS_PER_FILE per file we write). */
const MAX_HEAD_BYTES = 1024 * 1024;

export interface FileHead {
  header: FileHeader;
  signed: Buffer;
  signature: string;
  bodyOffset: number;
  size: number;
}

/** Size cap, magic line, header and signature line — read before anything else is trusted. */
export function readHead(file: string, maxBytes: number): FileHead {
  let size: number;
  let head: Buffer;
  try {
    const fd = openRegularFile(file);
    try {
      size = fs.fstatSync(fd).size;
      if (size > maxBytes) {
        throw new SyncRejection(
          'too_large',
          `Tệp quá lớn (${Math.ceil(size / 1048576)} MB, tối đa ${Math.floor(maxBytes / 1048576)} MB). Hãy xuất lại thành nhiều tệp nhỏ hơn.`,
        );
      }
      head = Buffer.alloc(Math.min(size, MAX_HEAD_BYTES));
      fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    if (error instanceof SyncRejection) throw error;
    throw new SyncRejection('unreadable', `Không đọc được tệp: ${(error as Error).message}. Hãy kiểm tra ổ đĩa hoặc thư mục chia sẻ còn kết nối.`);
  }
  const nl1 = head.indexOf(0x0a);
  const magic = head.subarray(0, nl1 < 0 ? Math.min(head.length, 32) : nl1).toString('latin1');
  if (!magic.startsWith(MAGIC_PREFIX)) {
    throw new SyncRejection('not_sync_file', 'Đây không phải tệp đồng bộ của Lịch Tuyên Truyền (thiếu dòng nhận dạng đầu tệp).');
  }
  const version = magic.slice(MAGIC_PREFIX.length);
  if (version === '1') {
    throw new SyncRejection(
      'old_format',
      'Tệp đồng bộ theo định dạng cũ (phiên bản 1, chỉ có chữ ký của máy gửi). Ứng dụng bản mới chỉ nhận thay đổi có chữ ký của chính máy đã tạo ra nó; máy gửi sẽ tự xuất lại dữ liệu theo định dạng mới khi được cập nhật.',
      { version },
    );
  }
  if (version !== String(FORMAT_VERSION)) {
    throw new SyncRejection(
      'unknown_format',
      `Tệp đồng bộ dùng định dạng phiên bản "${version}", ứng dụng này chỉ đọc được phiên bản ${FORMAT_VERSION}. Hãy cập nhật ứng dụng lên bản mới nhất rồi nhập lại tệp.`,
      { version },
    );
  }
  const nl2 = head.indexOf(0x0a, nl1 + 1);
  const nl3 = nl2 < 0 ? -1 : head.indexOf(0x0a, nl2 + 1);
  // The header's lines not all there in a file shorter than the most we read: cut off, most likely still being copied.
  if (nl2 < 0 || nl3 < 0) throw size < MAX_HEAD_BYTES ? incomplete() : damaged();
  let header: FileHeader;
  try {
    const raw = JSON.parse(head.subarray(nl1 + 1, nl2).toString('utf8')) as unknown;
    const parsed = fileHeaderSchema.safeParse(raw);
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    header = parsed.data;
    // The signed bytes must be exactly the canonical form, so nothing unsigned can hide in formatting.
    if (canonicalJson(raw) !== head.subarray(nl1 + 1, nl2).toString('utf8')) throw new Error('not canonical');
  } catch (error) {
    throw new SyncRejection('bad_header', `Phần đầu của tệp đồng bộ không hợp lệ (${(error as Error).message}). Tệp có thể bị hỏng hoặc bị sửa.`);
  }
  // Shorter than its own header says: most likely still being copied (a network share, a slow USB stick).
  if (size < nl3 + 1 + header.bodyLength) throw incomplete();
  return {
    header,
    signed: head.subarray(0, nl2 + 1),
    signature: head.subarray(nl2 + 1, nl3).toString('latin1'),
    bodyOffset: nl3 + 1,
    size,
  };
}

function incomplete(): SyncRejection {
  return new SyncRejection('incomplete', 'Tệp chưa đầy đủ (có thể đang được chép vào thư mục). Sẽ thử lại ở lần đồng bộ sau.');
}

export function checkSignature(head: FileHead, publicKey: string): void {
  // Base64 decoding is lenient (ignored padding bits): insist on the one canonical spelling.
  const canonical = Buffer.from(head.signature, 'base64').toString('base64') === head.signature;
  if (!canonical || !verifyBytes(head.signed, head.signature, publicKey)) {
    throw new SyncRejection('bad_signature', 'Chữ ký của tệp không khớp với khóa của máy gửi: tệp đã bị sửa hoặc không do máy đó tạo ra. Tệp không được nhập.');
  }
}

export interface VerifiedBody {
  count: number;
}

/**
 * Read the body once, in bounded memory: each change is validated, staged (value canonical, hash computed) and handed
 * to `sink` as soon as it is read; at the end the body's length and SHA-256 are checked against the signed header, then
 * the header's count and ranges and the clocks. With a sink, call this inside the transaction that applies the changes:
 * a check that needs the whole body fails after changes were applied, and its throw must roll them back. Without a
 * sink it only verifies. A problem met midway in a body that does not match its signature is reported as damage.
 * The change handed to `sink` may be reused for the next one: the sink copies what it keeps.
 */
export function readBody(file: string, head: FileHead, nowMs: number, sink?: (c: LogRecord) => void, parseWorker?: string): VerifiedBody {
  if (sink && parseWorker && head.header.bodyLength >= PARALLEL_MIN_BODY_BYTES) {
    try {
      const inWorker = readBodyInWorker(parseWorker, file, head.header, head.bodyOffset, nowMs, sink);
      if (inWorker) return inWorker;
    } catch (error) {
      // The worker tells its own refusals from damage; one raised by `sink` here (a fork, a foreign row) is checked now.
      throw damageOr(error, () => intactOnDisk(file, head));
    }
  }
  const reader = new BodyReader(file, head.header, head.bodyOffset);
  const changes = new ChangeReader(head.header, validateWithSchema);
  try {
    reader.lines((text, lineNo) => {
      const c = changes.read(text, lineNo);
      sink?.(c);
    });
    if (!reader.matches()) throw damaged();
  } catch (error) {
    throw damageOr(error, () => reader.intact());
  } finally {
    reader.close();
  }
  changes.check(nowMs);
  return { count: changes.count };
}

function intactOnDisk(file: string, head: FileHead): boolean {
  const reader = new BodyReader(file, head.header, head.bodyOffset);
  try {
    return reader.intact();
  } finally {
    reader.close();
  }
}

/**
 * Whether the body on disk is still exactly the one the signed header describes (length and SHA-256),
 * without decompressing or parsing it: enough to recognise a file this install has imported before.
 */
export async function bodyMatchesHeader(file: string, head: FileHead): Promise<boolean> {
  const hash = crypto.createHash('sha256');
  let length = 0;
  try {
    for await (const chunk of fs.createReadStream(file, {
      fd: openRegularFile(file),
      start: head.bodyOffset,
      highWaterMark: 1024 * 1024,
    }) as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > head.header.bodyLength) return false;
      hash.update(chunk);
    }
  } catch {
    return false;
  }
  return length === head.header.bodyLength && hash.digest('hex') === head.header.bodySha256;
}
