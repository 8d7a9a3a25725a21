import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import path from 'node:path';
import { openCore, type Core } from '../../../electron/core/core';
import { contract, type Channel } from '../../../shared/contract';
import { tempDir } from '../db/helpers';

/** Fuzz case count per fuzzer: CI size by default; `LTT_FUZZ_CASES=20000 npx vitest run tests/core/safety-fuzz` for a long run. */
export const FUZZ_CASES = Number(process.env.LTT_FUZZ_CASES ?? 1000);
// A fixed seed by default so CI is repeatable; LTT_FUZZ_SEED=random (or a number) explores further.
export const FUZZ_SEED = process.env.LTT_FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.LTT_FUZZ_SEED ?? 20_200_131);

/** Content of every table, independent of physical row order: equal fingerprints = same data. */
export function dbFingerprint(db: Database.Database, exclude: readonly string[] = []): string {
  const hash = crypto.createHash('sha256');
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
  ).filter((t) => !exclude.includes(t));
  for (const t of tables) {
    const rows = (
      db
        .prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`)
        .raw()
        .all() as unknown[][]
    ).map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : Buffer.isBuffer(v) ? v.toString('base64') : v)));
    rows.sort();
    hash.update(`${t}\u0000${rows.length}\u0000${rows.join('\u0001')}\u0002`);
  }
  return hash.digest('hex');
}

const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

/** A refusal the user can act on: a known code, not an internal crash, a Vietnamese message. */
export function refusalProblem(error: { code: string; message: string }): string | null {
  if (error.code === 'internal') return `lỗi nội bộ (internal): ${error.message}`;
  if (!error.message || error.message.length < 8) return `thông báo rỗng (${error.code})`;
  if (!VIETNAMESE.test(error.message)) return `thông báo không phải tiếng Việt: ${error.message.slice(0, 120)}`;
  return null;
}

export async function setupCore(): Promise<Core> {
  // Nested one level so tests can see that nothing was written beside the data folder.
  const core = openCore({ dbFile: path.join(tempDir('ltt-fuzz-'), 'data', 'lich-tuyen-truyen.sqlite') });
  await core.call('app:setup', { orgName: 'Đài Phát thanh và Truyền hình tỉnh', userName: 'Nguyễn Văn A', role: 'editor', withSample: false });
  return core;
}

export function describeInput(input: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(input, (_k, v: unknown) =>
      typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v === undefined ? '(undefined)' : v,
    );
  } catch {
    s = String(input);
  }
  return (s ?? 'undefined').slice(0, 300);
}

export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`treo quá ${ms} ms: ${what}`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** The exception behind an 'internal' error, for the report (dispatch rightly hides it from users). */
export async function rawCause(c: Core, channel: string, input: unknown): Promise<string> {
  try {
    const parsed = contract[channel as Channel].input.parse(input ?? {});
    await (c.handlers[channel as Channel] as (i: unknown) => unknown)(parsed);
    return 'không tái hiện được';
  } catch (error) {
    return String((error as Error).message)
      .split('\n')[0]!
      .slice(0, 160);
  } finally {
    if (c.ctx.db.inTransaction) c.ctx.db.exec('ROLLBACK');
  }
}
