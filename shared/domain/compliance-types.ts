import type { ReportCounts } from './compliance/counts';
import type { IsoDate, ItemKind, Outlet } from './types';

/**
 * `met`: on-time done ≥ count (may already hold before the window ends).
 * `late`: done ≥ count only when late ones are included.
 * `partial` / `missing`: the window has ended (as of) with 0 < done < count / nothing done.
 * `upcoming`: the window has not ended and is not yet met.
 */
export type WindowStatus = 'met' | 'late' | 'partial' | 'missing' | 'upcoming';
/** `none`: the task has no window in the period (nothing required of it there). */
export type TaskStatus = 'met' | 'late' | 'behind' | 'upcoming' | 'ongoing' | 'unknown' | 'none';

export interface WindowResult {
  from: IsoDate;
  to: IsoDate;
  count: number;
  /** Items done on or before `to` (and on or before as-of). */
  done: number;
  /** Items done after `to` (and on or before as-of). */
  late: number;
  /** Items linked to the window that are not cancelled (any status). */
  planned: number;
  status: WindowStatus;
  /** For upcoming windows: fewer items planned than required. */
  underPlanned: boolean;
  /** Not cancelled items in the window, sorted by planned date then id. */
  itemIds: string[];
}

export interface MonthActivity {
  month: string; // yyyy-MM
  done: number;
  planned: number;
  /** Nothing done in an ended month, or nothing planned in a month not ended yet. */
  flagged: boolean;
  itemIds: string[];
}

export interface TaskResult {
  taskId: string;
  code: string;
  title: string;
  /** The appendix section the task stands under, when the plan has sections. */
  section?: string;
  product: string;
  leads: string[];
  status: TaskStatus;
  required: number;
  done: number;
  late: number;
  /** Shortfall of ended windows: Σ max(0, count − done − late). */
  missing: number;
  /** The report arithmetic (counts.ts): required = onTime + late + missing + notYetDue, extra apart. */
  counts: ReportCounts;
  windows: WindowResult[];
  /** For ongoing tasks: activity per month of the period. */
  activity: MonthActivity[];
}

type WarningCode = 'nothing-planned' | 'under-planned' | 'missing' | 'partial' | 'ongoing-idle' | 'unknown-cadence';

export type WarningSeverity = 'danger' | 'warning' | 'info';

export interface ComplianceWarning {
  code: WarningCode;
  severity: WarningSeverity;
  taskId: string;
  taskCode: string;
  /** The window (or month, for ongoing tasks) the warning is about: where to go to fix it. */
  from: IsoDate;
  to: IsoDate;
  /** The Vietnamese sentence (reports, CLI); the figures in it are below, so the interface can word it in English. */
  message: string;
  /** Episodes planned, done (late included) and required in the window; the timeframe that could not be read. */
  figures?: { planned?: number; done?: number; count?: number; timeframe?: string };
}

export interface PlanSummary {
  id: string;
  issuer: string;
  number: string;
  year: number;
  title: string;
}

export interface ComplianceTotals {
  /** Items of the period done as of as-of, counted once even when linked to several tasks. */
  byKind: Partial<Record<ItemKind, number>>;
  byOutlet: Partial<Record<Outlet, number>>;
  done: number;
  /** Not cancelled items of the period. */
  planned: number;
}

export interface ComplianceReport {
  planId: string;
  plan: PlanSummary;
  from: IsoDate;
  to: IsoDate;
  asOf: IsoDate;
  tasks: TaskResult[];
  totals: ComplianceTotals;
  warnings: ComplianceWarning[];
}

/** A month an editor has closed after reporting it (synced: every install sees the close). */
export interface MonthClose {
  planId: string;
  /** `yyyy-MM` */
  month: string;
  closedAt: string;
  closedBy: string | null;
  note: string;
  /** Changes to the month's items after it was closed. */
  amendments: number;
}

/** A change to an item of a closed month, made after the close: listed in the next report. */
export interface Amendment {
  month: string;
  itemId: string;
  itemTitle: string;
  /** When the change was made (ISO UTC, from the change's clock) and by whom. */
  changedAt: string;
  actor: string | null;
  /** Which field groups changed (e.g. `done`, `status`, `plan`). */
  groups: string[];
  /** Vietnamese one-line summary: "Đánh dấu đã phát sóng 02/08/2020", "Đổi ngày 25/07 → 28/07"… */
  summary: string;
}
