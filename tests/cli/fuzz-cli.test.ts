import Database from 'better-sqlite3';
import { Command } from 'commander';
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { CliRuntime } from '../../electron/cli/runtime';
import { registerBackup } from '../../electron/cli/commands/backup';
import { registerCheck } from '../../electron/cli/commands/check';
import { registerInit } from '../../electron/cli/commands/init';
import { registerItem } from '../../electron/cli/commands/item';
import { registerPlan } from '../../electron/cli/commands/plan';
import { registerReportFiles } from '../../electron/cli/commands/report-files';
import { registerReportJson } from '../../electron/cli/commands/report-json';
import { registerSync } from '../../electron/cli/commands/sync';
import { tempDir } from '../core/db/helpers';
import { dbFingerprint, FUZZ_CASES, FUZZ_SEED, refusalProblem } from '../core/safety-fuzz/harness';
import { hostileString, PATH_TRICKS } from '../core/safety-fuzz/hostile';

/** Commands and their options, read from the real registrations (serve is left out: it runs until stopped). */
interface Spec {
  words: string[];
  options: Array<{ flag: string; takesValue: boolean }>;
}
function specs(): Spec[] {
  const program = new Command('ltt');
  const rt = new CliRuntime(program, { stdout: () => undefined, stderr: () => undefined }, {});
  for (const r of [registerInit, registerPlan, registerItem, registerReportJson, registerReportFiles, registerSync, registerBackup, registerCheck])
    r(program, rt);
  const out: Spec[] = [];
  const walk = (cmd: Command, words: string[]): void => {
    const here = [...words, cmd.name()];
    out.push({ words: here, options: cmd.options.map((o) => ({ flag: o.long ?? o.short ?? '', takesValue: o.required || o.optional })) });
    for (const sub of cmd.commands) walk(sub, here);
  };
  for (const c of program.commands) walk(c, []);
  return out;
}

let dir = '';
let db = '';
const cwd = process.cwd();
beforeAll(async () => {
  dir = tempDir('ltt-cli-fuzz-');
  db = path.join(dir, 'lich-tuyen-truyen.sqlite');
  // Relative paths in generated arguments land in the temp folder, never in the project.
  process.chdir(dir);
  const code = await runCli(
    ['--db', db, 'init', '--org', 'Đài Phát thanh và Truyền hình tỉnh', '--user', 'Nguyễn Văn A', '--with-sample'],
    { stdout: () => undefined, stderr: () => undefined },
    {},
  );
  expect(code).toBe(0);
});
afterAll(() => process.chdir(cwd));

/** The data, without the sync file ledger: refusing a sync file records it as quarantined, by design (sync.md). */
function fingerprint(): string {
  const d = new Database(db, { readonly: true });
  try {
    return dbFingerprint(d, ['sync_files']);
  } finally {
    d.close();
  }
}

const VALUE = fc.oneof(
  hostileString,
  fc.constantFrom(...PATH_TRICKS),
  fc.constantFrom('2020', '2020-05', '05/2020', 'tv', '--json', '-', '--', '0', '-1', '99999999999999999999'),
);

describe('hostile command-line arguments', () => {
  it(`${FUZZ_CASES} generated argument lists: exit 0/1/2, a message on refusal, the database unchanged when refused`, async () => {
    const all = specs();
    const argvArb = fc.constantFrom(...all).chain((spec) =>
      fc
        .tuple(
          fc.array(
            fc.oneof(
              fc
                .constantFrom(...(spec.options.length ? spec.options : [{ flag: '--json', takesValue: false }]))
                .chain((o): fc.Arbitrary<string[]> => (o.takesValue ? VALUE.map((v) => [o.flag, v]) : fc.constant([o.flag]))),
              VALUE.map((v): string[] => [v]),
            ),
            { maxLength: 5 },
          ),
          fc.boolean(),
        )
        .map(([parts, json]): string[] => [...(json ? ['--json'] : []), ...spec.words, ...parts.flat()]),
    );
    const cases = fc.sample(argvArb, { numRuns: FUZZ_CASES, seed: FUZZ_SEED });
    const problems: string[] = [];
    for (const argv of cases) {
      const before = fingerprint();
      let err = '';
      let code: number;
      try {
        // The message may be on stderr ("Lỗi: …") or, for reports like `check` and `sync import`, on stdout.
        code = await runCli(['--db', db, ...argv], { stdout: (t) => (err += t), stderr: (t) => (err += t) }, { LTT_DB: db });
      } catch (error) {
        problems.push(`${JSON.stringify(argv).slice(0, 200)} → ném lỗi: ${(error as Error).message}`);
        continue;
      }
      const shown = JSON.stringify(argv).slice(0, 200);
      if (![0, 1, 2].includes(code)) problems.push(`${shown} → mã thoát ${code}`);
      if (code === 1) {
        const bad = refusalProblem({ code: /nội bộ|không mong muốn/.test(err) ? 'internal' : 'refused', message: err });
        if (bad) problems.push(`${shown} → ${bad}`);
        if (fingerprint() !== before) problems.push(`${shown} → bị từ chối nhưng cơ sở dữ liệu đã thay đổi`);
      }
      if (code === 2 && err.trim() === '') problems.push(`${shown} → sai cú pháp nhưng không có thông báo`);
      await new Promise((r) => setImmediate(r));
    }
    console.log(`cli fuzz: ${cases.length} cases, seed ${FUZZ_SEED}, ${problems.length} problems`);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 600_000);

  it('a hostile --db never damages a file that is not our database', async () => {
    const other = path.join(dir, 'khong-phai-csdl.txt');
    (await import('node:fs')).writeFileSync(other, 'giữ nguyên nội dung này');
    for (const argv of [['check'], ['backup'], ['init', '--org', 'X', '--user', 'Y'], ['item', 'list']]) {
      let err = '';
      const code = await runCli(['--db', other, ...argv], { stdout: (t) => (err += t), stderr: (t) => (err += t) }, {});
      expect(code, argv.join(' ')).toBe(1);
      expect(err).toMatch(/khong-phai-csdl\.txt/);
    }
    expect((await import('node:fs')).readFileSync(other, 'utf8')).toBe('giữ nguyên nội dung này');
  });
});
