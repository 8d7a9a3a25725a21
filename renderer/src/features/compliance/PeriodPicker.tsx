import { useTranslation } from 'react-i18next';
import { DateInput } from './DateInput';
import { localIsoDate } from '../../../../shared/domain/dates';

export interface PeriodState {
  period: string | null;
  from: string | null;
  to: string | null;
  asOf: string;
  granularity: 'month' | 'quarter';
}

/** The period as the URL holds it (`period`, or `from`+`to`; `asOf`; `g`), defaulting to the plan's whole year as of today. */
export function periodStateFrom(params: URLSearchParams, planYear: number): PeriodState {
  return {
    period: params.get('from') && params.get('to') ? null : (params.get('period') ?? `${planYear}`),
    from: params.get('from'),
    to: params.get('to'),
    asOf: params.get('asOf') ?? localIsoDate(new Date()),
    granularity: params.get('g') === 'quarter' ? 'quarter' : 'month',
  };
}

interface Props {
  year: number;
  value: PeriodState;
  onChange: (next: PeriodState) => void;
}

const CUSTOM = 'custom';

/** Period (year, half, quarter, month or a custom range), as-of date and month/quarter columns. */
export function PeriodPicker({ year, value, onChange }: Props) {
  const { t } = useTranslation();
  const options: Array<{ value: string; label: string }> = [
    { value: `${year}`, label: t('compliance.year', { year }) },
    { value: `${year}-H1`, label: t('compliance.h1') },
    { value: `${year}-H2`, label: t('compliance.h2') },
    ...[1, 2, 3, 4].map((q) => ({ value: `${year}-Q${q}`, label: t('compliance.quarter', { q: ['I', 'II', 'III', 'IV'][q - 1] }) })),
    ...Array.from({ length: 12 }, (_, i) => ({ value: `${year}-${String(i + 1).padStart(2, '0')}`, label: t('compliance.month', { m: i + 1 }) })),
    { value: CUSTOM, label: t('compliance.custom') },
  ];
  const selected = value.period ?? CUSTOM;
  return (
    <div className="cm-picker" role="group" aria-label={t('compliance.period')}>
      <label className="cm-field">
        <span>{t('compliance.period')}</span>
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
          <DateInput label={t('compliance.from')} name="from" value={value.from ?? `${year}-01-01`} invalidMessage={t('compliance.badDate')} onChange={(from) => onChange({ ...value, from })} />
          <DateInput label={t('compliance.to')} name="to" value={value.to ?? `${year}-12-31`} invalidMessage={t('compliance.badDate')} onChange={(to) => onChange({ ...value, to })} />
        </>
      ) : null}
      <DateInput label={t('compliance.asOf')} name="asOf" value={value.asOf} invalidMessage={t('compliance.badDate')} onChange={(asOf) => onChange({ ...value, asOf })} />
      <div className="cm-toggle" role="radiogroup" aria-label={t('compliance.byMonth')}>
        {(['month', 'quarter'] as const).map((g) => (
          <button key={g} type="button" role="radio" aria-checked={value.granularity === g} onClick={() => onChange({ ...value, granularity: g })}>
            {g === 'month' ? t('compliance.byMonth') : t('compliance.byQuarter')}
          </button>
        ))}
      </div>
    </div>
  );
}
