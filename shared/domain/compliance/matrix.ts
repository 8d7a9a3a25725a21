import type { ComplianceReport, TaskResult, TaskStatus, WindowResult, WindowStatus } from '../compliance-types';
import { periodMonths, periodQuarters, type PeriodColumn } from '../periods';
import type { IsoDate } from '../types';

export type Granularity = 'month' | 'quarter';
export type CellStatus = WindowStatus | 'ongoing' | 'unknown' | 'none';

/** One coloured cell of the matrix; a window spanning several columns is one cell spanning them. */
export interface MatrixCell {
  /** Index of the first column it covers, and how many. */
  col: number;
  span: number;
  status: CellStatus;
  count: number;
  done: number;
  late: number;
  planned: number;
  underPlanned: boolean;
  /** Ongoing: no activity in this column (see MonthActivity.flagged). */
  flagged: boolean;
  /** Date range of the cell's windows (or of its columns): what a click opens. */
  from: IsoDate;
  to: IsoDate;
  itemIds: string[];
}

export interface MatrixRow {
  taskId: string;
  code: string;
  title: string;
  status: TaskStatus;
  required: number;
  done: number;
  late: number;
  cells: MatrixCell[];
}

export interface ComplianceMatrix {
  granularity: Granularity;
  columns: PeriodColumn[];
  rows: MatrixRow[];
}

export function buildMatrix(report: ComplianceReport, granularity: Granularity = 'month'): ComplianceMatrix {
  const columns = granularity === 'month' ? periodMonths(report.from, report.to) : periodQuarters(report.from, report.to);
  return {
    granularity,
    columns,
    rows: report.tasks.map((t) => ({
      taskId: t.taskId,
      code: t.code,
      title: t.title,
      status: t.status,
      required: t.required,
      done: t.done,
      late: t.late,
      cells: rowCells(t, columns, report.asOf),
    })),
  };
}

function emptyCell(col: number, column: PeriodColumn, status: CellStatus): MatrixCell {
  return { col, span: 1, status, count: 0, done: 0, late: 0, planned: 0, underPlanned: false, flagged: false, from: column.from, to: column.to, itemIds: [] };
}

function rowCells(task: TaskResult, columns: PeriodColumn[], asOf: IsoDate): MatrixCell[] {
  if (columns.length === 0) return [];
  if (task.status === 'unknown') {
    return [{ ...emptyCell(0, columns[0]!, 'unknown'), span: columns.length, to: columns[columns.length - 1]!.to }];
  }
  if (task.status === 'ongoing') return ongoingCells(task, columns, asOf);
  return windowCells(task.windows, columns, asOf);
}

function ongoingCells(task: TaskResult, columns: PeriodColumn[], asOf: IsoDate): MatrixCell[] {
  return columns.map((c, i) => {
    const months = task.activity.filter((m) => m.month >= c.from.slice(0, 7) && m.month <= c.to.slice(0, 7));
    const done = months.reduce((n, m) => n + m.done, 0);
    const planned = months.reduce((n, m) => n + m.planned, 0);
    const ended = c.to <= asOf;
    return {
      ...emptyCell(i, c, 'ongoing'),
      done,
      planned,
      flagged: ended ? done === 0 : planned === 0,
      itemIds: months.flatMap((m) => m.itemIds),
    };
  });
}

/**
 * Columns and windows are both sorted, so one sweep pairs them. Consecutive columns covered by
 * exactly the same single window merge into one spanning cell; a column holding several windows
 * (e.g. weekly ones in a month) shows their sum with the most urgent status.
 */
function windowCells(windows: readonly WindowResult[], columns: PeriodColumn[], asOf: IsoDate): MatrixCell[] {
  const cells: MatrixCell[] = [];
  let start = 0;
  let prevSingle: WindowResult | null = null;
  columns.forEach((c, i) => {
    while (start < windows.length && windows[start]!.to < c.from) start += 1;
    const inCol: WindowResult[] = [];
    for (let j = start; j < windows.length && windows[j]!.from <= c.to; j += 1) inCol.push(windows[j]!);
    const single = inCol.length === 1 ? inCol[0]! : null;
    const last = cells[cells.length - 1];
    if (single && single === prevSingle && last) {
      last.span += 1;
    } else if (inCol.length === 0) {
      cells.push(emptyCell(i, c, 'none'));
    } else {
      cells.push(aggregateCell(i, inCol, asOf));
    }
    prevSingle = single;
  });
  return cells;
}

function aggregateCell(col: number, ws: readonly WindowResult[], asOf: IsoDate): MatrixCell {
  const sum = (f: (w: WindowResult) => number) => ws.reduce((n, w) => n + f(w), 0);
  return {
    col,
    span: 1,
    status: aggregateStatus(ws, asOf),
    count: sum((w) => w.count),
    done: sum((w) => w.done),
    late: sum((w) => w.late),
    planned: sum((w) => w.planned),
    underPlanned: ws.some((w) => w.underPlanned),
    flagged: false,
    from: ws[0]!.from,
    to: ws[ws.length - 1]!.to,
    itemIds: ws.flatMap((w) => w.itemIds),
  };
}

/** Several windows in one cell: the worst ended outcome wins; upcoming only when nothing has gone wrong. */
function aggregateStatus(ws: readonly WindowResult[], asOf: IsoDate): WindowStatus {
  if (ws.length === 1) return ws[0]!.status;
  const statuses = new Set(ws.map((w) => w.status));
  if (statuses.has('missing') || statuses.has('partial')) {
    return ws.some((w) => w.to <= asOf && w.done + w.late > 0) ? 'partial' : 'missing';
  }
  if (statuses.has('upcoming')) return 'upcoming';
  if (statuses.has('late')) return 'late';
  return 'met';
}
