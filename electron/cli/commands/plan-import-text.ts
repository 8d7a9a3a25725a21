import type { ImportPreview } from '../../../shared/contract/plans';
import { TASK_FIELD_LABELS, type ImportLayout, type SkippedReason } from '../../../shared/domain/plan/import-types';

const REASONS: Record<SkippedReason, string> = {
  numbering: 'hàng đánh số cột',
  repeated_header: 'hàng tiêu đề lặp lại',
  section: 'đề mục',
  prose: 'dòng chữ không thuộc bảng',
};

function rowList(rows: readonly number[]): string {
  return rows.length > 8 ? `${rows.slice(0, 8).join(', ')}, … (${rows.length} dòng)` : rows.join(', ');
}

function layoutLines(layout: ImportLayout): string[] {
  const out = [`Hàng tiêu đề: dòng ${layout.headerRows.join(' và ')}`];
  const used = layout.columns.filter((c) => c.use === 'field');
  out.push(`Cột đã nhận: ${used.map((c) => `«${c.header}» → ${TASK_FIELD_LABELS[c.field!]}`).join('; ')}`);
  const kept = layout.columns.filter((c) => c.use === 'kept');
  if (kept.length) out.push(`Cột giữ nguyên trong tệp, không đọc: ${kept.map((c) => `«${c.header}»`).join('; ')}`);
  const ignored = layout.columns.filter((c) => c.use === 'ignored');
  if (ignored.length) out.push(`Cột không nhận ra, bỏ qua: ${ignored.map((c) => `«${c.header}»`).join('; ')}`);
  const skipped = layout.skipped.filter((s) => s.reason !== 'section');
  if (skipped.length) {
    out.push(`Dòng bỏ qua (${skipped.length}):`);
    for (const s of skipped) out.push(`  - dòng ${s.row}: ${REASONS[s.reason]} «${s.text}»`);
  }
  // A value merged over several rows, said once per group: "«Quý II/2025» (Thời gian…) ghi ở dòng 8, áp cho dòng 9, 10".
  const groups = new Map<string, { field: string; value: string; from: number; rows: number[] }>();
  for (const c of layout.carried) {
    const key = `${c.field}\u0000${c.fromRow}`;
    const g = groups.get(key) ?? { field: TASK_FIELD_LABELS[c.field], value: c.value, from: c.fromRow, rows: [] };
    g.rows.push(c.row);
    groups.set(key, g);
  }
  if (groups.size) {
    out.push('Ô gộp (một giá trị cho cả nhóm dòng):');
    for (const g of groups.values()) out.push(`  - «${g.value.replace(/\n/g, '; ')}» (cột ${g.field}) ghi ở dòng ${g.from}, áp cho dòng ${rowList(g.rows)}`);
  }
  return out;
}

/** What an import would do, in the words of the preview: sections, columns, skipped rows, each timeframe. */
export function previewText(p: ImportPreview): string[] {
  const years = p.plan.yearTo ? `${p.plan.year}–${p.plan.yearTo}` : String(p.plan.year);
  const out = [`Kế hoạch: ${p.plan.number} — ${p.plan.issuer} — năm ${years}${p.exists ? ' (đã có, sẽ cập nhật)' : ' (mới)'}`];
  if (p.layout) out.push(...layoutLines(p.layout));
  const bySection = new Map<string, number>();
  for (const t of p.tasks) bySection.set(t.section ?? '', (bySection.get(t.section ?? '') ?? 0) + 1);
  if (bySection.size > 1 || !bySection.has('')) {
    out.push(`Nhiệm vụ theo mục (${p.tasks.length}):`);
    for (const [section, n] of bySection) out.push(`  - ${section || '(không thuộc mục nào)'}: ${n}`);
  }
  out.push('Thời gian của từng nhiệm vụ:');
  for (const t of p.tasks) {
    const flag = t.cadence.kind === 'unknown' ? '  ! ' : '    ';
    const read = t.cadence.kind === 'unknown' ? 'chưa đọc được, cần đặt nhịp bằng tay (ltt hoặc trang Kế hoạch)' : t.cadenceText;
    out.push(`${flag}${t.code}${t.row !== null ? ` (dòng ${t.row})` : ''}: «${t.timeframe || '—'}» → ${read}`);
  }
  return out;
}
