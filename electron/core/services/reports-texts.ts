import {
  REPORT_SETTING_KEYS,
  defaultReportTexts,
  reportSettingValues,
  reportSettingsFrom,
  type ReportSettings,
  type ReportTexts,
} from '../../../shared/domain/report';
import { reportSettingsSchema, type TextsSource } from '../../../shared/contract/reports';
import { AppError } from '../../../shared/contract/errors';
import { CUTOFF_KINDS } from '../../../shared/domain/report/cutoff';
import { zodToAppError } from '../validation';
import type { CoreContext } from '../context';
import * as settingsRepo from '../db/settings-repo';
import * as history from '../reports/history/history-repo';
import { requirePlan } from './compliance-service';

/** Report header settings (bodies, number pattern, place, signer, recipients), defaults filled in. */
export function getReportSettings(ctx: CoreContext): ReportSettings {
  return reportSettingsFrom(settingsRepo.all(ctx.db));
}

export function saveReportSettings(ctx: CoreContext, settings: ReportSettings): ReportSettings {
  checkReportSettingValues(ctx, reportSettingValues(settings));
  ctx.transact(() => {
    for (const [key, value] of Object.entries(reportSettingValues(settings))) settingsRepo.set(ctx.db, key, value);
  });
  return getReportSettings(ctx);
}

const REPORT_SETTING_KEY_LIST = Object.values(REPORT_SETTING_KEYS);

const CUTOFF_KEYS = CUTOFF_KINDS.map((k) => `report.cutoff.${k}`);

/**
 * IMPORTANT: the one check of report settings, whichever way they are written (the report settings form,
 * or the generic `settings:set` with raw keys): the stored values, merged with the new ones, must read back
 * as settings the form's schema accepts. Nothing is written when they do not.
 */
export function checkReportSettingValues(ctx: CoreContext, values: Readonly<Record<string, string>>): void {
  const keys = Object.keys(values).filter((k) => k.startsWith('report.'));
  if (keys.length === 0) return;
  for (const key of keys) {
    if (!REPORT_SETTING_KEY_LIST.includes(key as (typeof REPORT_SETTING_KEY_LIST)[number]) && !CUTOFF_KEYS.includes(key)) {
      throw new AppError('invalid_input', `Thiết lập "${key}" không có. Các thiết lập báo cáo: ${[...REPORT_SETTING_KEY_LIST, ...CUTOFF_KEYS].join(', ')}.`, {
        field: key,
      });
    }
    if (CUTOFF_KEYS.includes(key) && values[key]!.trim() !== '' && !/^(?:[1-9]|1\d|2[0-8])$/.test(values[key]!.trim())) {
      throw new AppError('invalid_input', `Thiết lập "${key}": ngày chốt số liệu từ 1 đến 28, hoặc để trống.`, { field: key });
    }
  }
  const merged = { ...settingsRepo.all(ctx.db), ...values };
  const parsed = reportSettingsSchema.safeParse(reportSettingsFrom(merged));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    const key = field in REPORT_SETTING_KEYS ? REPORT_SETTING_KEYS[field as keyof typeof REPORT_SETTING_KEYS] : field;
    // Named by its setting key (what `settings:set` was given), not by the form's field.
    const e = zodToAppError(parsed.error);
    const issues = (e.details?.issues ?? []) as Array<{ field: string; message: string }>;
    throw new AppError('invalid_input', `Thiết lập báo cáo "${key}": ${issues[0]?.message ?? e.message}`, { field: key, issues });
  }
}

/** The text sections to start from: the unsent draft, else the last exported report's, else the default wording. */
export function startingTexts(ctx: CoreContext, planId: string): { texts: ReportTexts; source: TextsSource } {
  const draft = history.getDraft(ctx.db, planId);
  if (draft) return { texts: draft.texts, source: 'draft' };
  const last = history.latestExport(ctx.db, planId);
  if (last) return { texts: last.texts, source: 'previous' };
  const { plan } = requirePlan(ctx, planId);
  return { texts: defaultReportTexts(plan), source: 'default' };
}

export function saveDraftTexts(ctx: CoreContext, planId: string, texts: ReportTexts): { texts: ReportTexts } {
  requirePlan(ctx, planId);
  ctx.transact(() => history.saveDraft(ctx.db, planId, texts, ctx.now().toISOString()));
  return { texts };
}
