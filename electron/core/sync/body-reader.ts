import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { Gunzip } from 'fflate';
import { SyncRejection } from './rejection';
import { openRegularFile } from './regular-file';
import type { FileHeader } from '../../../shared/domain/sync/file-header';

const CHUNK_BYTES = 64 * 1024;
/** At or below this compressed size a body is inflated in one call (inflateWhole). */
const SMALL_BODY_BYTES = 256 * 1024;
const MAX_LINE_BYTES = 4 * 1024 * 1024;

const DAMAGED = 'Tệp đồng bộ bị hỏng hoặc không đầy đủ (có thể bị cắt ngang hay lỗi khi sao chép). Hãy lấy lại tệp từ máy gửi; dữ liệu chưa bị thay đổi.';

export function damaged(): SyncRejection {
  return new SyncRejection('damaged', DAMAGED);
}

/** A refusal about the file's content stands only if the body is the one that was signed; otherwise it is damage. */
export function damageOr(error: unknown, intact: () => boolean): unknown {
  const aboutTheContent = error instanceof SyncRejection && error.reason !== 'damaged' && error.reason !== 'unreadable';
  return aboutTheContent && !intact() ? damaged() : error;
}

/**
 * A sync file's body, read synchronously chunk by chunk in bounded memory: the compressed bytes are counted and
 * hashed as they are read, inflated (fflate's streaming inflate, which runs synchronously, so the whole import can
 * be one SQLite transaction), and each complete line is decoded on its own (one large string per chunk cost more).
 */
export class BodyReader {
  private readonly hash = crypto.createHash('sha256');
  private fd: number | null = null;
  private position: number;
  private bodyLength = 0;
  private splitter: LineSplitter | null = null;

  constructor(
    private readonly file: string,
    private readonly header: FileHeader,
    bodyOffset: number,
  ) {
    this.position = bodyOffset;
  }

  /** Hand every line to `onLine`, with its 1-based number. Whatever `onLine` throws stops the read and is passed on. */
  lines(onLine: (text: string, lineNo: number) => void): void {
    const splitter = new LineSplitter(this.header.plainLength, onLine);
    this.splitter = splitter;
    if (this.header.bodyLength <= SMALL_BODY_BYTES) {
      this.inflateWhole(splitter);
      return;
    }
    const inflate = new Gunzip((chunk, final) => {
      splitter.push(chunk);
      if (final) splitter.end();
    });
    for (let chunk = this.read(); chunk; chunk = this.read()) this.inflate(inflate, chunk, false);
    this.inflate(inflate, new Uint8Array(0), true);
  }

  /** Whether the compressed body is exactly the one the header signed: reads (and hashes) whatever was not read yet. */
  intact(): boolean {
    try {
      while (this.read());
    } catch {
      return false;
    }
    return this.bodyLength === this.header.bodyLength && this.hash.copy().digest('hex') === this.header.bodySha256;
  }

  /** After `lines`: the length, hash and inflated length all as the signed header says. */
  matches(): boolean {
    return this.splitter?.plainLength === this.header.plainLength && this.intact();
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  /**
   * A small body (a month's changes of one office: most files of a shared folder) in one native inflate: the streaming
   * inflate's set-up cost more than the inflating itself. Bounded all the same: never more than the signed length in,
   * never more than the signed decompressed length out.
   */
  private inflateWhole(splitter: LineSplitter): void {
    const parts: Buffer[] = [];
    for (let chunk = this.read(); chunk; chunk = this.read()) parts.push(Buffer.from(chunk));
    let plain: Buffer;
    try {
      plain = zlib.gunzipSync(Buffer.concat(parts), { maxOutputLength: Math.max(1, this.header.plainLength) });
    } catch {
      throw damaged();
    }
    splitter.push(plain);
    splitter.end();
  }

  private inflate(inflate: Gunzip, chunk: Uint8Array, final: boolean): void {
    try {
      inflate.push(chunk, final);
    } catch (error) {
      // fflate's own errors carry a numeric code (bad header, invalid block, cut short); anything else came from `onLine`.
      if (typeof (error as { code?: unknown } | null)?.code === 'number') throw damaged();
      throw error;
    }
  }

  /** The next chunk of the body (hashed), or null at its end. */
  private read(): Buffer | null {
    try {
      this.fd ??= openRegularFile(this.file);
      const buf = Buffer.allocUnsafe(CHUNK_BYTES);
      const n = fs.readSync(this.fd, buf, 0, CHUNK_BYTES, this.position);
      if (n === 0) return null;
      this.position += n;
      this.bodyLength += n;
      if (this.bodyLength > this.header.bodyLength) throw damaged();
      const chunk = buf.subarray(0, n);
      this.hash.update(chunk);
      return chunk;
    } catch (error) {
      if (error instanceof SyncRejection) throw error;
      throw new SyncRejection('unreadable', `Không đọc được tệp: ${(error as Error).message}. Hãy kiểm tra ổ đĩa hoặc thư mục chia sẻ còn kết nối.`);
    }
  }
}

/**
 * Inflated bytes → lines. A newline byte never occurs inside a UTF-8 sequence, so each line is decoded on its own
 * from the bytes (one large string per chunk cost more); the unfinished last line is carried to the next chunk.
 */
export class LineSplitter {
  plainLength = 0;
  private carry: Buffer | null = null;
  private lineNo = 0;

  constructor(
    private readonly maxPlainLength: number,
    private readonly onLine: (text: string, lineNo: number) => void,
  ) {}

  push(chunk: Uint8Array): void {
    this.plainLength += chunk.length;
    if (this.plainLength > this.maxPlainLength) throw damaged();
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.carry) buf = Buffer.concat([this.carry, buf]);
    this.carry = null;
    let start = 0;
    let nl: number;
    while ((nl = buf.indexOf(0x0a, start)) >= 0) {
      this.onLine(buf.toString('utf8', start, nl), (this.lineNo += 1));
      start = nl + 1;
    }
    if (buf.length - start > MAX_LINE_BYTES) throw new SyncRejection('bad_change', `Dòng ${this.lineNo + 1} của tệp quá dài.`, { line: this.lineNo + 1 });
    if (start < buf.length) this.carry = Buffer.from(buf.subarray(start));
  }

  end(): void {
    if (this.carry) this.onLine(this.carry.toString('utf8'), (this.lineNo += 1));
    this.carry = null;
  }
}
