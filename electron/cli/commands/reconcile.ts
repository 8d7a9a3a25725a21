import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliRuntime } from '../runtime';
import { AppError } from '../../../shared/contract/errors';
import { OUTLETS } from '../../../shared/domain/types';
import { RECONCILE_MAX_BYTES, RECONCILE_MAX_MB } from '../../../shared/domain/reconcile';

/** The CLI reads the log itself (the contract carries bytes, never a path), refusing an oversized one before reading it. */
function readLog(file: string): { fileName: string; contentBase64: string } {
  const abs = path.resolve(file);
  let size: number;
  try {
    const st = fs.statSync(abs);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new AppError('invalid_input', `Không đọc được tệp nhật ký «${file}». Hãy kiểm tra đường dẫn và quyền đọc.`, { field: 'file', file });
  }
  if (size > RECONCILE_MAX_BYTES)
    throw new AppError(
      'invalid_input',
      `Tệp «${path.basename(abs)}» quá lớn (${(size / 1048576).toFixed(1)} MB, tối đa ${RECONCILE_MAX_MB} MB). Hãy xuất nhật ký từng tháng một.`,
      { field: 'file', file },
    );
  try {
    return { fileName: path.basename(abs), contentBase64: fs.readFileSync(abs).toString('base64') };
  } catch {
    throw new AppError('invalid_input', `Không đọc được tệp nhật ký «${file}». Hãy kiểm tra đường dẫn và quyền đọc.`, { field: 'file', file });
  }
}

/**
 * `ltt reconcile FILE`: the proposals for an as-run log or a published list, as JSON. Nothing is written unless
 * --confirm-confident is given (then only the confident matches are marked, as the Review screen's one click does).
 */
export function registerReconcile(program: Command, rt: CliRuntime): void {
  program
    .command('reconcile')
    .description('đối chiếu nhật ký phát sóng (as-run) hoặc danh sách bài đã đăng với lịch; in đề xuất dạng JSON')
    .argument('<file>', 'tệp CSV/TSV, XML, RSS/Atom hoặc sitemap')
    .option('--source <name>', 'cách đọc đã lưu cho nguồn này (mặc định: nhận cột theo dòng tiêu đề)')
    .option('--outlet <outlet>', 'tv|radio|print|online (chỉ đối chiếu các mục của kênh này)')
    .option('--window <days>', 'số ngày tìm quanh ngày phát (mặc định 3)')
    .option('--dry-run', 'chỉ xem đề xuất, không ghi gì (mặc định)')
    .option('--confirm-confident', 'đánh dấu ngay các dòng khớp chắc chắn')
    .action(
      rt.action(async (file: string, o: { source?: string; outlet?: string; window?: string; dryRun?: boolean; confirmConfident?: boolean }) => {
        if (o.dryRun && o.confirmConfident) rt.usage('Dùng --dry-run hoặc --confirm-confident, không dùng cả hai.');
        if (o.outlet !== undefined && !(OUTLETS as readonly string[]).includes(o.outlet))
          rt.usage(`--outlet phải là một trong ${OUTLETS.join(', ')}, nhận được "${o.outlet}".`);
        if (o.window !== undefined && !/^\d{1,2}$/.test(o.window)) rt.usage(`--window phải là số ngày (0–31), nhận được "${o.window}".`);
        const upload = readLog(file);
        const core = rt.openCore();
        const preview = await core.call('reconcile:preview', {
          file: upload,
          source: o.source,
          outlet: o.outlet as never,
          windowDays: o.window === undefined ? undefined : Number(o.window),
        });
        let confirmed = null;
        const decisions = preview.proposals.filter((p) => p.kind === 'confident').map((p) => ({ line: p.line, action: 'accept' as const, itemId: p.itemId! }));
        if (o.confirmConfident && decisions.length > 0) confirmed = await core.call('reconcile:confirm', { token: preview.token, decisions });
        rt.print({ ...preview, confirmed });
      }),
    );

  program
    .command('reconcile-imports')
    .description('các lần đối chiếu nhật ký đã xác nhận (mới nhất trước)')
    .action(
      rt.action(async () => {
        const list = await rt.openCore().call('reconcile:imports', {});
        rt.print(list, () =>
          list.length
            ? list
                .map((i) => `${i.id}  ${i.createdAt}  ${i.fileName}: ${i.marked} mục đánh dấu, ${i.created} mục thêm mới${i.undoneAt ? ' (đã hoàn tác)' : ''}`)
                .join('\n')
            : 'Chưa nhập nhật ký nào.',
        );
      }),
    );

  program
    .command('reconcile-undo')
    .description('hoàn tác một lần đối chiếu nhật ký (ghi thay đổi mới, lịch sử giữ cả hai)')
    .argument('<import>', 'mã lần nhập (xem "ltt reconcile-imports")')
    .action(
      rt.action(async (importId: string) => {
        const r = await rt.openCore().call('reconcile:undo', { importId });
        rt.print(
          r,
          `Đã hoàn tác: ${r.reopened} mục mở lại, ${r.deleted} mục thêm mới đã xóa${r.skipped.length ? `; giữ nguyên ${r.skipped.length} mục đã sửa sau đó` : ''}.`,
        );
      }),
    );
}
