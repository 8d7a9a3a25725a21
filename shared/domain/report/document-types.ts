import type { TaskResult, WindowStatus } from '../compliance-types';
import type { ReportCounts } from '../compliance/counts';
import type { IsoDate, ItemKind, ItemStatus, LocalTime, Outlet, Timestamp } from '../types';
import type { Timeliness } from './labels';
import type { ReportSectionKey, ReportTexts } from './texts';

/**
 * One report, ready to print: every writer (DOCX, XLSX, CSV, PDF, the on-screen preview) renders
 * this and nothing else, so the numbers cannot differ between formats.
 */
export interface ReportDocument {
  header: ReportHeader;
  /** "BÁO CÁO". */
  title: string;
  /** The subject line under the title (trích yếu). */
  subject: string;
  plan: { id: string; number: string; issuer: string; title: string; date: IsoDate | null; reference: string };
  period: { from: IsoDate; to: IsoDate; label: string };
  /** State at the end of this day. */
  asOf: IsoDate;
  /** The date printed on the document. */
  reportDate: IsoDate;
  texts: ReportTexts;
  sections: ReportSection[];
  results: ResultsSection;
  /** "Trên đây là báo cáo …/." */
  closing: string;
  recipients: { heading: string; lines: string[] };
  signer: { authority: string[]; name: string };
  /** Sheet "Tổng hợp": tasks × months. */
  matrix: ReportMatrix;
  /** One row per item of the report (sheet "Chi tiết", CSV). */
  detail: ItemRow[];
  /** For the editor on screen; not printed. */
  warnings: string[];
}

interface ReportHeader {
  parentBody: string;
  issuingBody: string;
  /** "Số: 12/BC-PTTH". */
  numberLine: string;
  motto: readonly [string, string];
  /** "Hải Dương, ngày 05 tháng 01 năm 2021". */
  placeDate: string;
}

export type ReportSection =
  { key: Exclude<ReportSectionKey, 'results'>; heading: string; paragraphs: string[] } | { key: 'results'; heading: string; paragraphs: string[] };

export interface ResultsSection {
  /** Generated paragraphs before the table. */
  intro: string[];
  /** Caption before the table. */
  tableCaption: string;
  rows: ResultRow[];
  /** Sum over the rows: required = onTime + late + missing + notYetDue; extra apart (compliance/counts.ts). */
  totals: ReportCounts & { required: number };
  /** Heading and lines about late and missing work, after the table (empty when none). */
  shortfallHeading: string;
  shortfalls: string[];
  /** Changes made to months already reported (closed), with the heading; empty when none. */
  amendmentHeading: string;
  amendments: string[];
  /** Whole-plan reports (Sở Nội vụ): each organisation's numbers and how fresh its data is; empty otherwise. */
  organisationHeading: string;
  organisations: string[];
}

/** A task's line of the results table: the task as the compliance view gives it, its counts, and its items. */
export interface ResultRow extends Pick<TaskResult, 'taskId' | 'code' | 'title' | 'section' | 'product' | 'leads' | 'status'>, ReportCounts {
  order: number;
  statusLabel: string;
  /** Ongoing or unknown cadence: "required" is not a number ("Thường xuyên"). */
  requiredText: string | null;
  items: ResultItemLine[];
}

export interface ResultItemLine {
  itemId: string;
  /** Date it was done (aired/published). */
  date: IsoDate;
  kind: ItemKind;
  outlet: Outlet;
  /** "Truyền hình, 19:45" / "Báo in số 123, trang 4". */
  channel: string;
  title: string;
  timeliness: Exclude<Timeliness, 'not_done'>;
  /** The line as printed: "02/08/2020 – Truyền hình, 19:45: “…” (trễ hạn)", before its proof (printedItemLine). */
  text: string;
  /** Present only when a log line proves it (absent, not null: see hashDocument). */
  logProof?: ProofRef;
}

/** Which line of which log file proves a done item ("dòng N của tệp F"). */
export interface ProofRef {
  line: number;
  file: string;
}

interface MatrixColumn {
  /** yyyy-MM */
  key: string;
  label: string;
}

/** A window spanning several months is one cell spanning their columns. */
export interface MatrixCell {
  col: number;
  span: number;
  status: WindowStatus | 'ongoing' | 'unknown' | 'none';
  flagged: boolean;
  count: number;
  done: number;
  late: number;
  planned: number;
  text: string;
}

interface MatrixRow extends Pick<TaskResult, 'taskId' | 'code' | 'title' | 'product' | 'status'>, ReportCounts {
  /** The lead agencies, joined for one cell. */
  leads: string;
  cells: MatrixCell[];
  /** "Thường xuyên" / "Chưa xác định" where nothing is counted against a number. */
  requiredText: string | null;
  statusLabel: string;
}

export interface ReportMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  totals: ReportCounts & { required: number };
}

/** Every field of an item, flattened for a sheet or CSV row. Dates stay `yyyy-MM-dd`; writers format them. */
export interface ItemRow {
  id: string;
  taskCodes: string;
  kind: ItemKind;
  kindLabel: string;
  outlet: Outlet;
  outletLabel: string;
  title: string;
  description: string;
  topics: string;
  seriesId: string | null;
  plannedDate: IsoDate;
  plannedTime: LocalTime | null;
  durationMin: number | null;
  editor: string | null;
  producer: string | null;
  status: ItemStatus;
  statusLabel: string;
  statusReason: string | null;
  doneAt: IsoDate | null;
  doneTime: LocalTime | null;
  doneDurationMin: number | null;
  slot: string | null;
  issueNo: string | null;
  page: string | null;
  link: string | null;
  evidenceFile: string | null;
  evidenceSha256: string | null;
  /** Present only when a log line proves it (absent, not null: see hashDocument). */
  logProof?: ProofRef;
  markedBy: string | null;
  markedAt: Timestamp | null;
  timeliness: Timeliness | null;
  timelinessLabel: string;
  notes: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
