import { AppError } from '../../../../shared/contract/errors';
import { planFileSchema } from '../../../../shared/domain/plan/export-format';
import type { ParsedPlanFile } from '../../../../shared/domain/plan/import-types';

/** The app's own plan file (an export from another install, or the built-in plan). */
export function readPlanJson(text: string, file: string): ParsedPlanFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new AppError('import_failed', `Tệp «${file}» không phải JSON hợp lệ (${(e as Error).message}).`, { file });
  }
  return planFileToParsed(raw, file);
}

/** An already-parsed plan file object (also the built-in plan, bundled as JSON). */
export function planFileToParsed(raw: unknown, file: string): ParsedPlanFile {
  const parsed = planFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => ({ field: i.path.join('.'), message: i.message }));
    const first = issues[0]!;
    throw new AppError('import_failed', `Tệp «${file}» không phải tệp kế hoạch của Lịch Tuyên Truyền hoặc bị hỏng: ${first.field || 'tệp'}: ${first.message}`, {
      file,
      field: first.field,
      issues,
    });
  }
  const { plan, tasks, agencies } = parsed.data;
  return {
    format: 'json',
    meta: {
      issuer: plan.issuer,
      number: plan.number,
      date: plan.date,
      year: plan.year,
      ...(plan.yearTo ? { yearTo: plan.yearTo } : {}),
      title: plan.title,
      basedOn: plan.basedOn,
    },
    rows: tasks.map((t) => ({
      row: null,
      code: t.code.trim(),
      title: t.title,
      product: t.product,
      leads: t.leads,
      partners: t.partners,
      ...(t.section ? { section: t.section } : {}),
      timeframe: t.timeframe,
      ...(t.cadence ? { cadence: t.cadence } : {}),
      cadenceOverridden: t.cadenceOverridden,
    })),
    agencies,
    issues: [],
  };
}
