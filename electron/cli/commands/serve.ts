import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CliRuntime } from '../runtime';
import { startWebHost } from '../../web/server';
import { autoBackupOnStart } from '../../core/services/backup-service';
import { rendererDir } from '../../core/security/static-files';
import { AppError } from '../../../shared/contract/errors';

export function registerServe(program: Command, rt: CliRuntime): void {
  program
    .command('serve')
    .description('Mở giao diện trong trình duyệt (chỉ trên máy này, 127.0.0.1) cho tới khi bấm Ctrl+C.')
    .option('--port <n>', 'cổng (mặc định: cổng trống bất kỳ)')
    .action(
      rt.action(async (opts: { port?: string }) => {
        let port = 0;
        if (opts.port !== undefined) {
          port = Number(opts.port);
          if (!Number.isInteger(port) || port < 0 || port > 65535) rt.usage(`Cổng không hợp lệ: "${opts.port}" (cần số từ 1 đến 65535).`);
        }
        // `npm install` builds only the CLI (quickly); the pages come from `npm run build` (npm run web does both).
        if (!fs.existsSync(path.join(rendererDir(), 'index.html'))) {
          throw new AppError('not_found', 'Chưa có giao diện để mở: hãy chạy "npm run build" (hoặc "npm run web", tự build rồi mở) trong thư mục dự án.');
        }
        const core = rt.openCore({ create: true, autoSync: true });
        const backup = autoBackupOnStart(core.ctx);
        if ('error' in backup) rt.io.stderr(`Cảnh báo: chưa sao lưu tự động được: ${backup.error}\n`);
        const host = await startWebHost({ core, port });
        if (rt.json) rt.io.stdout(`${JSON.stringify({ url: host.url })}\n`);
        else rt.io.stdout(`Lịch Tuyên Truyền đang chạy tại:\n  ${host.url}\nMở địa chỉ trên trong trình duyệt. Bấm Ctrl+C để dừng.\n`);
        // IMPORTANT: SIGTERM keeps its default action (the process ends at once) on purpose: a JS handler
        // only runs when the event loop is free, so a command stuck in synchronous work (a FIFO read, a
        // huge file) made `serve` ignore SIGTERM. Ending at once is safe: every action is one SQLite
        // transaction (WAL), which the crash harness proves with SIGKILL, and stale temporary files are
        // cleaned on the next start. Ctrl+C (SIGINT) closes gracefully, with one second at most.
        await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
        setTimeout(() => process.exit(130), 1_000).unref();
        await host.close();
      }),
    );
}
