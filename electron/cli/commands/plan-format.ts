import type { ImportResult, PlanDetail, PlanSummaryView } from '../../../shared/contract/plans';
import type { Cadence } from '../../../shared/domain/types';
import { formatViDate } from '../../../shared/domain/dates';
import { shown } from '../terminal-text';
import { previewText } from './plan-import-text';

// Plan cells come from the file the user imported (maybe from elsewhere): each goes through shown().

/** `ltt plan show --json`: the shape documented in issue 3 (cadence always carries `windows`). */
export function planShowJson(d: PlanDetail) {
  const cadence = (c: Cadence) =>
    c.kind === 'windows'
      ? { kind: c.kind, windows: c.windows }
      : c.kind === 'unknown'
        ? { kind: c.kind, windows: [], text: c.text }
        : { kind: c.kind, windows: [] };
  return {
    id: d.plan.id,
    number: d.plan.number,
    year: d.plan.year,
    issuer: d.plan.issuer,
    title: d.plan.title,
    tasks: d.tasks.map((t) => ({
      id: t.id,
      code: t.code,
      title: t.title,
      product: t.product,
      leads: t.leads,
      partners: t.partners,
      timeframe: t.timeframe,
      cadence: cadence(t.cadence),
    })),
  };
}

export function importJson(r: ImportResult) {
  return { planId: r.planId, created: r.created, updated: r.updated, warnings: r.warnings };
}

export function importText(r: ImportResult, file: string): string {
  return [
    r.dryRun ? `Chạy thử (--dry-run), chưa ghi gì: ${shown(file)}` : `Đã nhập kế hoạch từ ${shown(file)}`,
    `Mã kế hoạch: ${r.planId}`,
    ...(r.preview ? previewText(r.preview) : []),
    `Nhiệm vụ ${r.dryRun ? 'sẽ ' : ''}thêm mới: ${r.created}; ${r.dryRun ? 'sẽ ' : ''}cập nhật: ${r.updated}`,
    ...(r.warnings.length ? [`Cảnh báo (${r.warnings.length}):`, ...r.warnings.map((w) => `  - ${shown(w)}`)] : []),
  ].join('\n');
}

export function listText(plans: PlanSummaryView[]): string {
  if (plans.length === 0) return 'Chưa có kế hoạch nào. Nhập bằng "ltt plan import TỆP" hoặc nạp kế hoạch mẫu bằng "ltt init --with-sample".';
  return plans
    .map(
      (p) =>
        `${shown(p.number || '(chưa có số)')}  năm ${p.yearTo ? `${p.year}–${p.yearTo}` : p.year}  ${p.taskCount} nhiệm vụ${p.warningCount ? `, ${p.warningCount} cần xem lại` : ''}  ${shown(p.title)}\n    ${p.id}`,
    )
    .join('\n');
}

export function showText(d: PlanDetail): string {
  const head = [
    shown(d.plan.title || 'Kế hoạch'),
    `Số: ${shown(d.plan.number || '(chưa có số)')}${d.plan.date ? ` ngày ${formatViDate(d.plan.date)}` : ''} — ${shown(d.plan.issuer)} — năm ${d.plan.yearTo ? `${d.plan.year}–${d.plan.yearTo}` : d.plan.year}`,
    `Mã: ${d.plan.id}`,
    '',
  ];
  const rows = d.tasks.map((t) =>
    [
      `${shown(t.code)}. ${shown(t.title.replace(/\n/g, ' '))}`,
      `    Sản phẩm: ${shown(t.product || '—')}`,
      `    Chủ trì: ${shown(t.leadsDisplay.join('; ') || '—')}   Phối hợp: ${shown(t.partnersDisplay.join('; ') || '—')}`,
      `    Thời gian: ${shown(t.timeframe || '—')} → ${t.cadenceText}${t.cadenceOverridden ? ' (đặt tay)' : ''}`,
      ...t.warnings.map((w) => `    ! ${shown(w.message)}`),
    ].join('\n'),
  );
  return [...head, ...rows].join('\n');
}
