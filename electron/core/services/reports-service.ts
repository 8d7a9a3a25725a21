import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { ReportFileFormat, ReportHistoryEntry, ReportPreview, TextsSource } from '../../../shared/contract/reports';
import { applyCutoff, buildReportDocument, type ReportDocument, type ReportTexts } from '../../../shared/domain/report';
import { resolvePeriod } from '../../../shared/domain/periods';
import type { CoreContext } from '../context';
import { canonicalJson } from '../sync/canonical-json';
import { FORMAT_EXTENSIONS, writeReport } from '../reports/write-report';
import { registeredFileOpener, registeredPdfRenderer } from '../reports/shell-hooks';
import { findSoffice, type PdfRenderer } from '../reports/pdf';
import * as history from '../reports/history/history-repo';
import { buildReportData, type ReportData } from './compliance-report-data';
import { getReportSettings, startingTexts } from './reports-texts';

export interface ReportRequest {
  planId: string;
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  asOf?: string | undefined;
  reportDate?: string | undefined;
  number?: string | undefined;
  texts?: ReportTexts | undefined;
  cutoff?: boolean | undefined;
  allTasks?: boolean | undefined;
}

/**
 * With `cutoff`, a period spec ("2020-05") is turned into the range its cut-off day gives, and the
 * title says so; without one set for that period type the calendar period is used.
 */
function resolveRange(ctx: CoreContext, req: ReportRequest): { period?: string; from?: string; to?: string; label?: string } {
  if (req.cutoff && req.period) {
    const shifted = applyCutoff(resolvePeriod({ period: req.period }), getReportSettings(ctx).cutoffDays);
    if (shifted) return { from: shifted.from, to: shifted.to, label: shifted.label };
  }
  return { period: req.period, from: req.from, to: req.to };
}

interface BuiltReport {
  data: ReportData;
  document: ReportDocument;
  dataSha256: string;
  texts: ReportTexts;
  textsSource: TextsSource;
}

/**
 * SHA-256 of the report's data: plan, period, as-of, the results, the matrix and the item list (canonical
 * JSON). The printed date, number, header and the editor's text are left out, so two exports of the same
 * report — another day, another format or number — show the same hash in the history when their facts agree.
 *
 * IMPORTANT (issue 21): the proof of a done item (`logProof`, on the results' lines and the item rows) is there
 * only when a log line proves it, never as null, and canonicalJson leaves absent keys out. So a report with no
 * item proven by a log hashes exactly as before the proof was added: exporting an old period again shows the
 * hash in its history, and the user does not read a change of facts that did not happen. What the new text says
 * of such a report ("Đánh dấu tay", "0 có dòng nhật ký") follows from facts already hashed (done, evidence file).
 * A report with an item proven by a log hashes differently from an export made before that proof existed, as it
 * should: its facts did change.
 */
function hashDocument(doc: ReportDocument): string {
  const data = { plan: doc.plan, period: doc.period, asOf: doc.asOf, results: doc.results, matrix: doc.matrix, detail: doc.detail };
  return crypto.createHash('sha256').update(canonicalJson(data)).digest('hex');
}

/** The one place a report is assembled: the same data the JSON report uses, plus settings and texts. */
function buildReport(ctx: CoreContext, req: ReportRequest, data?: ReportData): BuiltReport {
  const range = resolveRange(ctx, req);
  const d = data ?? buildReportData(ctx, { plan: req.planId, period: range.period, from: range.from, to: range.to, asOf: req.asOf, allTasks: req.allTasks });
  const start = req.texts ? { texts: req.texts, source: 'input' as const } : startingTexts(ctx, d.plan.id);
  const document = buildReportDocument({
    compliance: d.report,
    plan: d.plan,
    items: d.items,
    settings: getReportSettings(ctx),
    texts: start.texts,
    reportDate: req.reportDate ?? ctx.today(),
    number: req.number ?? null,
    amendments: d.amendments,
    organisations: d.organisations,
    periodLabel: range.label,
  });
  return { data: d, document, dataSha256: hashDocument(document), texts: start.texts, textsSource: start.source };
}

export function previewReport(ctx: CoreContext, req: ReportRequest): ReportPreview {
  const r = buildReport(ctx, req);
  return { period: r.data.period, document: r.document, dataSha256: r.dataSha256, texts: r.texts, textsSource: r.textsSource };
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** exports/bao-cao-259-KH-UBND-2020-05-01-2020-05-31-20201116-153000.docx (never an existing name). */
function defaultOutPath(ctx: CoreContext, doc: ReportDocument, format: ReportFileFormat): string {
  const dir = path.join(ctx.dataDir, 'exports');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = ctx.now().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const base = `bao-cao-${slug(doc.plan.number)}-${doc.period.from}-${doc.period.to}-${stamp}`;
  let candidate = path.join(dir, `${base}${FORMAT_EXTENSIONS[format]}`);
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(dir, `${base}-${n}${FORMAT_EXTENSIONS[format]}`);
  return candidate;
}

function toEntry(ctx: CoreContext, row: history.ReportExportRow): ReportHistoryEntry {
  const rel = path.relative(ctx.dataDir, row.filePath);
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  return {
    id: row.id,
    createdAt: row.createdAt,
    actor: row.actor,
    planId: row.planId,
    planNumber: row.planNumber,
    from: row.from,
    to: row.to,
    periodLabel: row.periodLabel,
    asOf: row.asOf,
    reportDate: row.reportDate,
    number: row.number,
    format: row.format,
    fileName: path.basename(row.filePath),
    filePath: row.filePath,
    relPath: inside ? rel.split(path.sep).join('/') : null,
    bytes: row.bytes,
    dataSha256: row.dataSha256,
    exists: fs.existsSync(row.filePath),
  };
}

/**
 * LibreOffice first: its PDF is the DOCX itself (page numbers from page 2, the exact form). The
 * desktop shell's printToPDF of the preview is the fallback on computers without LibreOffice.
 */
function pdfRendererFor(): PdfRenderer | undefined {
  if (findSoffice()) return undefined;
  return registeredPdfRenderer() ?? undefined;
}

export interface ExportOptions {
  /** CLI: where to write; the app writes into the data folder's exports/. */
  out?: string;
  force?: boolean;
  pdfRenderer?: PdfRenderer;
  /** Already computed data (the CLI's `report` command builds it once for every format). */
  data?: ReportData;
}

/**
 * Render and write the file (temp file + rename), then record it in the history. The history row and
 * the draft clean-up are one transaction, after the file is safely in place.
 */
export async function exportReport(
  ctx: CoreContext,
  req: ReportRequest & { format: ReportFileFormat },
  options: ExportOptions = {},
): Promise<ReportHistoryEntry> {
  const built = buildReport(ctx, req, options.data);
  const out = path.resolve(options.out ?? defaultOutPath(ctx, built.document, req.format));
  const progress = (fraction: number, stage: string) => ctx.emit({ type: 'progress', payload: { job: 'report-export', format: req.format, fraction, stage } });
  const written = await writeReport(built.document, {
    format: req.format,
    out,
    force: options.force === true,
    pdfRenderer: options.pdfRenderer ?? pdfRendererFor(),
    onProgress: progress,
  });
  const row: history.ReportExportRow = {
    id: ctx.newId(),
    createdAt: ctx.now().toISOString(),
    actor: ctx.actor(),
    orgId: ctx.orgId(),
    planId: built.data.plan.id,
    planNumber: built.data.plan.number,
    from: built.document.period.from,
    to: built.document.period.to,
    periodLabel: built.document.period.label,
    asOf: built.document.asOf,
    reportDate: built.document.reportDate,
    number: req.number ?? null,
    format: req.format,
    filePath: out,
    bytes: written.bytes,
    dataSha256: built.dataSha256,
    texts: built.texts,
  };
  ctx.transact(() => {
    history.insertExport(ctx.db, row);
    history.deleteDraft(ctx.db, row.planId);
  });
  return toEntry(ctx, row);
}

export function reportHistory(ctx: CoreContext, planId?: string): ReportHistoryEntry[] {
  return history.listExports(ctx.db, planId).map((r) => toEntry(ctx, r));
}

/** Opens the file or its folder through the desktop shell; elsewhere answers `opened: false` (the UI offers a download). */
export async function openExport(
  ctx: CoreContext,
  id: string,
  target: 'file' | 'folder',
): Promise<{ path: string; target: 'file' | 'folder'; opened: boolean }> {
  const row = history.getExport(ctx.db, id);
  if (!row) throw new AppError('not_found', 'Không tìm thấy báo cáo này trong lịch sử.', { field: 'id' });
  if (!fs.existsSync(row.filePath)) {
    throw new AppError('not_found', `Tệp "${row.filePath}" không còn ở vị trí đã lưu (đã bị chuyển hoặc xóa). Hãy xuất lại báo cáo.`, { file: row.filePath });
  }
  const opener = registeredFileOpener();
  if (!opener) return { path: row.filePath, target, opened: false };
  await opener(row.filePath, target === 'folder');
  return { path: row.filePath, target, opened: true };
}
