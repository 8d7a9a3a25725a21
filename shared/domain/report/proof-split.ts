import type { ComplianceReport } from '../compliance-types';
import type { ProofCounts } from '../compliance/report-json';
import { logProof } from '../reconcile/proof';
import { BROADCAST_OUTLETS, type Item, type Outlet } from '../types';
import type { ItemRow, ProofRef, ReportDocument, ResultItemLine, ResultRow } from './document-types';
import { doneDay, itemsOfTask } from './item-rows';

/**
 * Issue 21: of the done items, which a line of the station's as-run log (or the newspaper's published list)
 * proves and which a person marked by hand. Whether one is proven is logProof's answer (reconcile/proof.ts),
 * carried on the document as `logProof`; this file only counts and words it for the writers.
 */

const isBroadcast = (o: Outlet) => BROADCAST_OUTLETS.includes(o);

/** "dòng nhật ký phát sóng" (TV, radio), "trong danh sách bài đã đăng" (print, online), or both. */
function logWords(outlets: readonly Outlet[]): string {
  const air = outlets.some(isBroadcast);
  const press = outlets.some((o) => !isBroadcast(o));
  if (air && press) return 'có dòng nhật ký phát sóng hoặc danh sách bài đã đăng';
  return press ? 'có trong danh sách bài đã đăng' : 'có dòng nhật ký phát sóng';
}

function splitDone(lines: ReadonlyArray<{ logProof?: ProofRef }>): ProofCounts {
  const byLog = lines.filter((l) => l.logProof).length;
  return { byLog, byHand: lines.length - byLog };
}

/** Under a task of the results table: "Sản phẩm đã thực hiện (5), trong đó 3 có dòng nhật ký phát sóng, 2 đánh dấu tay:". */
export function doneItemsHeading(r: Pick<ResultRow, 'items'>): string {
  if (r.items.length === 0) return 'Chưa có sản phẩm được thực hiện trong kỳ.';
  const s = splitDone(r.items);
  return `Sản phẩm đã thực hiện (${r.items.length}), trong đó ${s.byLog} ${logWords(r.items.map((i) => i.outlet))}, ${s.byHand} đánh dấu tay:`;
}

/** The source a proof names: the as-run log for TV and radio, the published list for print and online. */
function sourceName(outlet: Outlet): string {
  return isBroadcast(outlet) ? 'Nhật ký' : 'Danh sách bài đã đăng';
}

const refText = (outlet: Outlet, p: ProofRef) => `${sourceName(outlet)} (dòng ${p.line}, tệp ${p.file})`;

/** A done item's line as printed, its proof after it: "… (trễ hạn) – minh chứng: Nhật ký (dòng 12, tệp asrun.csv)". */
export function printedItemLine(i: ResultItemLine): string {
  return i.logProof ? `${i.text} – minh chứng: ${refText(i.outlet, i.logProof)}` : i.text;
}

/** Done by the report's as-of (on time or late for a task it serves): the same reading as the counts. */
const isDoneRow = (r: ItemRow) => r.timeliness === 'on_time' || r.timeliness === 'late';

/** Column "Minh chứng": "Nhật ký (dòng N, tệp F)" or "Đánh dấu tay" (with its evidence file, if any); empty when not done. */
export function proofCell(r: ItemRow): string | null {
  if (!isDoneRow(r)) return null;
  if (r.logProof) return refText(r.outlet, r.logProof);
  return r.evidenceFile ? `Đánh dấu tay, kèm tệp ${r.evidenceFile}` : 'Đánh dấu tay';
}

/** After the results' opening paragraphs: how many of the report's done items (each once) a log line proves. */
export function proofSummary(doc: Pick<ReportDocument, 'detail'>): string | null {
  const done = doc.detail.filter(isDoneRow);
  if (done.length === 0) return null;
  const s = splitDone(done);
  return `Trong số ${done.length} sản phẩm đã thực hiện: ${s.byLog} ${logWords(done.map((r) => r.outlet))} làm minh chứng (tệp nhật ký lưu kèm, ghi rõ dòng), ${s.byHand} do cán bộ đánh dấu tay.`;
}

/** Per task, the done items of the report split (for `ltt report --format json`): the items the results table lists. */
export function taskProofCounts(report: ComplianceReport, items: readonly Item[]): Map<string, ProofCounts> {
  const out = new Map<string, ProofCounts>();
  for (const task of report.tasks) {
    const done = itemsOfTask(report, task, items).filter((i) => doneDay(i, report.asOf) !== null);
    const byLog = done.filter((i) => logProof(i) !== null).length;
    out.set(task.taskId, { byLog, byHand: done.length - byLog });
  }
  return out;
}
