import { TASK_FIELD_LABELS as L, type ImportIssue, type ParsedTaskRow, type TaskField } from '../../../../shared/domain/plan/import-types';
import { PLAN_LIMITS as MAX } from '../../../../shared/domain/plan/limits';

/** The longest text each cell may hold: what the plan's synced fields accept, so every other install takes the plan too. */
const CELL_MAX: Record<'code' | 'title' | 'product' | 'timeframe', number> = {
  code: MAX.taskCode,
  title: MAX.taskTitle,
  product: MAX.taskProduct,
  timeframe: MAX.taskTimeframe,
};

const count = (n: number) => n.toLocaleString('vi-VN');

/** A row's cells that are longer (or name more agencies) than a task may hold, as errors naming the row and column. */
export function oversizeIssues(row: number, t: Pick<ParsedTaskRow, 'code' | 'title' | 'product' | 'timeframe' | 'leads' | 'partners'>): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const issue = (field: TaskField, what: string): ImportIssue => ({
    level: 'error',
    row,
    field,
    code: 'cell_too_long',
    message: `Dòng ${row}, cột «${L[field]}»: ${what}`,
  });
  for (const field of ['code', 'title', 'product', 'timeframe'] as const) {
    const n = t[field].length;
    if (n > CELL_MAX[field]) issues.push(issue(field, `ô dài ${count(n)} ký tự, tối đa ${count(CELL_MAX[field])} ký tự.`));
  }
  for (const field of ['leads', 'partners'] as const) {
    const names = t[field];
    if (names.length > MAX.agenciesPerCell) issues.push(issue(field, `ô nêu ${names.length} cơ quan, tối đa ${MAX.agenciesPerCell}.`));
    else if (names.some((n) => n.length > MAX.agencyName)) issues.push(issue(field, `có tên cơ quan dài quá ${count(MAX.agencyName)} ký tự.`));
  }
  return issues;
}
