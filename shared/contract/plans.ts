import { z } from 'zod';
import { command, empty, query } from './define';
import { id, isoDate, requiredText, text } from './fields';
import { cadenceSchema } from '../domain/plan/export-format';
import { PLAN_LIMITS as L } from '../domain/plan/limits';
import type { Agency, Plan, PlanTask } from '../domain/types';
import type { ImportFormat, ImportIssue, ImportLayout } from '../domain/plan/import-types';

/** What `plans:find` answers: the one plan a reference names (and the task, when a code was given). */
export interface PlanFound {
  id: string;
  number: string;
  year: number;
  taskId: string | null;
}

/** A plan in the list of plans. */
export interface PlanSummaryView {
  id: string;
  issuer: string;
  number: string;
  year: number;
  /** The last year of a plan with a period. */
  yearTo?: number;
  date: string | null;
  title: string;
  taskCount: number;
  /** Tasks needing a look: unreadable timeframe or unknown agency. */
  warningCount: number;
}

/** A task as the plan page shows it: cadence in words, agencies by their directory names, warnings. */
export interface TaskView extends PlanTask {
  cadenceText: string;
  leadsDisplay: string[];
  partnersDisplay: string[];
  warnings: ImportIssue[];
}

export interface PlanDetail {
  plan: Plan & { source: string | null };
  tasks: TaskView[];
}

export type TaskChange = 'create' | 'update' | 'same';

export interface ImportPreview {
  format: ImportFormat;
  planId: string;
  /** The plan is already in the database: importing updates it in place. */
  exists: boolean;
  plan: Omit<Plan, 'orgId'>;
  tasks: Array<TaskView & { change: TaskChange; row: number | null }>;
  created: number;
  updated: number;
  unchanged: number;
  /** Tasks already in the plan that the file does not list: kept as they are. */
  kept: number;
  /** Agency names the directory does not know yet: added when the import is confirmed. */
  newAgencies: string[];
  issues: ImportIssue[];
  /** How the table was read (header, columns, skipped rows, sections, merged cells); absent for the app's own plan file. */
  layout?: ImportLayout;
}

export interface ImportResult {
  planId: string;
  created: number;
  updated: number;
  warnings: string[];
  dryRun: boolean;
  /** A dry run says what the import would do, as the preview does. */
  preview?: ImportPreview;
}

export interface AgencyView extends Agency {
  /** How many task cells name this agency (by its name or an alias). */
  usage: number;
}

/** Base64 of a file of at most 20 MB, with room for the service to say "too big" itself. */
const MAX_BASE64 = 28_000_000;

const importInput = z
  .object({
    fileName: requiredText(255),
    contentBase64: z
      .string({ error: 'Thiếu nội dung tệp.' })
      .max(MAX_BASE64, { error: 'Tệp quá lớn: chỉ nhận tệp kế hoạch đến 20 MB.' })
      .regex(/^[A-Za-z0-9+/=\r\n]*$/, { error: 'Nội dung tệp không đúng dạng base64.' }),
    issuer: text(300).optional(),
    number: text(100).optional(),
    year: z.number({ error: 'Năm phải là số.' }).int().min(1900, { error: 'Năm không hợp lệ.' }).max(2200, { error: 'Năm không hợp lệ.' }).optional(),
    yearTo: z.number({ error: 'Năm phải là số.' }).int().min(1900, { error: 'Năm không hợp lệ.' }).max(2200, { error: 'Năm không hợp lệ.' }).optional(),
    title: text(1000).optional(),
  })
  .strict();

const names = z.array(requiredText(L.agencyName)).max(L.agenciesPerCell, { error: `Tối đa ${L.agenciesPerCell} cơ quan.` });

export const plansContract = {
  'plans:list': query<PlanSummaryView[]>()(empty),
  'plans:get': query<PlanDetail>()(z.object({ id }).strict()),
  /** A plan named the way people name it ("259/KH-UBND", "259", its id), and optionally one of its tasks by code. */
  'plans:find': query<PlanFound>()(z.object({ ref: requiredText(L.number + 60), taskCode: requiredText(L.taskCode).optional() }).strict()),
  'plans:previewImport': query<ImportPreview>()(importInput),
  'plans:import': command<ImportResult>()(importInput.extend({ dryRun: z.boolean().default(false) }).strict()),
  'plans:loadBuiltin': command<ImportResult>()(empty),
  'plans:update': command<PlanDetail>()(
    z
      .object({
        id,
        issuer: requiredText(L.issuer).optional(),
        number: requiredText(L.number).optional(),
        date: isoDate.nullable().optional(),
        title: text(L.title).optional(),
        basedOn: z.array(requiredText(L.basedOnLine)).max(L.basedOnLines).optional(),
      })
      .strict(),
  ),
  'plans:updateTask': command<TaskView>()(
    z
      .object({
        id,
        code: requiredText(L.taskCode).optional(),
        title: requiredText(L.taskTitle).optional(),
        product: text(L.taskProduct).optional(),
        leads: names.optional(),
        partners: names.optional(),
        timeframe: text(L.taskTimeframe).optional(),
      })
      .strict(),
  ),
  /** A person's cadence for a task; null goes back to the cadence read from the timeframe. */
  'plans:setCadence': command<TaskView>()(z.object({ id, cadence: cadenceSchema.nullable() }).strict()),
  'plans:copyToYear': command<PlanDetail>()(
    z
      .object({
        id,
        year: z.number({ error: 'Năm phải là số.' }).int().min(1900).max(2200, { error: 'Năm không hợp lệ.' }),
        number: text(100).optional(),
      })
      .strict(),
  ),
  'plans:delete': command<{ deleted: number }>()(z.object({ id }).strict()),
  /** Make this organisation the steward of a plan local to this install (the built-in sample), so it syncs. */
  'plans:publish': command<{ published: number }>()(z.object({ id }).strict()),
  /** Hand a plan this organisation stewards (and its tasks) to another organisation. */
  'plans:transfer': command<{ transferred: number }>()(z.object({ id, toOrgId: id }).strict()),
  'plans:export': query<{ fileName: string; json: string }>()(z.object({ id }).strict()),
  'agencies:list': query<AgencyView[]>()(empty),
  'agencies:add': command<AgencyView>()(z.object({ name: requiredText(500), aliases: names.default([]) }).strict()),
  'agencies:rename': command<AgencyView>()(z.object({ id, name: requiredText(500) }).strict()),
  'agencies:setAliases': command<AgencyView>()(z.object({ id, aliases: names }).strict()),
  'agencies:merge': command<AgencyView>()(z.object({ sourceId: id, targetId: id }).strict()),
};
