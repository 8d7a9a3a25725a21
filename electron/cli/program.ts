import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../core/version';
import { CliRuntime, EXIT_USAGE, type CliIo } from './runtime';
import { vietnameseUsageError } from './usage-messages';
import { terminalSafeIo } from './terminal-text';
import { registerInit } from './commands/init';
import { registerServe } from './commands/serve';
import { registerPlan } from './commands/plan';
import { registerItem } from './commands/item';
import { registerReportJson } from './commands/report-json';
import { registerReportFiles } from './commands/report-files';
import { registerSync } from './commands/sync';
import { registerBackup } from './commands/backup';
import { registerCheck } from './commands/check';
import { registerReconcile } from './commands/reconcile';

/** Run the `ltt` command line; resolves to the exit code (0 ok, 1 refused input, 2 wrong usage). */
export async function runCli(argv: readonly string[], rawIo: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const io = terminalSafeIo(rawIo);
  const program = new Command('ltt');
  const rt = new CliRuntime(program, io, env);
  const output = { writeOut: io.stdout, writeErr: io.stderr, outputError: (text: string, write: (t: string) => void) => write(vietnameseUsageError(text)) };
  program
    .description('Lịch Tuyên Truyền — lịch chuyên mục, bài viết, tọa đàm theo kế hoạch tuyên truyền CCHC.')
    .version(APP_VERSION, '-v, --version', 'in phiên bản')
    .option('--db <file>', 'tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng, hoặc biến LTT_DB)')
    .option('--json', 'in kết quả dạng JSON (một tài liệu trên stdout)')
    .helpOption('-h, --help', 'in hướng dẫn')
    .addHelpCommand('help [command]', 'in hướng dẫn của một lệnh')
    .showHelpAfterError('(dùng "ltt --help" để xem các lệnh)')
    .configureOutput(output)
    .exitOverride();

  for (const register of [
    registerInit,
    registerServe,
    registerPlan,
    registerItem,
    registerReconcile,
    registerReportJson,
    registerReportFiles,
    registerSync,
    registerBackup,
    registerCheck,
  ]) {
    register(program, rt);
  }
  const configureAll = (cmd: Command) => {
    cmd.exitOverride().configureOutput(output);
    cmd.commands.forEach(configureAll);
  };
  program.commands.forEach(configureAll);

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return rt.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      if (error.code === 'ltt.usage') io.stderr(`Lỗi: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`Lỗi: ${(error as Error).message}\n`);
    return 1;
  } finally {
    rt.close();
  }
}
