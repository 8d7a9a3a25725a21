import { parseTimeframe } from '../cadence/parse-timeframe';
import type { Plan, PlanTask } from '../types';
import type { AgencyIndex } from './agencies';
import { normalisePlanNumber, planIdOf, taskIdOf } from './ids';
import type { ImportIssue, ParsedPlanFile, PlanMeta } from './import-types';
import { taskWarnings, unknownAgencyIssues } from './task-warnings';

export type PlanFields = Omit<Plan, 'orgId'>;

export interface PlanDraft {
  plan: PlanFields;
  tasks: PlanTask[];
  issues: ImportIssue[];
}

export type DraftResult = { ok: true; draft: PlanDraft } | { ok: false; missing: Array<'issuer' | 'number' | 'year'> };

/** The plan year when neither the user nor the document says it: the year most timeframes name. */
function yearFromTimeframes(timeframes: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const t of timeframes) for (const m of t.matchAll(/\b(19|20|21)\d{2}\b/g)) counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year;
  return best;
}

const tidy = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * A plan and its tasks, with deterministic ids, from a parsed file plus what the user typed
 * (which wins over what the file says). Issues: the file's own plus a warning per unreadable
 * timeframe and unknown agency.
 */
export function buildPlanDraft(parsed: ParsedPlanFile, overrides: Partial<PlanMeta>, agencies: AgencyIndex | null): DraftResult {
  const meta = { ...parsed.meta, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== null && v !== '')) };
  const issuer = tidy(meta.issuer);
  const number = meta.number ? normalisePlanNumber(meta.number) : '';
  const year = meta.year ?? yearFromTimeframes(parsed.rows.map((r) => r.timeframe));
  const yearTo = year && meta.yearTo && meta.yearTo > year ? meta.yearTo : null;
  const missing = [...(issuer ? [] : ['issuer' as const]), ...(number ? [] : ['number' as const]), ...(year ? [] : ['year' as const])];
  if (missing.length > 0 || !year) return { ok: false, missing };
  const planId = planIdOf(issuer, number, year);
  const issues = [...parsed.issues];
  const tasks = parsed.rows.map((r, index): PlanTask => {
    const task: PlanTask = {
      id: taskIdOf(planId, r.code),
      planId,
      code: r.code,
      title: r.title,
      product: r.product,
      leads: r.leads,
      partners: r.partners,
      timeframe: r.timeframe,
      ...(r.section ? { section: r.section } : {}),
      cadence: r.cadence ?? parseTimeframe(r.timeframe, year, yearTo ?? year),
      cadenceOverridden: r.cadenceOverridden ?? false,
      sortOrder: index,
    };
    issues.push(...taskWarnings(task, null, r.row));
    return task;
  });
  if (agencies) issues.push(...unknownAgencyIssues(parsed.rows, agencies));
  return {
    ok: true,
    draft: {
      plan: { id: planId, issuer, number, date: meta.date ?? null, year, ...(yearTo ? { yearTo } : {}), title: tidy(meta.title), basedOn: meta.basedOn ?? [] },
      tasks,
      issues,
    },
  };
}
