import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { canonicalJson } from './canonical-json';
import { stageChange, stagedLine } from './staged-change';
import { LineFileWriter } from './line-file';
import { SyncRejection } from './rejection';
import { AppError } from '../../../shared/contract/errors';
import { verifyBytes } from './keys';
import { FORMAT_VERSION, MAGIC_PREFIX, fileHeaderSchema, type FileHeader } from '../../../shared/domain/sync/file-header';
import { wireChangeSchema } from '../../../shared/domain/sync/change';
import { decodeHlc, MAX_DRIFT_MS } from '../../../shared/domain/hlc';

const MAX_HEAD_BYTES = 256 * 1024;
const MAX_LINE_BYTES = 4 * 1024 * 1024;

export interface FileHead {
  header: FileHeader;
  signed: Buffer;
  signature: string;
  bodyOffset: number;
  size: number;
}

const DAMAGED = 'Tệp đồng bộ bị hỏng hoặc không đầy đủ (có thể bị cắt ngang hay lỗi khi sao chép). Hãy lấy lại tệp từ máy gửi; dữ liệu chưa bị thay đổi.';

/** Size cap, magic line, header and signature line — read before anything else is trusted. */
export function readHead(file: string, maxBytes: number): FileHead {
  let size: number;
  let head: Buffer;
  try {
    size = fs.statSync(file).size;
    if (size > maxBytes) {
      throw new SyncRejection('too_large', `Tệp quá lớn (${Math.ceil(size / 1048576)} MB, tối đa ${Math.floor(maxBytes / 1048576)} MB). Hãy xuất lại thành nhiều tệp nhỏ hơn.`);
    }
    const fd = fs.openSync(file, 'r');
    try {
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
  if (version !== String(FORMAT_VERSION)) {
    throw new SyncRejection(
      'unknown_format',
      `Tệp đồng bộ dùng định dạng phiên bản "${version}", ứng dụng này chỉ đọc được phiên bản ${FORMAT_VERSION}. Hãy cập nhật ứng dụng lên bản mới nhất rồi nhập lại tệp.`,
      { version },
    );
  }
  const nl2 = head.indexOf(0x0a, nl1 + 1);
  const nl3 = nl2 < 0 ? -1 : head.indexOf(0x0a, nl2 + 1);
  if (nl2 < 0 || nl3 < 0) throw new SyncRejection('damaged', DAMAGED);
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
  return {
    header,
    signed: head.subarray(0, nl2 + 1),
    signature: head.subarray(nl2 + 1, nl3).toString('latin1'),
    bodyOffset: nl3 + 1,
    size,
  };
}

export function checkSignature(head: FileHead, publicKey: string): void {
  // Base64 decoding is lenient (ignored padding bits): insist on the one canonical spelling.
  const canonical = Buffer.from(head.signature, 'base64').toString('base64') === head.signature;
  if (!canonical || !verifyBytes(head.signed, head.signature, publicKey)) {
    throw new SyncRejection('bad_signature', 'Chữ ký của tệp không khớp với khóa của máy gửi: tệp đã bị sửa hoặc không do máy đó tạo ra. Tệp không được nhập.');
  }
}

export interface VerifiedBody {
  fileHash: string;
  count: number;
  maxHlcMs: number;
}

/**
 * Stream the body once with bounded memory: check its length and SHA-256 against the signed header,
 * decompress, validate every change, check the header's ranges and count, and stage the validated
 * changes (hashed, values canonical) in `ndjsonOut` for the (synchronous) apply step. Throws SyncRejection on any problem.
 */
export async function verifyBody(file: string, head: FileHead, ndjsonOut: string, nowMs: number): Promise<VerifiedBody> {
  const { header } = head;
  const fileHash = crypto.createHash('sha256').update(head.signed).update(`${head.signature}\n`);
  const bodyHash = crypto.createHash('sha256');
  let bodyLength = 0;
  let plainLength = 0;
  let count = 0;
  let maxHlcMs = 0;
  let lineNo = 0;
  const seen = new Map<string, { from: number; to: number; count: number; seqs: Set<number> }>();
  // Staged in large writes: one system call per line cost more than the parsing.
  const staged = new LineFileWriter(ndjsonOut);

  async function* body(): AsyncGenerator<Buffer> {
    for await (const chunk of fs.createReadStream(file, { start: head.bodyOffset, highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
      bodyLength += chunk.length;
      if (bodyLength > header.bodyLength) throw new SyncRejection('damaged', DAMAGED);
      bodyHash.update(chunk);
      fileHash.update(chunk);
      yield chunk;
    }
  }

  function onLine(text: string): void {
    lineNo += 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new SyncRejection('bad_change', `Dòng ${lineNo} của tệp không phải JSON hợp lệ.`, { line: lineNo });
    }
    const r = wireChangeSchema.safeParse(parsed);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new SyncRejection('bad_change', `Thay đổi ở dòng ${lineNo} không hợp lệ (trường "${issue.path.join('.')}": ${issue.message}).`, { line: lineNo });
    }
    const c = r.data;
    count += 1;
    maxHlcMs = Math.max(maxHlcMs, decodeHlc(c.hlc).ms);
    let o = seen.get(c.install);
    if (!o) seen.set(c.install, (o = { from: c.seq, to: c.seq, count: 0, seqs: new Set() }));
    if (o.seqs.has(c.seq)) throw new SyncRejection('range_mismatch', `Tệp chứa hai lần thay đổi số ${c.seq} của máy ${c.install}.`);
    o.seqs.add(c.seq);
    o.count += 1;
    o.from = Math.min(o.from, c.seq);
    o.to = Math.max(o.to, c.seq);
    staged.write(stagedLine(stageChange(c)));
  }

  try {
    let pending = '';
    const decoder = new StringDecoder('utf8');
    await pipeline(Readable.from(body()), zlib.createGunzip(), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        plainLength += chunk.length;
        if (plainLength > header.plainLength) throw new SyncRejection('damaged', DAMAGED);
        pending += decoder.write(chunk);
        let start = 0;
        let nl: number;
        while ((nl = pending.indexOf('\n', start)) >= 0) {
          onLine(pending.slice(start, nl));
          start = nl + 1;
        }
        pending = pending.slice(start);
        if (pending.length > MAX_LINE_BYTES) throw new SyncRejection('bad_change', `Dòng ${lineNo + 1} của tệp quá dài.`);
      }
      pending += decoder.end();
      if (pending.length > 0) onLine(pending);
      staged.flush();
    });
  } catch (error) {
    if (error instanceof AppError) throw error; // this computer's disk, not the file
    if (error instanceof SyncRejection && error.reason !== 'bad_change' && error.reason !== 'range_mismatch') throw error;
    // A damaged body shows up first as a decompression or parse error: report the real cause when it is that.
    if (!(error instanceof SyncRejection) || bodyLength !== header.bodyLength) throw new SyncRejection('damaged', DAMAGED);
    throw error;
  } finally {
    staged.close();
  }
  if (bodyLength !== header.bodyLength || bodyHash.digest('hex') !== header.bodySha256 || plainLength !== header.plainLength) {
    throw new SyncRejection('damaged', DAMAGED);
  }
  checkRanges(header, seen, count);
  if (maxHlcMs > nowMs + MAX_DRIFT_MS) {
    const when = new Date(maxHlcMs).toISOString().slice(0, 10).split('-').reverse().join('/');
    throw new SyncRejection(
      'clock_future',
      `Tệp có thay đổi ghi thời điểm ${when}, xa hơn 24 giờ so với đồng hồ máy này. Đồng hồ của máy gửi có thể bị sai: hãy chỉnh lại giờ ở máy đó rồi xuất lại. Tệp chưa được nhập và đồng hồ máy này không bị thay đổi.`,
    );
  }
  return { fileHash: fileHash.digest('hex'), count, maxHlcMs };
}

function checkRanges(header: FileHeader, seen: Map<string, { from: number; to: number; count: number }>, count: number): void {
  const lie = (what: string) =>
    new SyncRejection('range_mismatch', `Phần đầu tệp khai sai ${what} so với nội dung. Tệp có thể bị sửa; không được nhập.`);
  if (count !== header.count) throw lie(`số thay đổi (khai ${header.count}, thực tế ${count})`);
  const declared = Object.entries(header.origins);
  if (declared.length !== seen.size) throw lie('danh sách máy nguồn');
  for (const [install, d] of declared) {
    const s = seen.get(install);
    if (!s || s.from !== d.from || s.to !== d.to || s.count !== d.count) throw lie(`khoảng số thứ tự của máy ${install}`);
  }
  const own = seen.get(header.install);
  if (own) {
    if (own.from !== header.seqFrom || own.to !== header.seqTo || own.to - own.from + 1 !== own.count) throw lie('khoảng số thứ tự');
  } else if (header.seqFrom !== 0 || header.seqTo !== 0) throw lie('khoảng số thứ tự');
}

/**
 * Whether the body on disk is still exactly the one the signed header describes (length and SHA-256),
 * without decompressing or parsing it: enough to recognise a file this install has imported before.
 */
export async function bodyMatchesHeader(file: string, head: FileHead): Promise<boolean> {
  const hash = crypto.createHash('sha256');
  let length = 0;
  try {
    for await (const chunk of fs.createReadStream(file, { start: head.bodyOffset, highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > head.header.bodyLength) return false;
      hash.update(chunk);
    }
  } catch {
    return false;
  }
  return length === head.header.bodyLength && hash.digest('hex') === head.header.bodySha256;
}
