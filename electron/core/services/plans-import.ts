import type { CoreContext } from '../context';
import { LOCAL_ORG } from '../../../shared/domain/sync/ownership';
import type { ImportPreview, ImportResult, TaskChange } from '../../../shared/contract/plans';
import { AppError } from '../../../shared/contract/errors';
import { AgencyIndex } from '../../../shared/domain/plan/agencies';
import { buildPlanDraft, type PlanDraft, type PlanFields } from '../../../shared/domain/plan/build-plan';
import { agencyIdOf, taskCodeKey } from '../../../shared/domain/plan/ids';
import type { ParsedPlanFile, PlanMeta } from '../../../shared/domain/plan/import-types';
import type { Agency, PlanTask } from '../../../shared/domain/types';
import { seedAgencies } from '../plans/agency-seed';
import { parsePlanFile } from '../plans/import/parse-plan-file';
import { getPlan, listAgencies, listTasks } from '../plans/plan-repo';
import { agencyWrites, planCreateWrites, planMetaWrite, sameValue, taskCreateWrites, taskUpdateWrites } from '../plans/plan-writes';
import { taskView } from '../plans/views';
import type { LocalWrite } from '../sync/write-path';

export interface ImportOverrides {
  issuer?: string | undefined;
  number?: string | undefined;
  year?: number | undefined;
  /** The last year of a plan with a period (--years 2026-2030). */
  yearTo?: number | undefined;
  title?: string | undefined;
}

const META_LABELS = { issuer: 'cơ quan ban hành (--issuer)', number: 'số kế hoạch (--number)', year: 'năm (--year)' };

function decodeBase64(data: string): Uint8Array {
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/** The directory with the agencies a plan file carries (the app's own export) and the shipped seed behind it. */
function indexWith(existing: Agency[], parsed: ParsedPlanFile, issuer: string | undefined): AgencyIndex {
  const extra = [...parsed.agencies, ...seedAgencies(issuer)].map((a) => ({ id: agencyIdOf(a.name), name: a.name, aliases: a.aliases }));
  return new AgencyIndex([...existing, ...extra]);
}

function draftOf(ctx: CoreContext, parsed: ParsedPlanFile, overrides: ImportOverrides, file: string): PlanDraft {
  const clean: Partial<PlanMeta> = {};
  if (overrides.issuer?.trim()) clean.issuer = overrides.issuer;
  if (overrides.number?.trim()) clean.number = overrides.number;
  if (overrides.year) clean.year = overrides.year;
  if (overrides.yearTo) clean.yearTo = overrides.yearTo;
  if (overrides.title?.trim()) clean.title = overrides.title;
  const first = clean.year ?? parsed.meta.year;
  if (clean.yearTo && first && (clean.yearTo <= first || clean.yearTo - first > 20)) {
    throw new AppError('invalid_input', `Năm cuối ${clean.yearTo} không hợp lệ cho kế hoạch bắt đầu năm ${first}: năm cuối phải sau năm đầu, tối đa 20 năm.`, {
      file,
      field: 'yearTo',
    });
  }
  const result = buildPlanDraft(parsed, clean, indexWith(listAgencies(ctx.db), parsed, clean.issuer ?? parsed.meta.issuer ?? undefined));
  if (!result.ok) {
    throw new AppError(
      'invalid_input',
      `Tệp «${file}» không cho biết ${result.missing.map((m) => META_LABELS[m]).join(', ')} của kế hoạch. Hãy nhập các thông tin đó rồi thử lại.`,
      { file, field: result.missing[0], missing: result.missing },
    );
  }
  return result.draft;
}

/** On a re-import, what the file leaves empty (a bare table has no title or date) keeps its stored value. */
function mergedPlan(stored: PlanFields | null, draft: PlanFields): PlanFields {
  if (!stored) return draft;
  return {
    ...draft,
    date: draft.date ?? stored.date,
    title: draft.title || stored.title,
    basedOn: draft.basedOn.length > 0 ? draft.basedOn : stored.basedOn,
  };
}

/** A person's cadence survives a re-import of the plain table; the app's own file may carry its own. */
function mergedTask(stored: PlanTask | undefined, incoming: PlanTask): PlanTask {
  if (!stored) return incoming;
  const keep = stored.cadenceOverridden && !incoming.cadenceOverridden;
  return keep ? { ...incoming, cadence: stored.cadence, cadenceOverridden: true } : incoming;
}

interface Plan {
  draft: PlanDraft;
  plan: PlanFields;
  exists: boolean;
  changes: Array<{ task: PlanTask; change: TaskChange; writes: LocalWrite[] }>;
  kept: number;
  newAgencies: string[];
  carriedAgencies: Array<{ name: string; aliases: string[] }>;
}

/** Everything an import would do, computed without writing (the preview and the dry run are this). */
function planImport(ctx: CoreContext, parsed: ParsedPlanFile, overrides: ImportOverrides, file: string, orgId = ctx.requireOrgId()): Plan {
  const draft = draftOf(ctx, parsed, overrides, file);
  const stored = getPlan(ctx.db, draft.plan.id);
  const storedTasks = stored ? listTasks(ctx.db, stored.id) : [];
  const byKey = new Map(storedTasks.map((t) => [taskCodeKey(t.code), t]));
  const changes = draft.tasks.map((incoming) => {
    const before = byKey.get(taskCodeKey(incoming.code));
    const task = mergedTask(before, before ? { ...incoming, id: before.id } : incoming);
    if (!before) return { task, change: 'create' as const, writes: taskCreateWrites(orgId, task) };
    const writes = taskUpdateWrites(orgId, before, task);
    return { task, change: writes.length > 0 ? ('update' as const) : ('same' as const), writes };
  });
  const incomingKeys = new Set(draft.tasks.map((t) => taskCodeKey(t.code)));
  const existing = new AgencyIndex(listAgencies(ctx.db));
  const named = draft.tasks.flatMap((t) => [...t.leads, ...t.partners]);
  const unknown = (a: { name: string; aliases: string[] }) => !existing.resolve(a.name) && a.aliases.every((x) => !existing.resolve(x));
  // The file's own directory entries (the app's export) come in whole; the shipped seed only where a task names it.
  const fromFile = parsed.agencies.filter(unknown);
  const fileIndex = new AgencyIndex(fromFile.map((a) => ({ id: agencyIdOf(a.name), ...a })));
  const seedIndex = new AgencyIndex(
    seedAgencies(draft.plan.issuer)
      .filter(unknown)
      .map((a) => ({ id: agencyIdOf(a.name), ...a })),
  );
  const fromSeed = new Map<string, { name: string; aliases: string[] }>();
  for (const n of named) {
    const hit = fileIndex.resolve(n) ? undefined : seedIndex.resolve(n);
    if (hit) fromSeed.set(hit.id, { name: hit.name, aliases: hit.aliases });
  }
  const carriedAgencies = [...fromFile, ...fromSeed.values()];
  const carried = new AgencyIndex(carriedAgencies.map((a) => ({ id: agencyIdOf(a.name), ...a })));
  const newAgencies = [...new Map(named.filter((n) => !existing.resolve(n) && !carried.resolve(n)).map((n) => [agencyIdOf(n), n])).values()];
  return {
    draft,
    plan: mergedPlan(stored, draft.plan),
    exists: stored !== null,
    changes,
    kept: storedTasks.filter((t) => !incomingKeys.has(taskCodeKey(t.code))).length,
    newAgencies,
    carriedAgencies,
  };
}

function refuseOnErrors(parsed: ParsedPlanFile, file: string): void {
  const errors = parsed.issues.filter((i) => i.level === 'error');
  if (errors.length === 0) return;
  const shown = errors
    .slice(0, 5)
    .map((e) => e.message)
    .join(' ');
  throw new AppError(
    'import_failed',
    `Tệp «${file}» có ${errors.length} dòng lỗi nên chưa nhập gì: ${shown}${errors.length > 5 ? ' …' : ''} Hãy sửa tệp rồi nhập lại.`,
    {
      file,
      row: errors[0]!.row ?? undefined,
      field: errors[0]!.field ?? undefined,
      issues: errors.map((e) => ({ field: `${e.row ?? ''}.${e.field ?? ''}`, message: e.message })),
    },
  );
}

function previewParsed(ctx: CoreContext, parsed: ParsedPlanFile, overrides: ImportOverrides, file: string): ImportPreview {
  const p = planImport(ctx, parsed, overrides, file);
  const index = indexWith(listAgencies(ctx.db), parsed, p.plan.issuer);
  const rowOf = new Map(parsed.rows.map((r) => [taskCodeKey(r.code), r.row]));
  return {
    format: parsed.format,
    planId: p.plan.id,
    exists: p.exists,
    plan: p.plan,
    tasks: p.changes.map((c) => ({ ...taskView(c.task, index), change: c.change, row: rowOf.get(taskCodeKey(c.task.code)) ?? null })),
    created: p.changes.filter((c) => c.change === 'create').length,
    updated: p.changes.filter((c) => c.change === 'update').length,
    unchanged: p.changes.filter((c) => c.change === 'same').length,
    kept: p.kept,
    newAgencies: p.newAgencies,
    issues: p.draft.issues,
    ...(parsed.layout ? { layout: parsed.layout } : {}),
  };
}

/**
 * Imports (or with dryRun only counts) a parsed plan file as one transaction: the plan is created
 * or updated in place (same deterministic ids), tasks are created or updated, tasks the file does not
 * list are kept, unknown agencies join the directory. Any row error refuses the whole file.
 */
/** Source of the built-in sample plan's rows (plans-builtin.ts). */
export const BUILTIN_SOURCE_PREFIX = 'builtin:';

export function applyParsed(ctx: CoreContext, parsed: ParsedPlanFile, overrides: ImportOverrides, file: string, dryRun: boolean, source: string): ImportResult {
  const run = (): ImportResult => {
    refuseOnErrors(parsed, file);
    // The built-in sample stays on this install (LOCAL_ORG) until an organisation publishes it.
    const orgId = source.startsWith(BUILTIN_SOURCE_PREFIX) ? LOCAL_ORG : ctx.requireOrgId();
    const p = planImport(ctx, parsed, overrides, file, orgId);
    const result: ImportResult = {
      planId: p.plan.id,
      created: p.changes.filter((c) => c.change === 'create').length,
      updated: p.changes.filter((c) => c.change === 'update').length,
      warnings: p.draft.issues.filter((i) => i.level === 'warning').map((i) => i.message),
      dryRun,
      ...(dryRun ? { preview: previewParsed(ctx, parsed, overrides, file) } : {}),
    };
    if (dryRun) return result;
    const writes: LocalWrite[] = [];
    const stored = getPlan(ctx.db, p.plan.id);
    if (!stored) writes.push(...planCreateWrites(orgId, p.plan, ctx.now().toISOString(), source));
    else {
      const meta = planMetaWrite(p.plan, source, orgId);
      const before = planMetaWrite(stored, stored.source, orgId);
      if (!sameValue({ ...meta.value, source: null }, { ...before.value, source: null })) writes.push(meta);
    }
    for (const c of p.changes) writes.push(...c.writes);
    for (const a of p.carriedAgencies) writes.push(...agencyWrites(orgId, agencyIdOf(a.name), a.name, a.aliases, true));
    for (const name of p.newAgencies) writes.push(...agencyWrites(orgId, agencyIdOf(name), name, [], true));
    if (writes.length > 0) ctx.write(writes);
    return result;
  };
  const result = dryRun ? run() : ctx.transact(run);
  if (!dryRun) ctx.emit({ type: 'changed', payload: { domain: 'plans', planId: result.planId } });
  return result;
}

export async function previewImport(ctx: CoreContext, input: { fileName: string; contentBase64: string } & ImportOverrides): Promise<ImportPreview> {
  const parsed = await parsePlanFile(decodeBase64(input.contentBase64), input.fileName);
  return previewParsed(ctx, parsed, input, input.fileName);
}

export async function importPlan(
  ctx: CoreContext,
  input: { fileName: string; contentBase64: string; dryRun?: boolean } & ImportOverrides,
): Promise<ImportResult> {
  const parsed = await parsePlanFile(decodeBase64(input.contentBase64), input.fileName);
  return applyParsed(ctx, parsed, input, input.fileName, input.dryRun ?? false, input.fileName);
}
