import type { Cadence, PlanTask } from '../types';

/** The columns of a plan's task table, with the Vietnamese label used in messages. */
export const TASK_FIELDS = ['code', 'title', 'product', 'leads', 'partners', 'timeframe'] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

export const TASK_FIELD_LABELS: Record<TaskField, string> = {
  code: 'STT',
  title: 'Nhiệm vụ cụ thể',
  product: 'Sản phẩm/Kết quả',
  leads: 'Cơ quan chủ trì',
  partners: 'Cơ quan phối hợp',
  timeframe: 'Thời gian thực hiện',
};

export type ImportFormat = 'tsv' | 'csv' | 'xlsx' | 'docx' | 'json';

export interface ImportIssue {
  level: 'error' | 'warning';
  /** Row in the source (line of a text file, sheet row, table row of a document); null for the whole file. */
  row: number | null;
  field: TaskField | null;
  /** Machine-readable kind: 'unknown_timeframe', 'unknown_agency', 'missing_column', 'missing_code', 'duplicate_code'… */
  code: string;
  /** Vietnamese, names the row and the column. */
  message: string;
}

/** One task row as read from a file, before ids and the directory are applied: the task's own words, and its place in the file. */
export interface ParsedTaskRow extends Pick<PlanTask, 'code' | 'title' | 'product' | 'leads' | 'partners' | 'timeframe' | 'section'> {
  row: number | null;
  /** Only from the app's own export: a cadence a person set, kept as is. */
  cadence?: Cadence;
  cadenceOverridden?: boolean;
}

export interface PlanMeta {
  issuer: string | null;
  number: string | null;
  date: string | null;
  year: number | null;
  /** The last year of a plan with a period ("giai đoạn 2026 - 2030"). */
  yearTo?: number | null;
  title: string | null;
  basedOn: string[];
}

/** Why a row of the table did not become a task. */
export type SkippedReason = 'numbering' | 'repeated_header' | 'section' | 'prose';

/**
 * How the reader understood a table, for the preview to say what it did before anything is
 * written: which row is the header, what each column became, rows skipped and why, the sections,
 * and values that came from a cell merged down over several rows.
 */
export interface ImportLayout {
  headerRows: number[];
  columns: Array<{ index: number; header: string; field: TaskField | null; use: 'field' | 'kept' | 'ignored' }>;
  skipped: Array<{ row: number; reason: SkippedReason; text: string }>;
  sections: Array<{ row: number; path: string; title: string; label: string }>;
  /** A value written once in a merged cell and given to every row under it. */
  carried: Array<{ row: number; field: TaskField; fromRow: number; value: string }>;
}

export interface ParsedPlanFile {
  format: ImportFormat;
  meta: PlanMeta;
  rows: ParsedTaskRow[];
  /** Directory entries carried by the app's own export. */
  agencies: Array<{ name: string; aliases: string[] }>;
  issues: ImportIssue[];
  /** Only for tables read from a document (not the app's own JSON). */
  layout?: ImportLayout;
}
