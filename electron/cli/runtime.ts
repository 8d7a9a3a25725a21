import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { AppError, toApiError } from '../../shared/contract/errors';
import { withFlagNames } from './flags';
import { openCore, type Core } from '../core/core';
import { resolveDbPath } from '../core/paths';

/** Exit codes: 0 success, 1 the input was refused, 2 wrong usage. */
const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** What every command gets: the global options, a way to open the core, and output helpers. */
export class CliRuntime {
  exitCode = EXIT_OK;
  private core: Core | null = null;

  constructor(
    readonly program: Command,
    readonly io: CliIo,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  get options(): GlobalOptions {
    return this.program.opts<GlobalOptions>();
  }

  get json(): boolean {
    return this.options.json === true;
  }

  dbPath(): string {
    return resolveDbPath({ db: this.options.db, env: this.env });
  }

  /**
   * The core on the chosen database. A database named with --db (or LTT_DB) that does not exist is refused,
   * so a mistyped path never silently starts an empty one; only `init` and `serve` (first run) create it.
   */
  /** `autoSync`: the scheduled sync runs while this core is open (only `ltt serve`, which stays running). */
  openCore(options: { create?: boolean; autoSync?: boolean } = {}): Core {
    if (!this.core) {
      const file = this.dbPath();
      const named = this.options.db ?? this.env.LTT_DB;
      if (!options.create && named !== undefined && !fs.existsSync(file)) {
        const flag = this.options.db !== undefined ? '--db' : 'LTT_DB';
        throw new AppError('not_found', `Không có cơ sở dữ liệu "${file}" (${flag}). Hãy kiểm tra đường dẫn, hoặc tạo mới bằng "ltt --db ${named} init".`, {
          field: 'db',
          file,
        });
      }
      this.core = openCore({ dbFile: file, importWorker: path.join(__dirname, '../core/import-worker.cjs'), autoSync: options.autoSync === true });
    }
    return this.core;
  }

  close(): void {
    this.core?.close();
    this.core = null;
  }

  /** Print a result: one JSON document with --json, otherwise the human text. */
  print(result: unknown, text?: string | ((r: unknown) => string)): void {
    if (this.json) {
      this.io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const human = typeof text === 'function' ? text(result) : (text ?? JSON.stringify(result, null, 2));
    this.io.stdout(human.endsWith('\n') ? human : `${human}\n`);
  }

  /** Report a refused input: message on stderr (and the error shape on stdout with --json); exit 1. */
  refuse(error: unknown): void {
    const shape = withFlagNames(toApiError(error));
    this.io.stderr(`Lỗi: ${shape.message}\n`);
    if (this.json) this.io.stdout(`${JSON.stringify({ error: shape }, null, 2)}\n`);
    this.exitCode = EXIT_REFUSED;
  }

  usage(message: string): never {
    throw new CommanderError(EXIT_USAGE, 'ltt.usage', message);
  }

  /** Wrap a command action: AppErrors become exit 1 with their message; anything else is reported without a stack trace. */
  action<A extends unknown[]>(fn: (...args: A) => unknown | Promise<unknown>): (...args: A) => Promise<void> {
    return async (...args: A) => {
      try {
        await fn(...args);
      } catch (error) {
        if (error instanceof CommanderError) throw error;
        if (!(error instanceof AppError) && this.env.LTT_DEBUG) this.io.stderr(`${(error as Error).stack}\n`);
        this.refuse(error);
      }
    };
  }
}
