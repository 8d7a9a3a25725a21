import type { Command } from 'commander';
import path from 'node:path';
import type { BackupSummary } from '../../../shared/contract/backup';
import { backupToFile } from '../../core/db/backup-file';
import { restoreDatabase } from '../../core/db/backup-restore';
import { openDatabase, schemaVersionOf } from '../../core/db/open';
import type { CliRuntime } from '../runtime';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** `ltt backup [--out FILE]`, `ltt backup --list`, `ltt restore FILE`. */
export function registerBackup(program: Command, rt: CliRuntime): void {
  program
    .command('backup')
    .description('Sao lưu cơ sở dữ liệu (bản sao được kiểm tra toàn vẹn). Mặc định vào thư mục "backups" cạnh cơ sở dữ liệu.')
    .option('--out <file>', 'ghi bản sao lưu ra tệp này (không ghi đè tệp đã có)')
    .option('--list', 'liệt kê các bản sao lưu trong thư mục sao lưu')
    .action(
      rt.action(async (opts: { out?: string; list?: boolean }) => {
        const core = rt.openCore();
        if (opts.list) {
          const list = await core.call('backup:list', {});
          rt.print(list, () =>
            list.backups.length === 0
              ? `Chưa có bản sao lưu nào trong ${list.dir}.`
              : [`Thư mục: ${list.dir}`, ...list.backups.map((b) => `${b.createdAt}  ${b.kind.padEnd(18)} ${size(b.size).padStart(9)}  ${b.name}`)].join('\n'),
          );
          return;
        }
        if (opts.out) {
          const file = backupToFile(core.ctx.db, core.ctx.dbFile, opts.out);
          rt.print({ file }, `Đã sao lưu vào ${file}`);
          return;
        }
        const created: BackupSummary = await core.call('backup:create', {});
        const file = path.join((await core.call('backup:list', {})).dir, created.name);
        rt.print({ ...created, file }, `Đã sao lưu vào ${file}`);
      }),
    );

  program
    .command('restore')
    .description(
      'Khôi phục cơ sở dữ liệu từ một bản sao lưu. Tệp được kiểm tra trước; dữ liệu hiện tại được sao lưu lại trước khi thay. Hãy đóng ứng dụng trước.',
    )
    .argument('<file>', 'tệp sao lưu (.sqlite)')
    .action(
      rt.action(async (file: string) => {
        const dbFile = rt.dbPath();
        const result = restoreDatabase({ dbFile, source: file, now: new Date() });
        // Open once so an older backup is migrated now (with its own pre-migration backup), not at the next start.
        const db = openDatabase(dbFile);
        const schemaVersion = schemaVersionOf(db);
        db.close();
        const out = { restored: path.resolve(file), db: dbFile, previousBackup: result.previousBackup, schemaVersion, installId: result.restored.installId };
        rt.print(out, () =>
          [
            `Đã khôi phục ${dbFile} từ ${path.resolve(file)}.`,
            result.previousBackup ? `Dữ liệu trước khi khôi phục được giữ ở ${result.previousBackup}.` : '',
            `Phiên bản dữ liệu: ${schemaVersion}.`,
          ]
            .filter(Boolean)
            .join('\n'),
        );
      }),
    );
}
