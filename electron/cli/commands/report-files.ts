import type { Command } from 'commander';
import { AppError } from '../../../shared/contract/errors';
import { REPORT_FILE_FORMATS, type ReportFileFormat, type ReportHistoryEntry } from '../../../shared/contract/reports';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { exportReport } from '../../core/services/reports-service';
import type { CliRuntime } from '../runtime';
import { registerReportFormat, reportCommand, reportFormat, type ReportFormatContext } from './report-json-formats';

const DESCRIPTIONS: Record<ReportFileFormat, string> = {
  docx: 'báo cáo Word theo thể thức Nghị định 30/2020/NĐ-CP',
  xlsx: 'bảng Excel: Tổng hợp (nhiệm vụ × tháng) và Chi tiết (từng sản phẩm)',
  csv: 'danh sách sản phẩm (UTF-8 có BOM, mở được bằng Excel)',
  pdf: 'báo cáo PDF (cần LibreOffice trên máy)',
};

function summary(e: ReportHistoryEntry): string {
  return `Đã ghi ${e.filePath} (${e.format.toUpperCase()}, ${e.bytes} byte; kỳ ${e.periodLabel}; mã băm dữ liệu SHA-256 ${e.dataSha256}).`;
}

async function writeFile(format: ReportFileFormat, { rt, core, data, options }: ReportFormatContext): Promise<void> {
  const reportDate = options.reportDate as string | undefined;
  if (reportDate !== undefined && !isValidIsoDate(reportDate)) {
    throw new AppError('invalid_input', `Ngày báo cáo "${reportDate}" không hợp lệ (dạng yyyy-MM-dd).`, { field: 'reportDate' });
  }
  const number = options.number as string | undefined;
  if (number !== undefined && !/^[0-9A-Za-z.-]{1,20}$/.test(number)) {
    throw new AppError('invalid_input', `Số báo cáo "${number}" không hợp lệ: chỉ gồm chữ số, chữ cái, dấu chấm hoặc gạch ngang (ví dụ 12).`, {
      field: 'number',
    });
  }
  const entry = await exportReport(
    core.ctx,
    {
      planId: data.plan.id,
      period: options.period,
      from: options.from,
      to: options.to,
      asOf: data.asOf,
      reportDate,
      number,
      format,
      allTasks: options.allTasks === true,
    },
    { out: options.out!, force: options.force === true, data },
  );
  rt.print(entry, () => summary(entry));
}

/**
 * `ltt report … --format docx|xlsx|csv|pdf --out FILE [--force] [--number N] [--report-date D]`:
 * the same period options and the same report data as `--format json` (registered in report-json.ts).
 */
export function registerReportFiles(program: Command, _rt: CliRuntime): void {
  for (const format of REPORT_FILE_FORMATS) {
    if (reportFormat(format)) continue;
    registerReportFormat(format, { description: DESCRIPTIONS[format], needsOut: true, write: (ctx) => writeFile(format, ctx) });
  }
  const report = reportCommand(program);
  if (report && !report.options.some((o) => o.long === '--number')) {
    report
      .option('--number <n>', 'số của báo cáo (docx, pdf); bỏ trống để văn thư điền khi vào sổ')
      .option('--report-date <date>', 'ngày ghi trên báo cáo (yyyy-MM-dd); mặc định hôm nay');
  }
}
