import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliRuntime } from '../runtime';
import { AppError } from '../../../shared/contract/errors';
import { monthEnd, parseIsoDate } from '../../../shared/domain/dates';
import { itemJson, itemLine } from './item-format';

/** The shape of an id in the contract (shared/contract/fields.ts): a malformed --org is a usage error, not a refusal. */
const ORG_ID_RE = /^[A-Za-z0-9_:.-]{1,100}$/;

function minutes(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new AppError('invalid_input', `--${field} phải là số phút nguyên dương (nhận được "${value}").`, { field });
  return Number(value);
}

/** The CLI reads the evidence file itself: the contract only ever carries bytes, never a path. */
function readEvidence(file: string): { fileName: string; contentBase64: string } {
  const abs = path.resolve(file);
  try {
    if (!fs.statSync(abs).isFile()) throw new Error('not a file');
    return { fileName: path.basename(abs), contentBase64: fs.readFileSync(abs).toString('base64') };
  } catch {
    throw new AppError('invalid_input', `Không đọc được tệp minh chứng "${file}". Hãy kiểm tra đường dẫn và quyền đọc.`, { field: 'evidence', file });
  }
}

function monthRange(month: string): { from: string; to: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
    throw new AppError('invalid_input', `--month phải có dạng yyyy-MM (ví dụ 2020-05), nhận được "${month}".`, { field: 'month' });
  const { year, month: mm } = parseIsoDate(`${month}-01`);
  return { from: `${month}-01`, to: monthEnd(year, mm) };
}

/** `ltt item add|list|status|done`: thin wrappers over the items channels (the core validates and decides). */
export function registerItem(program: Command, rt: CliRuntime): void {
  const item = program.command('item').description('lịch: chuyên mục, bài viết, tọa đàm…');

  item
    .command('add')
    .description('thêm một mục vào lịch')
    .requiredOption('--plan <plan>', 'kế hoạch (mã hoặc số, ví dụ 259/KH-UBND)')
    .requiredOption('--task <code>', 'mã nhiệm vụ trong kế hoạch, ví dụ 05')
    .requiredOption('--kind <kind>', 'segment|article|talkshow|dialogue|report|news|other')
    .requiredOption('--outlet <outlet>', 'tv|radio|print|online|portal|district-radio')
    .requiredOption('--date <date>', 'ngày dự kiến yyyy-MM-dd')
    .option('--time <time>', 'giờ HH:mm')
    .option('--duration <min>', 'thời lượng (phút)')
    .requiredOption('--title <text>', 'tiêu đề')
    .action(
      rt.action(async (o: { plan: string; task: string; kind: string; outlet: string; date: string; time?: string; duration?: string; title: string }) => {
        const core = rt.openCore();
        const { taskId } = await core.call('plans:find', { ref: o.plan, taskCode: o.task });
        const created = await core.call('items:create', {
          kind: o.kind as never,
          outlet: o.outlet as never,
          plannedDate: o.date,
          plannedTime: o.time ?? null,
          durationMin: minutes(o.duration, 'duration') ?? null,
          title: o.title,
          taskIds: [taskId!],
        });
        rt.print({ id: created.id }, `Đã thêm: ${itemLine(created)}`);
      }),
    );

  item
    .command('list')
    .description('liệt kê các mục theo khoảng ngày, tháng, trạng thái')
    .option('--plan <plan>', 'chỉ các mục phục vụ kế hoạch này')
    .option('--from <date>', 'từ ngày yyyy-MM-dd')
    .option('--to <date>', 'đến ngày yyyy-MM-dd')
    .option('--month <month>', 'tháng yyyy-MM')
    .option('--status <status>', 'planned|in_production|ready|done|postponed|cancelled')
    .option('--org <id>', 'chỉ các mục của đơn vị này (mã đơn vị)')
    .action(
      rt.action(async (o: { plan?: string; from?: string; to?: string; month?: string; status?: string; org?: string }) => {
        if (o.month && (o.from || o.to)) rt.usage('Dùng --month hoặc --from/--to, không dùng cả hai.');
        if (o.org !== undefined && !ORG_ID_RE.test(o.org)) {
          rt.usage(`--org phải là mã đơn vị (chữ không dấu, số và các ký tự _ : . -, tối đa 100 ký tự), nhận được "${o.org}".`);
        }
        const range = o.month ? monthRange(o.month) : { from: o.from, to: o.to };
        const core = rt.openCore();
        const list = await core.call('items:list', {
          planId: o.plan ? (await core.call('plans:find', { ref: o.plan })).id : undefined,
          filter: { from: range.from, to: range.to, statuses: o.status ? [o.status as never] : undefined, orgIds: o.org ? [o.org] : undefined },
        });
        rt.print(list.map(itemJson), () => (list.length ? list.map(itemLine).join('\n') : 'Không có mục nào.'));
      }),
    );

  item
    .command('status')
    .description('đổi trạng thái: planned|in_production|ready|postponed|cancelled')
    .argument('<id>', 'mã mục')
    .argument('<status>', 'trạng thái mới')
    .option('--reason <text>', 'lý do (bắt buộc khi hủy hoặc mở lại)')
    .option('--date <date>', 'ngày mới khi hoãn (yyyy-MM-dd)')
    .action(
      rt.action(async (id: string, status: string, o: { reason?: string; date?: string }) => {
        if (status === 'done') throw new AppError('invalid_input', 'Để đánh dấu đã phát sóng/đã đăng, dùng "ltt item done ID --at …".', { field: 'status' });
        const updated = await rt.openCore().call('items:setStatus', { id, status: status as never, reason: o.reason, date: o.date });
        rt.print(itemJson(updated), `Đã cập nhật: ${itemLine(updated)}`);
      }),
    );

  item
    .command('done')
    .description('đánh dấu đã phát sóng / đã đăng')
    .argument('<id>', 'mã mục')
    .requiredOption('--at <when>', 'ngày giờ thực tế "yyyy-MM-dd HH:mm" (giờ có thể bỏ)')
    .option('--duration <min>', 'thời lượng thực tế (phút)')
    .option('--slot <text>', 'chương trình / khung giờ phát sóng')
    .option('--issue <n>', 'số báo')
    .option('--page <p>', 'trang')
    .option('--link <url>', 'đường dẫn bài đăng (http/https)')
    .option('--evidence <file>', 'tệp minh chứng (được sao vào thư mục dữ liệu)')
    .option('--by <name>', 'người đánh dấu (mặc định: người dùng hiện tại)')
    .action(
      rt.action(
        async (
          id: string,
          o: { at: string; duration?: string; slot?: string; issue?: string; page?: string; link?: string; evidence?: string; by?: string },
        ) => {
          const m = /^\s*(\S+)(?:\s+(\S+))?\s*$/.exec(o.at);
          if (!m) throw new AppError('invalid_input', `--at phải có dạng "yyyy-MM-dd HH:mm", nhận được "${o.at}".`, { field: 'at' });
          const updated = await rt.openCore().call('items:markDone', {
            id,
            at: m[1]!,
            time: m[2] ?? null,
            durationMin: minutes(o.duration, 'duration') ?? null,
            slot: o.slot ?? null,
            issueNo: o.issue ?? null,
            page: o.page ?? null,
            link: o.link ?? null,
            evidence: o.evidence ? readEvidence(o.evidence) : undefined,
            by: o.by,
          });
          rt.print(itemJson(updated), `Đã đánh dấu: ${itemLine(updated)}`);
        },
      ),
    );
}
