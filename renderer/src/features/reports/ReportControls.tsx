import { useTranslation } from 'react-i18next';
import { DateInput } from '../compliance/DateInput';

export interface ReportState {
  period: string | null;
  from: string | null;
  to: string | null;
  asOf: string;
  reportDate: string;
  number: string;
  cutoff: boolean;
}

/** The period type of a spec: 2020 → year, 2020-H1 → half, 2020-Q3 → quarter, 2020-05 → month. */
export function specKind(spec: string | null): 'year' | 'half' | 'quarter' | 'month' | null {
  if (!spec) return null;
  if (/^\d{4}$/.test(spec)) return 'year';
  if (/-H[12]$/i.test(spec)) return 'half';
  if (/-Q[1-4]$/i.test(spec)) return 'quarter';
  return 'month';
}

const CUSTOM = 'custom';

/** Period (year, half, quarter, month or a range), as-of date, and what is printed: date and number. */
export function ReportControls({ year, value, onChange, cutoffDay }: { year: number; value: ReportState; onChange: (next: ReportState) => void; cutoffDay: number | null }) {
  const { t } = useTranslation();
  const options = [
    { value: `${year}`, label: t('reports.year', { year }) },
    { value: `${year}-H1`, label: t('reports.h1') },
    { value: `${year}-H2`, label: t('reports.h2') },
    ...[1, 2, 3, 4].map((q) => ({ value: `${year}-Q${q}`, label: t('reports.quarter', { q: ['I', 'II', 'III', 'IV'][q - 1] }) })),
    ...Array.from({ length: 12 }, (_, i) => ({ value: `${year}-${String(i + 1).padStart(2, '0')}`, label: t('reports.month', { m: i + 1 }) })),
    { value: CUSTOM, label: t('reports.custom') },
  ];
  const selected = value.period ?? CUSTOM;
  const bad = t('reports.badDate');
  return (
    <div className="rp-controls" role="group" aria-label={t('reports.period')}>
      <label className="cm-field">
        <span>{t('reports.period')}</span>
        <select
          name="period"
          value={selected}
          onChange={(e) => {
            const v = e.target.value;
            if (v === CUSTOM) onChange({ ...value, period: null, from: value.from ?? `${year}-01-01`, to: value.to ?? `${year}-12-31` });
            else onChange({ ...value, period: v, from: null, to: null });
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {selected === CUSTOM ? (
        <>
          <DateInput label={t('reports.from')} name="from" value={value.from ?? `${year}-01-01`} invalidMessage={bad} onChange={(from) => onChange({ ...value, from })} />
          <DateInput label={t('reports.to')} name="to" value={value.to ?? `${year}-12-31`} invalidMessage={bad} onChange={(to) => onChange({ ...value, to })} />
        </>
      ) : null}
      <DateInput label={t('reports.asOf')} name="asOf" value={value.asOf} invalidMessage={bad} onChange={(asOf) => onChange({ ...value, asOf })} />
      <DateInput label={t('reports.reportDate')} name="reportDate" value={value.reportDate} invalidMessage={bad} onChange={(reportDate) => onChange({ ...value, reportDate })} />
      <label className="cm-field">
        <span>{t('reports.number')}</span>
        <input name="number" size={6} value={value.number} placeholder="…" title={t('reports.numberHint')} onChange={(e) => onChange({ ...value, number: e.target.value.trim() })} />
      </label>
      {cutoffDay !== null ? (
        <label className="choice rp-use-cutoff">
          <input type="checkbox" name="cutoff" checked={value.cutoff} onChange={(e) => onChange({ ...value, cutoff: e.target.checked })} />
          {t('reports.useCutoff', { day: cutoffDay })}
        </label>
      ) : null}
    </div>
  );
}
