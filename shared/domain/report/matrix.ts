import type { ComplianceReport, TaskResult } from '../compliance-types';
import { reportTotals } from '../compliance/report-json';
import { buildMatrix as buildComplianceMatrix, type MatrixCell as ComplianceCell } from '../compliance/matrix';
import type { MatrixCell, ReportMatrix } from './document-types';
import { TASK_STATUS_LABELS, WINDOW_STATUS_LABELS } from './labels';

function cellText(c: ComplianceCell): string {
  switch (c.status) {
    case 'none':
      return '';
    case 'unknown':
      return 'Chưa xác định thời hạn';
    case 'ongoing':
      return c.done > 0 ? `${c.done} sản phẩm` : c.flagged ? 'Không có sản phẩm' : '';
    case 'upcoming':
      return `${WINDOW_STATUS_LABELS.upcoming}: ${c.done + c.late}/${c.count} (đã lên lịch ${c.planned})`;
    default:
      return `${WINDOW_STATUS_LABELS[c.status]}: ${c.done + c.late}/${c.count}${c.late > 0 ? ` (${c.late} trễ)` : ''}`;
  }
}

/**
 * Sheet "Tổng hợp": the compliance engine's own task × month matrix (so the spreadsheet and the
 * on-screen matrix agree cell for cell), with the text each cell prints.
 */
export function buildMatrix(report: ComplianceReport): ReportMatrix {
  const m = buildComplianceMatrix(report, 'month');
  const byId = new Map(report.tasks.map((t) => [t.taskId, t]));
  return {
    columns: m.columns.map((c) => ({ key: c.key, label: c.label })),
    rows: m.rows.map((r) => {
      const t = byId.get(r.taskId)!;
      return {
        taskId: r.taskId,
        code: r.code,
        title: r.title,
        product: t.product,
        leads: t.leads.join(', '),
        cells: r.cells.map((c): MatrixCell => ({
          col: c.col,
          span: c.span,
          status: c.status,
          count: c.count,
          done: c.done,
          late: c.late,
          planned: c.planned,
          flagged: c.flagged,
          text: cellText(c),
        })),
        requiredText: requiredText(t),
        ...t.counts,
        status: t.status,
        statusLabel: TASK_STATUS_LABELS[t.status],
      };
    }),
    totals: reportTotals(report),
  };
}

/** What the "Yêu cầu" column says where there is no number to meet. */
export function requiredText(t: Pick<TaskResult, 'status'>): string | null {
  return t.status === 'ongoing' ? 'Thường xuyên' : t.status === 'unknown' ? 'Chưa xác định' : null;
}
