import { REPORT_SETTING_KEYS, defaultReportTexts, reportSettingValues, reportSettingsFrom, type ReportSettings, type ReportTexts } from '../../../shared/domain/report';
import type { TextsSource } from '../../../shared/contract/reports';
import type { CoreContext } from '../context';
import * as settingsRepo from '../db/settings-repo';
import * as history from '../reports/history/history-repo';
import { requirePlan } from './compliance-service';

/** Report header settings (bodies, number pattern, place, signer, recipients), defaults filled in. */
export function getReportSettings(ctx: CoreContext): ReportSettings {
  return reportSettingsFrom(settingsRepo.all(ctx.db));
}

export function saveReportSettings(ctx: CoreContext, settings: ReportSettings): ReportSettings {
  ctx.transact(() => {
    for (const [key, value] of Object.entries(reportSettingValues(settings))) settingsRepo.set(ctx.db, key, value);
  });
  return getReportSettings(ctx);
}

export const REPORT_SETTING_KEY_LIST = Object.values(REPORT_SETTING_KEYS);

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
