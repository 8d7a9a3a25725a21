import { Option, type Command } from 'commander';
import type { CliRuntime } from '../runtime';
import type { AppInfo } from '../../../shared/contract/app';
import { AppError } from '../../../shared/contract/errors';

export function registerInit(program: Command, rt: CliRuntime): void {
  program
    .command('init')
    .description('Tạo hoặc mở cơ sở dữ liệu và thiết lập cơ quan, người dùng (chạy lại không sao).')
    .option('--org <name>', 'tên cơ quan của máy này, ví dụ "Đài Phát thanh và Truyền hình tỉnh"')
    .option('--user <name>', 'tên người dùng')
    .addOption(new Option('--role <role>', 'vai trò').choices(['editor', 'producer', 'viewer']).default('editor'))
    .option('--with-sample', 'nạp kế hoạch mẫu 259/KH-UBND')
    .action(
      rt.action(async (opts: { org?: string; user?: string; role: 'editor' | 'producer' | 'viewer'; withSample?: boolean }) => {
        const core = rt.openCore({ create: true });
        let info = await core.call('app:info', {});
        if (opts.org || opts.user || opts.withSample) {
          const orgName = opts.org ?? info.org?.name;
          const userName = opts.user ?? info.user?.name;
          if (!orgName) throw new AppError('invalid_input', 'Cần cho biết cơ quan: thêm --org "Tên cơ quan".', { field: '--org' });
          if (!userName) throw new AppError('invalid_input', 'Cần cho biết người dùng: thêm --user "Họ tên".', { field: '--user' });
          info = await core.call('app:setup', {
            orgName,
            userName,
            role: opts.user ? opts.role : (info.user?.role ?? opts.role),
            withSample: opts.withSample === true,
          });
        }
        const out = { db: info.dbPath, schemaVersion: info.schemaVersion, installId: info.installId, org: info.org?.name ?? null };
        rt.print(out, () => describe(info));
      }),
    );
}

function describe(info: AppInfo): string {
  return [
    `Cơ sở dữ liệu: ${info.dbPath}`,
    `Phiên bản dữ liệu: ${info.schemaVersion}`,
    `Mã máy (install id): ${info.installId}`,
    `Cơ quan: ${info.org?.name ?? '(chưa thiết lập — dùng --org "Tên cơ quan" --user "Họ tên")'}`,
    info.user ? `Người dùng: ${info.user.name} (${info.user.role})` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
