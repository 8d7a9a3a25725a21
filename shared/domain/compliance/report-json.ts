import type { ComplianceReport } from '../compliance-types';

/**
 * The exact JSON document of `ltt report --format json` (issue 5): only these keys, in this order,
 * so scripts reading it can rely on the shape.
 */
export function toReportJson(report: ComplianceReport) {
  return {
    plan: report.plan,
    from: report.from,
    to: report.to,
    asOf: report.asOf,
    tasks: report.tasks.map((t) => ({
      code: t.code,
      title: t.title,
      status: t.status,
      required: t.required,
      done: t.done,
      late: t.late,
      windows: t.windows.map((w) => ({ from: w.from, to: w.to, count: w.count, done: w.done, late: w.late, planned: w.planned, status: w.status })),
    })),
    totals: { byKind: report.totals.byKind, byOutlet: report.totals.byOutlet },
    warnings: report.warnings.map((w) => ({ code: w.code, severity: w.severity, taskCode: w.taskCode, from: w.from, to: w.to, message: w.message })),
  };
}

export type ReportJson = ReturnType<typeof toReportJson>;
