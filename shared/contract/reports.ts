import { z } from 'zod';
import { command, empty, query } from './define';
import { id, isoDate, requiredText, text } from './fields';
import type { Period } from '../domain/periods';
import { unknownPlaceholders, type ReportDocument, type ReportSettings, type ReportTexts } from '../domain/report';

export const REPORT_FILE_FORMATS = ['docx', 'xlsx', 'csv', 'pdf'] as const;
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number];

/** One exported file in the history: what was sent, when, by whom, and the hash of its data. */
export interface ReportHistoryEntry {
  id: string;
  createdAt: string;
  actor: string | null;
  planId: string;
  planNumber: string;
  from: string;
  to: string;
  periodLabel: string;
  asOf: string;
  reportDate: string;
  number: string | null;
  format: ReportFileFormat;
  fileName: string;
  /** Absolute path on this computer. */
  filePath: string;
  /** Path relative to the data folder when the file is inside it (the browser host downloads it), else null. */
  relPath: string | null;
  bytes: number;
  /** SHA-256 of the report data (the canonical JSON of the document). */
  dataSha256: string;
  /** False when the file has been moved or deleted since. */
  exists: boolean;
}

export type TextsSource = 'input' | 'draft' | 'previous' | 'default';

export interface ReportPreview {
  period: Period;
  document: ReportDocument;
  dataSha256: string;
  texts: ReportTexts;
  textsSource: TextsSource;
}

const periodSpec = z
  .string({ error: 'Kỳ báo cáo phải là văn bản.' })
  .regex(/^\d{4}(-(H[12]|Q[1-4]|\d{2}))?$/i, { error: 'Kỳ báo cáo dạng 2020, 2020-H1, 2020-Q3 hoặc 2020-05.' });

const reportTextsSchema = z
  .object({
    leadership: text(20_000),
    assessment: text(20_000),
    nextTasks: text(20_000),
    proposals: text(20_000),
  })
  .strict();

const reportNumber = z
  .string({ error: 'Số báo cáo phải là văn bản.' })
  .max(20, { error: 'Số báo cáo quá dài (tối đa 20 ký tự).' })
  .regex(/^[0-9A-Za-z.-]*$/, { error: 'Số báo cáo chỉ gồm chữ số, chữ cái, dấu chấm hoặc gạch ngang (ví dụ 12).' });

/** Everything that decides a report's content: plan, period, as-of, printed date and number, the editor's text. */
const reportInput = {
  planId: id,
  period: periodSpec.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  asOf: isoDate.optional(),
  reportDate: isoDate.optional(),
  number: reportNumber.optional(),
  texts: reportTextsSchema.optional(),
  /** Use the cut-off day set for the period's type (Nghị định 09/2019) instead of calendar boundaries. */
  cutoff: z.boolean({ error: 'Chọn có hoặc không dùng ngày chốt số liệu.' }).optional(),
  /** The whole plan (every organisation's data held here) instead of this organisation's own tasks. */
  allTasks: z.boolean({ error: 'Chọn có hoặc không báo cáo toàn bộ kế hoạch.' }).optional(),
};

const cutoffDay = z
  .number({ error: 'Ngày chốt số liệu phải là số từ 1 đến 28, hoặc để trống.' })
  .int({ error: 'Ngày chốt số liệu phải là số nguyên từ 1 đến 28.' })
  .min(1, { error: 'Ngày chốt số liệu từ 1 đến 28.' })
  .max(28, { error: 'Ngày chốt số liệu từ 1 đến 28 (tháng nào cũng có).' })
  .nullable();

export const reportSettingsSchema = z
  .object({
    parentBody: text(300),
    issuingBody: requiredText(300),
    issuingAbbr: text(30),
    numberPattern: requiredText(100).refine((p) => unknownPlaceholders(p).length === 0, {
      error: 'Mẫu số chỉ dùng được {n} (số), {abbr} (viết tắt) và {year} (năm), ví dụ {n}/BC-{abbr}.',
    }),
    place: text(100),
    signerAuthority: z.array(text(100)).max(4, { error: 'Tối đa 4 dòng thẩm quyền ký.' }),
    signerName: text(100),
    recipients: z.array(text(300)).max(30, { error: 'Tối đa 30 nơi nhận.' }),
    archive: text(100),
    cutoffDays: z
      .object({ month: cutoffDay, quarter: cutoffDay, half: cutoffDay, year: cutoffDay })
      .strict()
      .default({ month: null, quarter: null, half: null, year: null }),
  })
  .strict();

export const reportsContract = {
  /** The report as it will print, for the preview. */
  'reports:preview': query<ReportPreview>()(z.object(reportInput).strict()),
  /** The editor's text sections to start from: the draft, else the last exported report, else a default. */
  'reports:texts': query<{ texts: ReportTexts; source: TextsSource }>()(z.object({ planId: id }).strict()),
  'reports:saveTexts': command<{ texts: ReportTexts }>()(z.object({ planId: id, texts: reportTextsSchema }).strict()),
  /** Writes the file into the data folder's exports/ and records it in the history. */
  'reports:export': command<ReportHistoryEntry>()(
    z.object({ ...reportInput, format: z.enum(REPORT_FILE_FORMATS, { error: 'Định dạng phải là docx, xlsx, csv hoặc pdf.' }) }).strict(),
  ),
  'reports:history': query<ReportHistoryEntry[]>()(z.object({ planId: id.optional() }).strict()),
  'reports:settings': query<ReportSettings>()(empty),
  'reports:saveSettings': command<ReportSettings>()(reportSettingsSchema),
  /** Ask the shell to open an exported file, or its folder (desktop app; the browser host downloads instead). */
  'reports:open': command<{ path: string; target: 'file' | 'folder'; opened: boolean }>()(
    z.object({ id, target: z.enum(['file', 'folder'], { error: 'Chọn mở tệp hoặc thư mục.' }) }).strict(),
  ),
};
