import { useTranslation } from 'react-i18next';
import { DateInput } from './DateInput';
import { PeriodSelect } from './PeriodSelect';
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

/** The period into a URL being written: `period`, or else `from`+`to` (the reverse of `periodStateFrom`). */
export function setPeriodParams(q: URLSearchParams, state: Pick<PeriodState, 'period' | 'from' | 'to'>): void {
  if (state.period) q.set('period', state.period);
  else if (state.from && state.to) {
    q.set('from', state.from);
    q.set('to', state.to);
  }
}

/** The period as a contract input takes it: `period`, or else `from`/`to`. */
export function periodInput(state: Pick<PeriodState, 'period' | 'from' | 'to'>): { period: string } | { from?: string; to?: string } {
  return state.period ? { period: state.period } : { from: state.from ?? undefined, to: state.to ?? undefined };
}

interface Props {
  year: number;
  value: PeriodState;
  onChange: (next: PeriodState) => void;
}

/** Period (year, half, quarter, month or a custom range), as-of date and month/quarter columns. */
export function PeriodPicker({ year, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="cm-picker" role="group" aria-label={t('compliance.period')}>
      <PeriodSelect year={year} value={value} onChange={onChange} ns="compliance" />
      <DateInput
        label={t('compliance.asOf')}
        name="asOf"
        value={value.asOf}
        invalidMessage={t('compliance.badDate')}
        onChange={(asOf) => onChange({ ...value, asOf })}
      />
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
