import Database from 'better-sqlite3';
import type { Command } from 'commander';
import fs from 'node:fs';
import { AppError } from '../../../shared/contract/errors';
import { checkDatabase, type CheckResult } from '../../core/db/check';
import { refuseNewerVersion } from '../../core/db/check-version';
import { ioErrorInFolder } from '../../core/safety/io-errors';
import type { CliRuntime } from '../runtime';
// The synced tables register themselves when their services load; check compares against them.
import '../../core/handlers';

/**
 * Open the file directly (no migration, no quick_check refusal) so a damaged database is reported
 * as problems instead of failing to open. A newer version's file is refused untouched.
 */
export function checkFile(file: string): CheckResult {
  if (!fs.existsSync(file)) throw new AppError('not_found', `Không tìm thấy cơ sở dữ liệu "${file}".`, { file });
  refuseNewerVersion(file);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return checkDatabase(db);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      return {
        ok: false,
        problems: [
          {
            code: 'integrity',
            message: `Tệp "${file}" bị hỏng hoặc không phải cơ sở dữ liệu của ứng dụng. Hãy khôi phục từ một bản sao lưu ("ltt restore").`,
            details: { sqlite: code },
          },
        ],
        skipped: [],
      };
    }
    // A full, read-only or locked disk: the shared wording (exit 1 with a message, never an internal error).
    throw ioErrorInFolder(error, file, 'check') ?? error;
  } finally {
    db?.close();
  }
}

export function registerCheck(program: Command, rt: CliRuntime): void {
  program
    .command('check')
    .description('Kiểm tra cơ sở dữ liệu: toàn vẹn tệp, khóa ngoại, nhật ký thay đổi khớp với dữ liệu. Không sửa gì.')
    .action(
      rt.action(() => {
        const result = checkFile(rt.dbPath());
        rt.print(result, () =>
          result.ok
            ? `Cơ sở dữ liệu ổn: không phát hiện vấn đề nào.${result.skipped.length ? `\n${result.skipped.join('\n')}` : ''}`
            : [`Phát hiện ${result.problems.length} vấn đề:`, ...result.problems.map((p) => `- [${p.code}] ${p.message}`), ...result.skipped].join('\n'),
        );
        if (!result.ok) rt.exitCode = 1;
      }),
    );
}
