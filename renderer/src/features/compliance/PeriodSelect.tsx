import { useTranslation } from 'react-i18next';
import { DateInput } from './DateInput';

export interface PeriodValue {
  period: string | null;
  from: string | null;
  to: string | null;
}

const CUSTOM = 'custom';

/**
 * The period of a plan's year — whole year, half, quarter, month, or a custom range with its two dates — as
 * Theo dõi and Báo cáo both choose it. Each screen keeps its own wording (`ns`: its translation namespace).
 */
export function PeriodSelect<T extends PeriodValue>({
  year,
  value,
  onChange,
  ns,
}: {
  year: number;
  value: T;
  onChange: (next: T) => void;
  ns: 'compliance' | 'reports';
}) {
  const { t } = useTranslation();
  const options = [
    { value: `${year}`, label: t(`${ns}.year`, { year }) },
    { value: `${year}-H1`, label: t(`${ns}.h1`) },
    { value: `${year}-H2`, label: t(`${ns}.h2`) },
    ...[1, 2, 3, 4].map((q) => ({ value: `${year}-Q${q}`, label: t(`${ns}.quarter`, { q: ['I', 'II', 'III', 'IV'][q - 1] }) })),
    ...Array.from({ length: 12 }, (_, i) => ({ value: `${year}-${String(i + 1).padStart(2, '0')}`, label: t(`${ns}.month`, { m: i + 1 }) })),
    { value: CUSTOM, label: t(`${ns}.custom`) },
  ];
  const selected = value.period ?? CUSTOM;
  const bad = t(`${ns}.badDate`);
  return (
    <>
      <label className="cm-field">
        <span>{t(`${ns}.period`)}</span>
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
          <DateInput
            label={t(`${ns}.from`)}
            name="from"
            value={value.from ?? `${year}-01-01`}
            invalidMessage={bad}
            onChange={(from) => onChange({ ...value, from })}
          />
          <DateInput label={t(`${ns}.to`)} name="to" value={value.to ?? `${year}-12-31`} invalidMessage={bad} onChange={(to) => onChange({ ...value, to })} />
        </>
      ) : null}
    </>
  );
}
