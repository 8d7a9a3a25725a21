import { z } from 'zod';
import { command, query } from './define';
import { id, isoDate, text } from './fields';
import type { Amendment, ComplianceReport, MonthClose, PlanSummary } from '../domain/compliance-types';
import type { ComplianceMatrix } from '../domain/compliance/matrix';
import type { Period } from '../domain/periods';
import type { IsoDate, ItemKind, ItemStatus, LocalTime, Outlet } from '../domain/types';

/** What the "Theo dõi" screen shows for one plan, period and as-of date. */
export interface ComplianceView {
  period: Period;
  report: ComplianceReport;
  matrix: ComplianceMatrix;
  closes: MonthClose[];
}

/** One item as listed under a matrix cell or a warning. */
export interface ComplianceItem {
  id: string;
  title: string;
  kind: ItemKind;
  outlet: Outlet;
  status: ItemStatus;
  plannedDate: IsoDate;
  plannedTime: LocalTime | null;
  doneAt: IsoDate | null;
  taskCodes: string[];
}

const periodSpec = z
  .string({ error: 'Kỳ báo cáo phải là văn bản.' })
  .regex(/^\d{4}(-(H[12]|Q[1-4]|\d{2}))?$/i, { error: 'Kỳ báo cáo dạng 2020, 2020-H1, 2020-Q3 hoặc 2020-05.' });

export const monthKeySchema = z
  .string({ error: 'Tháng phải có dạng yyyy-MM.' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Tháng không hợp lệ (dạng yyyy-MM, ví dụ 2020-05).' });

/** A period is either a spec ("2020-Q3") or a from/to range; as-of defaults to today. */
const periodInput = {
  planId: id,
  period: periodSpec.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  asOf: isoDate.optional(),
};

export const complianceContract = {
  /** Plans that can be tracked, newest year first. */
  'compliance:plans': query<PlanSummary[]>()(z.object({}).strict()),
  /** With `orgId`, only that organisation's items count (the Home Affairs view, one matrix per organisation). */
  'compliance:view': query<ComplianceView>()(
    z
      .object({
        ...periodInput,
        granularity: z.enum(['month', 'quarter'], { error: 'Chọn theo tháng hoặc theo quý.' }).default('month'),
        orgId: id.optional(),
      })
      .strict(),
  ),
  'compliance:items': query<ComplianceItem[]>()(z.object({ planId: id, ids: z.array(id).max(5000, { error: 'Quá nhiều mục (tối đa 5000).' }) }).strict()),
  'compliance:closes': query<MonthClose[]>()(z.object({ planId: id }).strict()),
  'compliance:amendments': query<Amendment[]>()(z.object({ planId: id, month: monthKeySchema.optional() }).strict()),
  'compliance:closeMonth': command<MonthClose>()(z.object({ planId: id, month: monthKeySchema, note: text(1000).default('') }).strict()),
  'compliance:reopenMonth': command<{ planId: string; month: string }>()(z.object({ planId: id, month: monthKeySchema }).strict()),
};
