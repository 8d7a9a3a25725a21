import { useTranslation } from 'react-i18next';
import { columnLabelEn, windowLabel } from '../../../../shared/domain/compliance/labels';
import type { ComplianceWarning } from '../../../../shared/domain/compliance-types';
import type { PeriodColumn } from '../../../../shared/domain/periods';

/**
 * Theo dõi's words that come from the domain (window labels, column headers, warnings) in the interface's language:
 * the domain words them in Vietnamese for reports and the CLI; in English mode they are worded here.
 */
export function useComplianceWords() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const when = (from: string, to: string, refYear: number) => windowLabel(from, to, refYear, en ? 'en' : 'vi');
  return {
    when,
    column: (c: PeriodColumn) => (en ? columnLabelEn(c.key) : { label: c.label, short: c.short }),
    /** The period in view ("Quý II/2020"): in English from its spec ("Q2 2020"), or from its dates. */
    period: (p: { label: string; from: string; to: string }, spec: string | null) => {
      if (!en) return p.label;
      const half = spec ? /^(\d{4})-H([12])$/.exec(spec) : null;
      if (half) return t('compliance.periodHalf', { year: half[1], n: half[2] });
      if (spec && /^\d{4}$/.test(spec)) return t('compliance.periodYear', { year: spec });
      if (spec && /^\d{4}-(Q[1-4]|\d{2})$/.test(spec)) return columnLabelEn(spec).label;
      const w = windowLabel(p.from, p.to, 0, 'en');
      return w.charAt(0).toUpperCase() + w.slice(1);
    },
    warning: (w: ComplianceWarning, refYear: number) =>
      en ? t(`compliance.warn.${w.code}`, { code: w.taskCode, when: when(w.from, w.to, refYear), ...(w.figures ?? {}) }) : w.message,
  };
}
