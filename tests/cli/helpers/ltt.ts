import { runCli } from '../../../electron/cli/program';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout then stderr, for asserting that something is printed nowhere. */
  all: string;
  /** stdout as the one JSON document `--json` prints (throws when it is not one). */
  json<T = Record<string, unknown>>(): T;
  /** stdout as JSON, or null when nothing was printed (a refused command prints only to stderr). */
  jsonOrNull<T = Record<string, unknown>>(): T | null;
}

/** `ltt --db DB ARGS…` through the CLI's production entry (runCli), in this process, with its output captured. */
export async function ltt(db: string, ...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--db', db, ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, {});
  return {
    code,
    stdout,
    stderr,
    all: stdout + stderr,
    json: <T>() => JSON.parse(stdout) as T,
    jsonOrNull: <T>() => (stdout ? (JSON.parse(stdout) as T) : null),
  };
}
