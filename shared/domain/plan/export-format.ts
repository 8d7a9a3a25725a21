import { z } from 'zod';
import { isValidIsoDate } from '../dates';
import { PLAN_LIMITS as L } from './limits';

/**
 * The app's own plan file: how a plan travels from one install to another, and how the
 * built-in plan ships in resources/plans/. Versioned; readers refuse versions they do not know.
 */
export const PLAN_FILE_FORMAT = 'lich-tuyen-truyen/plan';
export const PLAN_FILE_VERSION = 1;

const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC'));
const date = z.string().refine(isValidIsoDate, { error: 'Ngày phải có dạng yyyy-MM-dd.' });

const windowSchema = z.object({ from: date, to: date, count: z.number().int().min(1).max(999) }).strict();
export const cadenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('windows'), windows: z.array(windowSchema).max(400) }).strict(),
  z.object({ kind: z.literal('ongoing') }).strict(),
  z.object({ kind: z.literal('unknown'), text: text(2000) }).strict(),
]);

const planFileTaskSchema = z
  .object({
    code: text(L.taskCode).refine((s) => s.trim().length > 0, { error: 'Thiếu STT.' }),
    title: text(L.taskTitle).refine((s) => s.trim().length > 0, { error: 'Thiếu nội dung nhiệm vụ.' }),
    product: text(L.taskProduct).default(''),
    leads: z.array(text(L.agencyName)).max(L.agenciesPerCell).default([]),
    partners: z.array(text(L.agencyName)).max(L.agenciesPerCell).default([]),
    /** The appendix section the task stands under (issue 17). */
    section: text(L.section).optional(),
    timeframe: text(L.taskTimeframe).default(''),
    cadence: cadenceSchema.optional(),
    cadenceOverridden: z.boolean().default(false),
  })
  .strict();

export const planFileSchema = z
  .object({
    format: z.literal(PLAN_FILE_FORMAT),
    version: z.literal(PLAN_FILE_VERSION, { error: 'Tệp kế hoạch của phiên bản khác, chưa đọc được.' }),
    plan: z
      .object({
        issuer: text(L.issuer).refine((s) => s.trim().length > 0, { error: 'Thiếu cơ quan ban hành.' }),
        number: text(L.number).refine((s) => s.trim().length > 0, { error: 'Thiếu số kế hoạch.' }),
        date: date.nullable().default(null),
        year: z.number().int().min(1900).max(2200),
        /** The last year of a plan with a period (issue 17). */
        yearTo: z.number().int().min(1900).max(2200).optional(),
        title: text(L.title).default(''),
        basedOn: z.array(text(L.basedOnLine)).max(L.basedOnLines).default([]),
      })
      .strict(),
    tasks: z.array(planFileTaskSchema).max(2000),
    agencies: z
      .array(z.object({ name: text(500), aliases: z.array(text(500)).max(50).default([]) }).strict())
      .max(5000)
      .default([]),
  })
  .strict();

export type PlanFileInput = z.input<typeof planFileSchema>;
