import { useTranslation } from 'react-i18next';
import { DateInput } from '../compliance/DateInput';
import { PeriodSelect } from '../compliance/PeriodSelect';

export interface ReportState {
  period: string | null;
  from: string | null;
  to: string | null;
  asOf: string;
  reportDate: string;
  number: string;
  cutoff: boolean;
  allTasks: boolean;
}

/** The period type of a spec: 2020 → year, 2020-H1 → half, 2020-Q3 → quarter, 2020-05 → month. */
export function specKind(spec: string | null): 'year' | 'half' | 'quarter' | 'month' | null {
  if (!spec) return null;
  if (/^\d{4}$/.test(spec)) return 'year';
  if (/-H[12]$/i.test(spec)) return 'half';
  if (/-Q[1-4]$/i.test(spec)) return 'quarter';
  return 'month';
}

/** Period (year, half, quarter, month or a range), as-of date, and what is printed: date and number. */
export function ReportControls({
  year,
  value,
  onChange,
  cutoffDay,
}: {
  year: number;
  value: ReportState;
  onChange: (next: ReportState) => void;
  cutoffDay: number | null;
}) {
  const { t } = useTranslation();
  const bad = t('reports.badDate');
  return (
    <div className="rp-controls" role="group" aria-label={t('reports.period')}>
      <PeriodSelect year={year} value={value} onChange={onChange} ns="reports" />
      <DateInput label={t('reports.asOf')} name="asOf" value={value.asOf} invalidMessage={bad} onChange={(asOf) => onChange({ ...value, asOf })} />
      <DateInput
        label={t('reports.reportDate')}
        name="reportDate"
        value={value.reportDate}
        invalidMessage={bad}
        onChange={(reportDate) => onChange({ ...value, reportDate })}
      />
      <label className="cm-field">
        <span>{t('reports.number')}</span>
        <input
          name="number"
          size={6}
          value={value.number}
          placeholder="…"
          title={t('reports.numberHint')}
          onChange={(e) => onChange({ ...value, number: e.target.value.trim() })}
        />
      </label>
      {cutoffDay !== null ? (
        <label className="choice rp-use-cutoff">
          <input type="checkbox" name="cutoff" checked={value.cutoff} onChange={(e) => onChange({ ...value, cutoff: e.target.checked })} />
          {t('reports.useCutoff', { day: cutoffDay })}
        </label>
      ) : null}
      <label className="choice rp-all-tasks" title={t('reports.allTasksHint')}>
        <input type="checkbox" name="allTasks" checked={value.allTasks} onChange={(e) => onChange({ ...value, allTasks: e.target.checked })} />
        {t('reports.allTasks')}
      </label>
    </div>
  );
}
