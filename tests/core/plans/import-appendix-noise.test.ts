import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../electron/core/plans/import/parse-plan-file';
import { taskIdOf } from '../../../shared/domain/plan/ids';
import { ONE_ROW_HEADER, SUB_HEADER, TOP_HEADER } from '../../fixtures/plans/appendix-model';
import { appendixTsv } from '../../fixtures/plans/render-appendix';

/** The fixture's table rows (after the title block), as cells. */
function tableRows(): string[][] {
  const text = appendixTsv().split('\n').slice(8).join('\n');
  return (Papa.parse<string[]>(text.trim(), { delimiter: '\t' }).data as string[][]).filter((r) => r.some((c) => c.trim()));
}

const NOISE: string[][] = [
  ['', '', '', '', '', '', ''],
  ONE_ROW_HEADER,
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
  TOP_HEADER.map((h) => h.toUpperCase()),
  SUB_HEADER,
];

const tsvOf = (rows: string[][]) => new Uint8Array(Buffer.from(Papa.unparse(rows, { delimiter: '\t', newline: '\n' }), 'utf8'));
const tasksOf = async (rows: string[][]) => {
  const parsed = await parsePlanFile(tsvOf(rows), 'phu-luc.tsv');
  expect(parsed.issues.filter((i) => i.level === 'error')).toEqual([]);
  return parsed.rows.map(({ row: _row, ...task }) => task);
};

describe('page breaks, repeated headers, numbering rows and blank rows anywhere in the body change nothing', () => {
  it('gives the same tasks, codes and sections (so the same ids) with noise rows inserted at any places', async () => {
    const rows = tableRows();
    const headerEnd = 4; // two header rows (the first quoted over two lines), the sub-header, the numbering row
    const baseline = await tasksOf(rows);
    expect(baseline).toHaveLength(11);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: headerEnd, max: rows.length }), fc.integer({ min: 0, max: NOISE.length - 1 })), { maxLength: 8 }),
        async (inserts) => {
          const noisy = [...rows];
          // Insert from the back so earlier positions stay where they were drawn.
          for (const [at, kind] of [...inserts].sort((a, b) => b[0] - a[0])) noisy.splice(Math.max(at, headerEnd - 1), 0, NOISE[kind]!);
          const tasks = await tasksOf(noisy);
          expect(tasks).toEqual(baseline);
          const plan = '00000000-0000-5000-8000-000000000000';
          expect(tasks.map((t) => taskIdOf(plan, t.code))).toEqual(baseline.map((t) => taskIdOf(plan, t.code)));
        },
      ),
      { numRuns: 60 },
    );
  });
});
