import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/contract/errors';
import { toReportJson, type ReportScopeJson } from '../../../shared/domain/compliance/report-json';
import { taskProofCounts } from '../../../shared/domain/report';
import type { ReportData } from '../../core/services/compliance-report-data';
import { checkTarget, writeFileAtomic } from '../../core/reports/atomic-write';
import { buildReportData } from '../../core/services/compliance-report-data';
import type { CliRuntime } from '../runtime';
import { registerReportFormat, reportFormat, reportFormatNames, type ReportOptions } from './report-json-formats';

/**
 * `ltt report --plan PLAN (--period 2020-Q3 | --from D --to D) [--as-of D] --format json [--out FILE]`.
 * Builds the report data once (compliance of the plan for the period) and hands it to the format.
 */
export function registerReportJson(program: Command, rt: CliRuntime): void {
  if (!reportFormat('json')) {
    registerReportFormat('json', {
      description: 'tài liệu JSON (kế hoạch, nhiệm vụ, các đợt, tổng số, cảnh báo)',
      needsOut: false,
      write: async ({ data, options, rt: runtime }) => {
        const json = toReportJson(data.report, scopeJson(data), taskProofCounts(data.report, data.items));
        // A whole-plan report adds each organisation's part (Home Affairs), after the documented keys.
        const doc = data.scope.kind === 'plan' ? { ...json, organisations: data.organisations } : json;
        const text = `${JSON.stringify(doc, null, 2)}\n`;
        if (options.out) {
          await writeFileAtomic({ out: options.out, force: options.force === true }, () => text);
          runtime.io.stderr(`Đã ghi ${options.out}\n`);
        } else {
          runtime.io.stdout(text);
        }
      },
    });
  }

  program
    .command('report')
    .description('Báo cáo thực hiện kế hoạch trong một kỳ: yêu cầu, đã thực hiện, trễ hạn, còn thiếu')
    .requiredOption('--plan <plan>', 'kế hoạch: mã (id) hoặc số ký hiệu, ví dụ 259/KH-UBND')
    .option('--period <period>', 'kỳ: 2020 (năm), 2020-H1 (6 tháng), 2020-Q3 (quý), 2020-05 (tháng)')
    .option('--from <date>', 'từ ngày (yyyy-MM-dd), dùng cùng --to')
    .option('--to <date>', 'đến ngày (yyyy-MM-dd), dùng cùng --from')
    .option('--as-of <date>', 'tính đến hết ngày (yyyy-MM-dd); mặc định ngày cuối kỳ (kỳ chưa hết: hôm nay)')
    .option('--all-tasks', 'toàn bộ kế hoạch (mọi đơn vị) thay vì các nhiệm vụ của đơn vị mình')
    .option('--format <format>', 'định dạng: json, docx, xlsx, csv, pdf; mặc định theo đuôi tệp của --out, không có thì json')
    .option('--out <file>', 'ghi vào tệp thay vì in ra màn hình')
    .option('--force', 'ghi đè tệp đã có')
    .action(
      rt.action(async (options: ReportOptions) => {
        const name = formatName(options);
        const format = reportFormat(name);
        if (!format) {
          throw new AppError('invalid_input', `Định dạng "${name}" (--format) không được hỗ trợ. Chọn một trong: ${reportFormatNames().join(', ')}.`, {
            field: 'format',
          });
        }
        options.format = name;
        if (format.needsOut && !options.out) {
          throw new AppError('invalid_input', `Định dạng ${name} cần tên tệp: thêm --out TỆP.`, { field: 'out' });
        }
        const core = rt.openCore();
        const data = buildReportData(core.ctx, {
          plan: options.plan,
          period: options.period,
          from: options.from,
          to: options.to,
          asOf: options.asOf,
          allTasks: options.allTasks === true,
        });
        await format.write({ rt, core, data, options });
      }),
    );
}

function scopeJson(data: ReportData): ReportScopeJson {
  return { kind: data.scope.kind, organisation: data.scope.orgName, taskCodes: data.report.tasks.map((t) => t.code) };
}

/**
 * The format asked for: --format, else the extension of --out (bao-cao.xlsx → xlsx), else json.
 * A file named for one format and asked in another is refused: a DOCX under an .xlsx name opens nowhere.
 */
function formatName(options: ReportOptions): string {
  if (options.out) checkTarget({ out: options.out, force: true }); // a directory is named as such, before its "extension"
  const ext = options.out ? path.extname(options.out).slice(1).toLowerCase() : '';
  const byExt = ext && reportFormat(ext) ? ext : null;
  if (options.format === undefined) return byExt ?? 'json';
  const name = options.format.toLowerCase();
  const fileFormat = reportFormat(name)?.needsOut === true;
  if (options.out && ((byExt !== null && byExt !== name) || (fileFormat && ext !== name))) {
    throw new AppError(
      'invalid_input',
      `--format ${name} không khớp với tên tệp --out "${options.out}" (đuôi ${ext ? `.${ext}` : 'trống'}). Hãy đặt tên tệp đuôi .${name}, hoặc bỏ --format để chọn định dạng theo đuôi tệp.`,
      { field: 'out' },
    );
  }
  return name;
}
