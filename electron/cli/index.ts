import { runCli } from './program';
import { escapeForTerminal } from './terminal-text';

runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(escapeForTerminal(`Lỗi: ${(error as Error).message}\n`));
    process.exitCode = 1;
  },
);
