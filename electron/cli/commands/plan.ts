import { shown } from '../terminal-text';
import { foldVi } from '../../../shared/domain/fold';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliRuntime } from '../runtime';
import { AppError } from '../../../shared/contract/errors';
import { MAX_IMPORT_BYTES, formatMb } from '../../core/plans/import/limits';
import { importJson, importText, listText, planShowJson, showText } from './plan-format';

interface ImportOpts {
  year?: string;
  years?: string;
  number?: string;
  issuer?: string;
  title?: string;
  dryRun?: boolean;
}

function readPlanFile(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('io_error', `Không mở được tệp «${file}»: tệp không tồn tại hoặc không có quyền đọc.`, { file });
  }
  if (!stat.isFile()) throw new AppError('invalid_input', `«${file}» không phải một tệp.`, { file });
  // Refuse before reading: a wrong 5 GB file must not be loaded into memory.
  if (stat.size > MAX_IMPORT_BYTES) {
    throw new AppError(
      'import_failed',
      `Tệp «${path.basename(file)}» quá lớn (${formatMb(stat.size)}); chỉ nhận tệp kế hoạch đến ${formatMb(MAX_IMPORT_BYTES)}.`,
      { file },
    );
  }
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new AppError('io_error', `Không đọc được tệp «${file}»: không có quyền đọc hoặc tệp đang bị khóa.`, { file });
  }
}

/** "--years 2026-2030": the plan's period, first and last year. */
function parseYears(value: string | undefined): { year: number; yearTo: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(value);
  const year = m ? Number(m[1]) : NaN;
  const yearTo = m ? Number(m[2]) : NaN;
  if (!m || year < 1900 || yearTo > 2200 || yearTo <= year || yearTo - year > 20) {
    throw new AppError('invalid_input', `Giai đoạn «${value}» không hợp lệ: --years cần hai năm tăng dần, cách nhau tối đa 20 năm, ví dụ --years 2026-2030.`, {
      field: '--years',
    });
  }
  return { year, yearTo };
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2200) {
    throw new AppError('invalid_input', `Năm «${value}» không hợp lệ: --year cần 4 chữ số, ví dụ --year 2021.`, { field: '--year' });
  }
  return Number(value);
}

export function registerPlan(program: Command, rt: CliRuntime): void {
  const plan = program.command('plan').description('Kế hoạch tuyên truyền: nhập, xem danh sách, xem chi tiết.');

  plan
    .command('import')
    .description('Nhập bảng nhiệm vụ của kế hoạch từ tệp .txt/.tsv/.csv, .xlsx, .docx hoặc tệp kế hoạch .json; nhập lại sẽ cập nhật, không nhân đôi.')
    .argument('<file>', 'tệp kế hoạch')
    .option('--year <yyyy>', 'năm của kế hoạch (nếu tệp không ghi)')
    .option('--years <yyyy-yyyy>', 'giai đoạn của kế hoạch nhiều năm, ví dụ 2026-2030 (nếu tên kế hoạch không ghi)')
    .option('--number <số>', 'số kế hoạch, ví dụ "259/KH-UBND"')
    .option('--issuer <tên>', 'cơ quan ban hành, ví dụ "UBND tỉnh Hải Dương"')
    .option('--title <tên>', 'tên kế hoạch')
    .option('--dry-run', 'chỉ kiểm tra và cho biết sẽ thêm/cập nhật gì, không ghi')
    .action(
      rt.action(async (file: string, opts: ImportOpts) => {
        const period = parseYears(opts.years);
        if (period && opts.year !== undefined) {
          throw new AppError('invalid_input', 'Chỉ dùng một trong hai: --year (kế hoạch một năm) hoặc --years (giai đoạn nhiều năm).', { field: '--years' });
        }
        const overrides = { year: period?.year ?? parseYear(opts.year), yearTo: period?.yearTo, number: opts.number, issuer: opts.issuer, title: opts.title };
        const bytes = readPlanFile(file);
        const core = rt.openCore();
        const name = path.basename(file);
        const result = await core.call('plans:import', {
          fileName: name,
          contentBase64: Buffer.from(bytes).toString('base64'),
          ...overrides,
          dryRun: opts.dryRun === true,
        });
        rt.print(importJson(result), () => importText(result, name));
      }),
    );

  plan
    .command('list')
    .description('Danh sách kế hoạch.')
    .action(
      rt.action(async () => {
        const core = rt.openCore();
        const plans = await core.call('plans:list', {});
        rt.print(plans, () => listText(plans));
      }),
    );

  plan
    .command('show')
    .description('Xem một kế hoạch và các nhiệm vụ (PLAN là mã hoặc số kế hoạch, ví dụ 259/KH-UBND).')
    .argument('<plan>', 'mã hoặc số kế hoạch')
    .action(
      rt.action(async (ref: string) => {
        const core = rt.openCore();
        const detail = await core.call('plans:get', { id: (await core.call('plans:find', { ref })).id });
        rt.print(planShowJson(detail), () => showText(detail));
      }),
    );

  plan
    .command('publish')
    .description('Phát hành kế hoạch mẫu có sẵn (chỉ có ở máy này) dưới tên đơn vị mình, để các máy khác nhận qua đồng bộ.')
    .argument('<plan>', 'mã hoặc số kế hoạch')
    .action(
      rt.action(async (ref: string) => {
        const core = rt.openCore();
        const target = await core.call('plans:find', { ref });
        const r = await core.call('plans:publish', { id: target.id });
        rt.print(r, () =>
          r.published === 0
            ? 'Kế hoạch đã do đơn vị này quản lý; không có gì để phát hành.'
            : `Đã phát hành kế hoạch ${target.number} (${r.published - 1} nhiệm vụ); tệp đồng bộ kế tiếp sẽ mang kế hoạch này.`,
        );
      }),
    );

  plan
    .command('transfer')
    .description('Chuyển kế hoạch (và các nhiệm vụ) do đơn vị mình quản lý cho một đơn vị khác quản lý từ nay.')
    .argument('<plan>', 'mã hoặc số kế hoạch')
    .requiredOption('--to <org>', 'tên đơn vị nhận (như trong danh sách đơn vị, ví dụ "Sở Nội vụ")')
    .action(
      rt.action(async (ref: string, opts: { to: string }) => {
        const core = rt.openCore();
        const target = await core.call('plans:find', { ref });
        const to = await core.call('orgs:list', {});
        const key = foldVi(opts.to);
        const match = to.filter((o) => foldVi(o.name) === key);
        if (match.length !== 1) rt.usage(`--to: không có đơn vị nào tên "${opts.to}" trong danh sách đơn vị máy này biết.`);
        const r = await core.call('plans:transfer', { id: target.id, toOrgId: match[0]!.id });
        rt.print(
          r,
          () =>
            `Đã chuyển kế hoạch ${shown(target.number)} (${r.transferred - 1} nhiệm vụ) cho ${shown(match[0]!.name)}; tệp đồng bộ kế tiếp sẽ mang việc chuyển giao này.`,
        );
      }),
    );
}
