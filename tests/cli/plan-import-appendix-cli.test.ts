import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appendixTsv } from '../fixtures/plans/render-appendix';
import { ltt } from './helpers/ltt';

const changes = (file: string) => {
  const db = new Database(file, { readonly: true });
  const n = (db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
  db.close();
  return n;
};

describe('ltt plan import of an appendix with sections, over a period', () => {
  it('--dry-run --years says what it would do: columns, skipped rows, sections, each timeframe; writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-appendix-cli-'));
    const file = path.join(dir, 'ltt.sqlite');
    expect((await ltt(file, 'init', '--org', 'Báo Bắc Ninh', '--user', 'Lê Văn Cường')).code).toBe(0);
    // A bare table: no title block, so the issuer, number and period come from the flags.
    const table = path.join(dir, 'phu-luc.txt');
    fs.writeFileSync(table, appendixTsv().split('\n').slice(8).join('\n'));
    const before = changes(file);
    const dry = await ltt(file, 'plan', 'import', table, '--dry-run', '--years', '2026-2030', '--issuer', 'UBND tỉnh Bắc Ninh', '--number', '45/KH-UBND');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(changes(file)).toBe(before);
    const out = dry.stdout;
    expect(out).toContain('Kế hoạch: 45/KH-UBND — UBND tỉnh Bắc Ninh — năm 2026–2030 (mới)');
    // The header's "Thời gian\nhoàn thành" cell is quoted over two lines; the sub-header is line 3.
    expect(out).toContain('Hàng tiêu đề: dòng 1 và 3');
    expect(out).toContain('«Nội dung/nhiệm vụ» → Nhiệm vụ cụ thể');
    expect(out).toContain('Cột giữ nguyên trong tệp, không đọc: «Nguồn kinh phí»');
    expect(out).toMatch(/dòng 4: hàng đánh số cột «A \| B \| 1 \| 2/);
    expect(out).toMatch(/dòng \d+: hàng tiêu đề lặp lại/);
    expect(out).toContain('  - 1.1 Thương mại: 2');
    expect(out).toContain('B.II.1 (dòng');
    expect(out).toMatch(/B\.II\.2 \(dòng \d+\): «Quý III\/2026 - Quý I\/2027» → 1 lần từ 01\/07\/2026 đến 31\/03\/2027/);
    expect(out).toMatch(/! B\.III\.1\.1\.2 \(dòng \d+\): «Theo kế hoạch riêng» → chưa đọc được/);
    expect(out).toContain('Nhiệm vụ sẽ thêm mới: 11');
    // One grouped list of new agencies, not one warning per cell.
    expect(out.match(/chưa có trong danh mục/g)).toHaveLength(1);

    const real = await ltt(file, 'plan', 'import', table, '--years', '2026-2030', '--issuer', 'UBND tỉnh Bắc Ninh', '--number', '45/KH-UBND');
    expect(real.code).toBe(0);
    expect(real.stdout).not.toContain('Hàng tiêu đề');
  });

  it('refuses a bad period, or --year with --years, with exit 1 and a message naming the flag', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ltt-appendix-cli-'));
    const file = path.join(dir, 'ltt.sqlite');
    await ltt(file, 'init', '--org', 'Báo Bắc Ninh', '--user', 'Lê Văn Cường');
    const table = path.join(dir, 'phu-luc.txt');
    fs.writeFileSync(table, appendixTsv());
    for (const [args, pattern] of [
      [['--years', '2030-2026'], /--years cần hai năm tăng dần/],
      [['--years', '2026'], /--years/],
      [['--years', '2026-2030', '--year', '2026'], /--year.*--years/],
    ] as const) {
      const r = await ltt(file, 'plan', 'import', table, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(pattern);
    }
  });
});
