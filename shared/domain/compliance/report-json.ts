import type { ComplianceReport } from '../compliance-types';
import { sumCounts, windowCounts, type ReportCounts } from './counts';

/** Done items proven by a log line and marked by hand (report/proof-split.ts counts them). */
export interface ProofCounts {
  byLog: number;
  byHand: number;
}

function sumProof(list: ReadonlyArray<ProofCounts | undefined>): ProofCounts {
  return list.reduce<ProofCounts>((a, p) => ({ byLog: a.byLog + (p?.byLog ?? 0), byHand: a.byHand + (p?.byHand ?? 0) }), { byLog: 0, byHand: 0 });
}

/** Totals of the report arithmetic over the tasks (an item serving two tasks counts for each). */
export function reportTotals(report: ComplianceReport): ReportCounts & { required: number } {
  const t = sumCounts(report.tasks.map((x) => x.counts));
  return { ...t, required: t.required ?? 0 };
}

const countFields = (c: ReportCounts) => ({ required: c.required, onTime: c.onTime, late: c.late, missing: c.missing, notYetDue: c.notYetDue, extra: c.extra });

/**
 * The exact JSON document of `ltt report --format json`: only these keys, in this order, so scripts
 * reading it can rely on the shape. Per task and in `totals`: required = onTime + late + missing +
 * notYetDue, with `extra` apart (counts.ts); an ongoing task's `required` is null. Given the proof
 * (taskProofCounts), each task and the totals end with `proof: { byLog, byHand }`.
 */
export function toReportJson(report: ComplianceReport, scope?: ReportScopeJson, proof?: ReadonlyMap<string, ProofCounts>) {
  const totals = reportTotals(report);
  // Issue 21: with the items' proof, each task's done items split (log line / by hand), summed in totals like the other counts.
  const proofOf = (taskId: string) => (proof ? { proof: proof.get(taskId) ?? { byLog: 0, byHand: 0 } } : {});
  const proofTotals = proof ? { proof: sumProof(report.tasks.map((t) => proof.get(t.taskId))) } : {};
  return {
    plan: report.plan,
    from: report.from,
    to: report.to,
    asOf: report.asOf,
    scope: scope ?? { kind: 'plan' as const, organisation: null, taskCodes: report.tasks.map((t) => t.code) },
    tasks: report.tasks.map((t) => ({
      code: t.code,
      title: t.title,
      status: t.status,
      ...countFields(t.counts),
      windows: t.windows.map((w) => ({
        from: w.from,
        to: w.to,
        count: w.count,
        planned: w.planned,
        status: w.status,
        ...countFields(windowCounts(w, report.asOf)),
      })),
      ...proofOf(t.taskId),
    })),
    totals: { ...countFields(totals), byKind: report.totals.byKind, byOutlet: report.totals.byOutlet, ...proofTotals },
    warnings: report.warnings.map((w) => ({ code: w.code, severity: w.severity, taskCode: w.taskCode, from: w.from, to: w.to, message: w.message })),
  };
}

/** Which tasks the report covers: the organisation's own (default) or the whole plan (`--all-tasks`). */
export interface ReportScopeJson {
  kind: 'organisation' | 'plan';
  organisation: string | null;
  taskCodes: string[];
}
