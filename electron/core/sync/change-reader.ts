import { toLogRecord, type LogRecord } from './log-record';
import { SyncRejection } from './rejection';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import type { WireChange } from '../../../shared/domain/sync/change';
import { decodeHlc, MAX_DRIFT_MS } from '../../../shared/domain/hlc';
import type { SegmentStatement } from '../../../shared/domain/sync/segment';
import { SegmentDigest } from './segments';

/** One line of a body as JSON, or the refusal naming the line. */
function parseLine(text: string, lineNo: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SyncRejection('bad_change', `Dòng ${lineNo} của tệp không phải JSON hợp lệ.`, { line: lineNo });
  }
}

/** Accepts a parsed line as a change, or throws a SyncRejection naming the line and the field. */
export type ChangeValidator = (parsed: unknown, lineNo: number, text: string) => WireChange;

/** Who an origin is, as a person reads it: `"Máy A" (Đơn vị B)`. */
export function originLabel(s: { installName: string; orgName: string | null; org: string }): string {
  return `máy "${s.installName}" (${s.orgName ?? s.org})`;
}

/**
 * The changes of one file's body, line by line: each parsed, validated and turned into its log row, with what the
 * header must agree with (count, per-install ranges, no change twice) kept as it goes. Runs wherever the body is read:
 * on the import's thread, or in the parse worker for a large file.
 */
export class ChangeReader {
  count = 0;
  private newestHlc = '';
  private segment = 0;
  private inSegment = 0;
  private lastSeq = 0;
  private readonly digest = new SegmentDigest();

  constructor(
    private readonly header: FileHeader,
    private readonly validate: ChangeValidator,
  ) {}

  /**
   * One line of the body as a log row; a SyncRejection naming the line when it is not a valid change, or naming the
   * origin when the line does not belong where its segment's signed statement says (another install, out of range,
   * out of order, another organisation, or, at the segment's last change, a digest the origin did not sign).
   */
  read(text: string, lineNo: number): LogRecord {
    const c = this.validate(parseLine(text, lineNo), lineNo, text);
    const seg = this.header.segments[this.segment]?.statement;
    if (!seg)
      throw new SyncRejection('range_mismatch', `Tệp có nhiều thay đổi hơn số đã khai (dòng ${lineNo}). Tệp có thể bị sửa; không được nhập.`, { line: lineNo });
    if (c.install !== seg.install || c.seq < seg.seqFrom || c.seq > seg.seqTo || c.seq <= this.lastSeq || c.org !== seg.org) {
      throw forged(seg, `dòng ${lineNo} ghi là thay đổi số ${c.seq} của máy ${c.install}, đơn vị ${c.org}`);
    }
    this.lastSeq = c.seq;
    this.count += 1;
    if (c.hlc > this.newestHlc) this.newestHlc = c.hlc; // clock strings order as the clocks do
    const staged = toLogRecord(c);
    this.digest.add(staged.hash);
    this.inSegment += 1;
    if (this.inSegment === seg.count) {
      if (this.digest.take() !== seg.digest) throw forged(seg, 'nội dung không khớp với chữ ký của máy đó');
      this.segment += 1;
      this.inSegment = 0;
      this.lastSeq = 0;
    }
    return staged;
  }

  /** After the last line: every segment whole and the header's count, then the newest clock against this computer's. */
  check(nowMs: number): void {
    const { header, count } = this;
    if (this.segment !== header.segments.length || this.inSegment !== 0) {
      const seg = header.segments[this.segment]?.statement;
      throw seg
        ? forged(seg, 'thiếu thay đổi so với số máy đó đã ký')
        : new SyncRejection('range_mismatch', 'Phần đầu tệp khai sai nội dung. Tệp có thể bị sửa; không được nhập.');
    }
    if (count !== header.count) {
      throw new SyncRejection(
        'range_mismatch',
        `Phần đầu tệp khai sai số thay đổi (khai ${header.count}, thực tế ${count}). Tệp có thể bị sửa; không được nhập.`,
      );
    }
    const newestMs = this.newestHlc ? decodeHlc(this.newestHlc).ms : 0;
    if (newestMs > nowMs + MAX_DRIFT_MS) {
      const when = new Date(newestMs).toISOString().slice(0, 10).split('-').reverse().join('/');
      throw new SyncRejection(
        'clock_future',
        `Tệp có thay đổi ghi thời điểm ${when}, xa hơn 24 giờ so với đồng hồ máy này. Đồng hồ của máy gửi có thể bị sai: hãy chỉnh lại giờ ở máy đó rồi xuất lại. Tệp chưa được nhập và đồng hồ máy này không bị thay đổi.`,
      );
    }
  }
}

/** A change the origin's signature does not cover: the file is refused whole, naming the origin. */
function forged(seg: SegmentStatement, what: string): SyncRejection {
  return new SyncRejection(
    'bad_origin',
    `Tệp chứa thay đổi không được ${originLabel(seg)} ký (${what}): tệp đã bị sửa, hoặc máy chuyển tiếp đã thêm, bớt hay sửa thay đổi của máy khác. Tệp không được nhập.`,
    { install: seg.install, org: seg.org },
  );
}
