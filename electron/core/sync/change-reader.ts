import { stageChange, type StagedChange } from './staged-change';
import { SyncRejection } from './rejection';
import type { FileHeader } from '../../../shared/domain/sync/file-header';
import type { WireChange } from '../../../shared/domain/sync/change';
import { decodeHlc, MAX_DRIFT_MS } from '../../../shared/domain/hlc';

/**
 * The changes of one file's body, line by line: each parsed, validated and turned into its log row, with what the
 * header must agree with (count, per-install ranges, no change twice) kept as it goes. Runs wherever the body is read:
 * on the import's thread, or in the parse worker for a large file.
 */
/** One line of a body as JSON, or the refusal naming the line. */
export function parseLine(text: string, lineNo: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SyncRejection('bad_change', `Dòng ${lineNo} của tệp không phải JSON hợp lệ.`, { line: lineNo });
  }
}

/** Accepts a parsed line as a change, or throws a SyncRejection naming the line and the field. */
export type ChangeValidator = (parsed: unknown, lineNo: number, text: string) => WireChange;

export class ChangeReader {
  count = 0;
  private newestHlc = '';
  private readonly seen = new Map<string, { from: number; to: number; count: number; seqs: Set<number> }>();

  constructor(
    private readonly header: FileHeader,
    private readonly validate: ChangeValidator,
  ) {}

  /** One line of the body as a log row; a SyncRejection naming the line when it is not a valid change. */
  read(text: string, lineNo: number): StagedChange {
    const c = this.validate(parseLine(text, lineNo), lineNo, text);
    this.count += 1;
    if (c.hlc > this.newestHlc) this.newestHlc = c.hlc; // clock strings order as the clocks do
    let o = this.seen.get(c.install);
    if (!o) this.seen.set(c.install, (o = { from: c.seq, to: c.seq, count: 0, seqs: new Set() }));
    if (o.seqs.has(c.seq)) throw new SyncRejection('range_mismatch', `Tệp chứa hai lần thay đổi số ${c.seq} của máy ${c.install}.`);
    o.seqs.add(c.seq);
    o.count += 1;
    o.from = Math.min(o.from, c.seq);
    o.to = Math.max(o.to, c.seq);
    return stageChange(c);
  }

  /** After the last line: the header's count and ranges, then the newest clock against this computer's. */
  check(nowMs: number): void {
    this.checkRanges();
    const newestMs = this.newestHlc ? decodeHlc(this.newestHlc).ms : 0;
    if (newestMs > nowMs + MAX_DRIFT_MS) {
      const when = new Date(newestMs).toISOString().slice(0, 10).split('-').reverse().join('/');
      throw new SyncRejection(
        'clock_future',
        `Tệp có thay đổi ghi thời điểm ${when}, xa hơn 24 giờ so với đồng hồ máy này. Đồng hồ của máy gửi có thể bị sai: hãy chỉnh lại giờ ở máy đó rồi xuất lại. Tệp chưa được nhập và đồng hồ máy này không bị thay đổi.`,
      );
    }
  }

  private checkRanges(): void {
    const { header, seen, count } = this;
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
}
