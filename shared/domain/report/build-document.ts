import type { Amendment, ComplianceReport, TaskResult } from '../compliance-types';
import { formatViDate } from '../dates';
import type { IsoDate, Item, ItemKind, Outlet, Plan } from '../types';
import { placeDateLine } from './date-words';
import type { ReportDocument, ResultRow, ResultsSection, ReportSection } from './document-types';
import { itemRow, itemsOfTask, resultLines, selectReportItems } from './item-rows';
import { KIND_LABELS, OUTLET_LABELS, TASK_STATUS_LABELS, WINDOW_STATUS_LABELS } from './labels';
import { windowLabel } from '../compliance/labels';
import { buildMatrix, requiredText } from './matrix';
import { reportTotals } from '../compliance/report-json';
import type { ReportCounts } from '../compliance/counts';
import { timestampToLocal } from './item-columns';
import { numberLine } from './number-pattern';
import { periodLabel } from './period-label';
import type { ReportSettings } from './settings';
import { SECTION_HEADINGS, SECTION_ORDER, paragraphsOf, planReference, type ReportTexts } from './texts';

const NATIONAL_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const;
const REPORT_TITLE = 'BÁO CÁO';

export interface BuildReportInput {
  compliance: ComplianceReport;
  plan: Pick<Plan, 'id' | 'number' | 'issuer' | 'title' | 'date'>;
  /** All items that may belong to the report; the builder picks those of the plan's tasks and the period. */
  items: readonly Item[];
  settings: ReportSettings;
  texts: ReportTexts;
  /** Date printed on the document (usually today). */
  reportDate: IsoDate;
  /** Registered number; null leaves the blank the records clerk fills in. */
  number?: string | null;
  /** Overrides the label derived from the dates (e.g. a period with a cut-off day). */
  periodLabel?: string;
  /** Changes to months already closed (reported), listed so the recipient can correct their figures. */
  amendments?: readonly Amendment[];
  /** Whole-plan reports: each organisation's part, from the data received (report-organisations.ts). */
  organisations?: ReadonlyArray<OrganisationLine>;
}

/** What the document says of one organisation in a whole-plan report. */
interface OrganisationLine {
  orgName: string;
  totals: ReportCounts & { required: number };
  /** Latest change of this organisation held here (ISO timestamp), null when none. */
  lastChangeAt: string | null;
}

function organisationLines(list: ReadonlyArray<OrganisationLine>): string[] {
  return [...list]
    .sort((a, b) => a.orgName.localeCompare(b.orgName, 'vi'))
    .map((o) => {
      const t = o.totals;
      const fresh = o.lastChangeAt ? `số liệu cập nhật đến ngày ${formatViDate(timestampToLocal(o.lastChangeAt).date)}` : 'chưa nhận được số liệu';
      return `${o.orgName}: theo yêu cầu ${t.required}, gồm đúng hạn ${t.onTime}; trễ hạn ${t.late}; còn thiếu ${t.missing}; chưa đến hạn ${t.notYetDue}; ngoài yêu cầu ${t.extra} (${fresh}).`;
    });
}

function amendmentLines(amendments: readonly Amendment[]): string[] {
  return [...amendments]
    .sort((a, b) => a.month.localeCompare(b.month) || a.changedAt.localeCompare(b.changedAt) || a.itemId.localeCompare(b.itemId))
    .map((a) => `Tháng ${a.month.slice(5, 7)}/${a.month.slice(0, 4)}: “${a.itemTitle}” – ${a.summary}${a.actor ? ` (${a.actor})` : ''}.`);
}

function countPhrase<K extends string>(counts: Partial<Record<K, number>>, labels: Record<K, string>, lower: boolean): string {
  return (Object.keys(labels) as K[])
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => (lower ? `${counts[k]} ${labels[k].toLowerCase()}` : `${labels[k]}: ${counts[k]}`))
    .join(', ');
}

function isCountable(t: TaskResult): boolean {
  return t.status !== 'ongoing' && t.status !== 'unknown' && t.status !== 'none';
}

function resultRows(report: ComplianceReport, items: readonly Item[]): ResultRow[] {
  return report.tasks
    .filter((t) => t.status !== 'none')
    .map((task, i) => ({
      order: i + 1,
      taskId: task.taskId,
      code: task.code,
      title: task.title,
      ...(task.section ? { section: task.section } : {}),
      product: task.product,
      leads: task.leads,
      status: task.status,
      statusLabel: TASK_STATUS_LABELS[task.status],
      requiredText: requiredText(task),
      ...task.counts,
      items: resultLines(task, itemsOfTask(report, task, items), report.asOf),
    }));
}

function shortfallLines(report: ComplianceReport, items: readonly Item[]): string[] {
  const out: string[] = [];
  for (const task of report.tasks) {
    const parts: string[] = [];
    const taskItems = itemsOfTask(report, task, items);
    for (const w of task.windows) {
      if (w.status !== 'missing' && w.status !== 'partial' && w.status !== 'late') continue;
      const counted = w.done + w.late;
      let part = `${windowLabel(w.from, w.to, Number(report.from.slice(0, 4)))}: ${WINDOW_STATUS_LABELS[w.status].toLowerCase()} (${counted}/${w.count})`;
      const reasons = taskItems
        .filter((i) => (i.status === 'cancelled' || i.status === 'postponed') && i.plannedDate >= w.from && i.plannedDate <= w.to)
        .map((i) => `“${i.title}” ${i.status === 'cancelled' ? 'đã hủy' : 'đã hoãn'}${i.statusReason ? ` – ${i.statusReason}` : ''}`);
      if (reasons.length > 0) part += `; ${reasons.join('; ')}`;
      parts.push(part);
    }
    // An ongoing task is reported by what was done (the table), never as a list of months without products.
    if (parts.length > 0) out.push(`Nhiệm vụ ${task.code} (${task.title}): ${parts.join('; ')}.`);
  }
  return out;
}

function resultsSection(input: BuildReportInput, label: string, detailCount: number): ResultsSection {
  const report = input.compliance;
  const rows = resultRows(report, input.items);
  const countable = report.tasks.filter(isCountable);
  const completed = countable.filter((t) => t.status === 'met' || t.status === 'late').length;
  const totals = reportTotals(report);
  const idle = report.tasks.filter((t) => t.status === 'none').map((t) => t.code);
  const intro = [
    `Trong kỳ báo cáo (${label}; số liệu tính đến hết ngày ${formatViDate(report.asOf)}), ${rows.length} nhiệm vụ của ${planReference(input.plan)} có yêu cầu thực hiện; ${completed}/${countable.length} nhiệm vụ có thời hạn đã hoàn thành. Tổng số sản phẩm theo yêu cầu: ${totals.required}, gồm: đã thực hiện đúng hạn ${totals.onTime}; trễ hạn ${totals.late}; còn thiếu ${totals.missing}; chưa đến hạn ${totals.notYetDue}. Ngoài yêu cầu (vượt số lượng, nhiệm vụ thường xuyên): ${totals.extra} sản phẩm.`,
  ];
  const byKind = countPhrase<ItemKind>(report.totals.byKind, KIND_LABELS, true);
  const byOutlet = countPhrase<Outlet>(report.totals.byOutlet, OUTLET_LABELS, false);
  if (idle.length > 0) intro.push(`Các nhiệm vụ ${idle.join(', ')} không có yêu cầu thực hiện trong kỳ.`);
  if (byKind) intro.push(`Sản phẩm đã thực hiện theo loại: ${byKind}.`);
  if (byOutlet) intro.push(`Theo kênh, ấn phẩm: ${byOutlet}.`);
  intro.push(`Danh sách chi tiết ${detailCount} sản phẩm kèm theo báo cáo (tệp Excel).`);
  const shortfalls = shortfallLines(report, input.items);
  const amendments = amendmentLines(input.amendments ?? []);
  const organisations = organisationLines(input.organisations ?? []);
  return {
    intro,
    tableCaption: 'Kết quả thực hiện theo từng nhiệm vụ:',
    rows,
    totals,
    shortfallHeading: shortfalls.length > 0 ? 'Nhiệm vụ còn chậm, thiếu hoặc trễ hạn:' : '',
    shortfalls,
    amendmentHeading: amendments.length > 0 ? 'Điều chỉnh số liệu của các tháng đã báo cáo:' : '',
    amendments,
    organisationHeading: organisations.length > 0 ? 'Kết quả theo từng đơn vị (theo số liệu đã nhận):' : '',
    organisations,
  };
}

/** Pure: the same inputs always give the same document (the export hash relies on it). */
export function buildReportDocument(input: BuildReportInput): ReportDocument {
  const { compliance: report, settings: s, plan } = input;
  const label = input.periodLabel?.trim() || periodLabel(report.from, report.to);
  const reference = planReference(plan);
  const detail = selectReportItems(report, input.items).map((i) => itemRow(report, i));
  const results = resultsSection(input, label, detail.length);
  const texts: ReportTexts = {
    leadership: input.texts.leadership.normalize('NFC'),
    assessment: input.texts.assessment.normalize('NFC'),
    nextTasks: input.texts.nextTasks.normalize('NFC'),
    proposals: input.texts.proposals.normalize('NFC'),
  };
  const sections: ReportSection[] = SECTION_ORDER.map((key) =>
    key === 'results'
      ? { key, heading: SECTION_HEADINGS[key], paragraphs: results.intro }
      : { key, heading: SECTION_HEADINGS[key], paragraphs: paragraphsOf(texts[key]) },
  );
  const recipients = [...s.recipients.map((r) => `- ${r}`), `- Lưu: ${s.archive || 'VT'}.`];
  const warnings = report.warnings.map((w) => w.message);
  if (!s.signerName) warnings.push('Chưa nhập họ tên người ký (Thiết lập › Báo cáo).');
  if (!s.issuingBody) warnings.push('Chưa nhập tên cơ quan ban hành (Thiết lập › Báo cáo).');
  const year = Number(input.reportDate.slice(0, 4));
  return {
    header: {
      parentBody: s.parentBody.toUpperCase(),
      issuingBody: s.issuingBody.toUpperCase(),
      numberLine: numberLine(s.numberPattern, { n: input.number ?? null, abbr: s.issuingAbbr, year }),
      motto: NATIONAL_MOTTO,
      placeDate: placeDateLine(s.place, input.reportDate),
    },
    title: REPORT_TITLE,
    subject: `Kết quả thực hiện ${reference} ${label}`,
    plan: { id: plan.id, number: plan.number, issuer: plan.issuer, title: plan.title, date: plan.date, reference },
    period: { from: report.from, to: report.to, label },
    asOf: report.asOf,
    reportDate: input.reportDate,
    texts,
    sections,
    results,
    closing: `Trên đây là báo cáo kết quả thực hiện ${reference} ${label}./.`,
    recipients: { heading: 'Nơi nhận:', lines: recipients },
    signer: { authority: s.signerAuthority.map((l) => l.toUpperCase()), name: s.signerName },
    matrix: buildMatrix(report),
    detail,
    warnings,
  };
}
