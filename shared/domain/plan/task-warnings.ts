import type { PlanTask } from '../types';
import { agencyKey } from './ids';
import type { AgencyIndex } from './agencies';
import { TASK_FIELD_LABELS as L, type ImportIssue } from './import-types';

type TaskLike = Pick<PlanTask, 'code' | 'leads' | 'partners' | 'timeframe' | 'cadence'>;

/** Where a message points: the source row when known, else the task's STT. */
function rowLabel(row: number | null, code: string): string {
  return row === null ? `Nhiệm vụ ${code}` : `Dòng ${row} (STT ${code})`;
}

/**
 * What a person should look at in a task: a timeframe that could not be read, agencies the
 * directory does not know. Warnings never block an import or an edit.
 */
export function taskWarnings(task: TaskLike, agencies: AgencyIndex | null, row: number | null = null): ImportIssue[] {
  const at = rowLabel(row, task.code);
  const out: ImportIssue[] = [];
  if (task.cadence.kind === 'unknown') {
    out.push({
      level: 'warning',
      row,
      field: 'timeframe',
      code: 'unknown_timeframe',
      message: task.timeframe
        ? `${at}: chưa đọc được thời gian «${task.timeframe}»; hãy đặt nhịp thực hiện bằng tay.`
        : `${at}: cột «${L.timeframe}» để trống; hãy đặt nhịp thực hiện bằng tay.`,
    });
  }
  if (agencies) {
    for (const field of ['leads', 'partners'] as const) {
      for (const name of agencies.unknown(task[field])) {
        out.push({
          level: 'warning',
          row,
          field,
          code: 'unknown_agency',
          message: `${at}: cơ quan «${name}» (cột «${L[field]}») chưa có trong danh mục cơ quan; sẽ được thêm mới.`,
        });
      }
    }
  }
  return out;
}

/**
 * Agencies an import would add to the directory, each named once with the rows that name it:
 * one issue for the whole file (an appendix naming 40 new agencies gives one list, not 80 warnings).
 */
export function unknownAgencyIssues(
  rows: ReadonlyArray<{ row: number | null; code: string; leads: readonly string[]; partners: readonly string[] }>,
  agencies: AgencyIndex,
): ImportIssue[] {
  const seen = new Map<string, { name: string; where: string[] }>();
  for (const r of rows) {
    for (const name of agencies.unknown([...r.leads, ...r.partners])) {
      const entry = seen.get(agencyKey(name)) ?? { name, where: [] };
      const at = r.row === null ? `STT ${r.code}` : `dòng ${r.row}`;
      if (!entry.where.includes(at)) entry.where.push(at);
      seen.set(agencyKey(name), entry);
    }
  }
  if (seen.size === 0) return [];
  const list = [...seen.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((e) => `«${e.name}» (${e.where.slice(0, 5).join(', ')}${e.where.length > 5 ? ', …' : ''})`);
  return [
    {
      level: 'warning',
      row: null,
      field: 'leads',
      code: 'unknown_agency',
      message: `${seen.size} cơ quan chưa có trong danh mục, sẽ được thêm mới khi nhập: ${list.join('; ')}.`,
    },
  ];
}
