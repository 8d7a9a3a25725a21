import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { AppError } from '../../../shared/contract/errors';
import { b64, plansCore, snapshot } from './helpers';
import { planRows, tsv } from './plan-259-files';

// Issue 15, "a local value can be refused by every receiver": a plan cell longer than a synced task may hold is
// refused by the import itself, naming the row and the column, so it never reaches the change log or another install.
/** The appendix rows as the file a user picks for Kế hoạch 259/KH-UBND of 2020. */
const plan259File = (fileName: string, rows: string[][]) => ({
  fileName,
  contentBase64: b64(tsv(rows)),
  issuer: 'UBND tỉnh Hải Dương',
  number: '259/KH-UBND',
  year: 2020,
});

describe('plan import: cells longer than a task may hold', () => {
  let open: Core[] = [];
  afterEach(() => {
    for (const c of open) c.close();
    open = [];
  });

  it('refuses a 5,000,000-character cell with the row and column, and imports nothing', async () => {
    const { core } = await plansCore();
    open.push(core);
    const before = snapshot(core);
    const rows = planRows();
    rows[2]![1] = 'Tuyên truyền '.repeat(400_000).slice(0, 5_000_000); // line 4 of the file (line 1 is the header)
    const error = await core.call('plans:import', plan259File('ke-hoach-dai.tsv', rows)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('import_failed');
    expect((error as AppError).message).toMatch(/ke-hoach-dai\.tsv.*Dòng 4, cột «Nhiệm vụ cụ thể»: ô dài 5\.000\.000 ký tự, tối đa 10\.000 ký tự/);
    expect((error as AppError).details).toMatchObject({ row: 4, field: 'title' });
    expect(snapshot(core)).toBe(before);
    // Reading a 5 MB cell takes the file readers (text split, header search, title guess) several seconds on a busy machine.
  }, 120_000);

  it('names the column for product, timeframe and the agencies too; a cell at the limit imports', async () => {
    const { core } = await plansCore();
    open.push(core);
    const rows = planRows();
    rows[0]![2] = 'k'.repeat(2001);
    rows[1]![5] = 'Tháng 5 '.repeat(300);
    rows[3]![3] = Array.from({ length: 51 }, (_, i) => `Sở số ${i + 1}`).join('; ');
    const preview = await core.call('plans:previewImport', plan259File('a.tsv', rows));
    expect(preview.issues.filter((i) => i.level === 'error').map((i) => [i.row, i.field, i.message])).toEqual([
      [2, 'product', 'Dòng 2, cột «Sản phẩm/Kết quả»: ô dài 2.001 ký tự, tối đa 2.000 ký tự.'],
      [3, 'timeframe', expect.stringMatching(/^Dòng 3, cột «Thời gian thực hiện»: ô dài 2\.\d{3} ký tự, tối đa 2\.000 ký tự\.$/)],
      [5, 'leads', 'Dòng 5, cột «Cơ quan chủ trì»: ô nêu 51 cơ quan, tối đa 50.'],
    ]);

    const fine = planRows();
    fine[0]![1] = 'n'.repeat(10_000);
    const r = await core.call('plans:import', plan259File('b.tsv', fine));
    expect(r.created).toBe(10);
  });
});
