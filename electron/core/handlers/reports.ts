import type { CoreContext } from '../context';
import type { DomainHandlers } from './types';
import type { reportsContract } from '../../../shared/contract/reports';
import * as reports from '../services/reports-service';
import * as texts from '../services/reports-texts';

export function reportsHandlers(ctx: CoreContext): DomainHandlers<typeof reportsContract> {
  return {
    'reports:preview': (input) => reports.previewReport(ctx, input),
    'reports:texts': (input) => texts.startingTexts(ctx, input.planId),
    'reports:saveTexts': (input) => texts.saveDraftTexts(ctx, input.planId, input.texts),
    'reports:export': (input) => reports.exportReport(ctx, input),
    'reports:history': (input) => reports.reportHistory(ctx, input.planId),
    'reports:settings': () => texts.getReportSettings(ctx),
    'reports:saveSettings': (input) => texts.saveReportSettings(ctx, input),
    'reports:open': (input) => reports.openExport(ctx, input.id, input.target),
  };
}
