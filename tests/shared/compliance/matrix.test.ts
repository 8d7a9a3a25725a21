import { describe, expect, it } from 'vitest';
import { buildMatrix, computeCompliance } from '../../../shared/domain/compliance';
import type { Item, PlanTask } from '../../../shared/domain/types';
import { item, monthly, plan, task, windows } from './fixtures';

function matrix(tasks: PlanTask[], items: Item[], asOf: string, g: 'month' | 'quarter' = 'month', from = '2020-01-01', to = '2020-12-31') {
  return buildMatrix(computeCompliance({ plan, tasks, items, from, to, asOf }), g);
}

describe('matrix', () => {
  it('has one column per month and one cell per monthly window', () => {
    const t = task('05', monthly(2020));
    const m = matrix([t], [item({ tasks: [t.id], planned: '2020-01-10', doneAt: '2020-01-10' })], '2020-02-29');
    expect(m.columns.map((c) => c.short)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']);
    const cells = m.rows[0]!.cells;
    expect(cells).toHaveLength(12);
    expect(cells.slice(0, 3).map((c) => [c.col, c.span, c.status, c.done, c.count])).toEqual([
      [0, 1, 'met', 1, 1],
      [1, 1, 'missing', 0, 1],
      [2, 1, 'upcoming', 0, 1],
    ]);
    expect(cells[0]!.itemIds).toHaveLength(1);
  });

  it('a window over two months is one cell spanning both; months without a window are "none"', () => {
    const t = task('03', windows({ from: '2020-09-01', to: '2020-10-31', count: 1 }));
    const i = item({ tasks: [t.id], planned: '2020-10-15', doneAt: '2020-10-15' });
    const cells = matrix([t], [i], '2020-12-31').rows[0]!.cells;
    expect(cells).toHaveLength(11);
    expect(cells[8]).toMatchObject({ col: 8, span: 2, status: 'met', done: 1, count: 1, from: '2020-09-01', to: '2020-10-31', itemIds: [i.id] });
    expect(cells[0]).toMatchObject({ status: 'none', span: 1 });
    expect(cells[9]).toMatchObject({ col: 10, status: 'none' });
  });

  it('quarter columns sum the monthly windows with the worst ended status', () => {
    const t = task('05', monthly(2020));
    const items = [item({ tasks: [t.id], planned: '2020-01-10', doneAt: '2020-01-10' }), item({ tasks: [t.id], planned: '2020-02-10', doneAt: '2020-03-10' })];
    const m = matrix([t], items, '2020-04-30', 'quarter');
    expect(m.columns.map((c) => c.label)).toEqual(['Quý I/2020', 'Quý II/2020', 'Quý III/2020', 'Quý IV/2020']);
    expect(m.rows[0]!.cells[0]).toMatchObject({ status: 'partial', count: 3, done: 1, late: 1, planned: 2 });
    // April missing (ended), May–June upcoming: the ended gap shows.
    expect(m.rows[0]!.cells[1]).toMatchObject({ status: 'missing', count: 3, done: 0 });
    expect(m.rows[0]!.cells[2]).toMatchObject({ status: 'upcoming', underPlanned: true });
  });

  it('ongoing tasks show activity per column and flag empty ones', () => {
    const o = task('01', { kind: 'ongoing' });
    const items = [item({ tasks: [o.id], planned: '2020-02-03', doneAt: '2020-02-03' }), item({ tasks: [o.id], planned: '2020-02-13', doneAt: '2020-02-13' })];
    const m = matrix([o], items, '2020-03-31', 'month', '2020-01-01', '2020-04-30');
    expect(m.rows[0]!.cells.map((c) => [c.status, c.done, c.flagged])).toEqual([
      ['ongoing', 0, true],
      ['ongoing', 2, false],
      ['ongoing', 0, true],
      ['ongoing', 0, true],
    ]);
    expect(m.rows[0]!.cells[1]!.itemIds).toHaveLength(2);
  });

  it('an unknown cadence is one cell across the row', () => {
    const u = task('07', { kind: 'unknown', text: '?' });
    expect(matrix([u], [], '2020-03-31').rows[0]!.cells).toEqual([expect.objectContaining({ col: 0, span: 12, status: 'unknown' })]);
  });

  it('weekly windows in one month column are summed', () => {
    const t = task('11', windows({ from: '2020-06-01', to: '2020-06-07', count: 1 }, { from: '2020-06-08', to: '2020-06-14', count: 1 }));
    const i = item({ tasks: [t.id], planned: '2020-06-02', doneAt: '2020-06-02' });
    const cells = matrix([t], [i], '2020-06-30', 'month', '2020-06-01', '2020-06-30').rows[0]!.cells;
    expect(cells).toEqual([expect.objectContaining({ status: 'partial', count: 2, done: 1, from: '2020-06-01', to: '2020-06-14' })]);
  });

  it('a window crossing quarters spans both quarter columns', () => {
    const t = task('03', windows({ from: '2020-09-01', to: '2020-10-31', count: 1 }));
    const cells = matrix([t], [], '2020-01-31', 'quarter').rows[0]!.cells;
    expect(cells.map((c) => [c.col, c.span, c.status])).toEqual([
      [0, 1, 'none'],
      [1, 1, 'none'],
      [2, 2, 'upcoming'],
    ]);
  });
});
