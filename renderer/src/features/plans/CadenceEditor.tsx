import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { TaskView } from '../../../../shared/contract/plans';
import { buildCadenceOver, describeCadence, specOfCadenceOver, type CadenceSpec, type PeriodUnit } from '../../../../shared/domain/cadence';
import { formatViDate, parseViDate } from '../../../../shared/domain/dates';
import { PlansDialog } from './PlansDialog';
import { cadenceWords } from './TaskTable';

type Mode = 'every' | 'months' | 'range' | 'deadline' | 'ongoing';

const MODES: Mode[] = ['every', 'months', 'range', 'deadline', 'ongoing'];
const PERIODS: PeriodUnit[] = ['month', 'quarter', 'half', 'year'];

interface Form {
  mode: Mode;
  period: PeriodUnit;
  count: string;
  fromMonth: number;
  toMonth: number;
  months: number[];
  from: string;
  to: string;
}

function initialForm(task: TaskView, year: number, lastYear: number): Form {
  const spec = specOfCadenceOver(task.cadence, year, lastYear);
  const base: Form = { mode: 'every', period: 'month', count: '1', fromMonth: 1, toMonth: 12, months: [], from: `01/01/${year}`, to: `31/12/${year}` };
  switch (spec.mode) {
    case 'ongoing':
      return { ...base, mode: 'ongoing' };
    case 'every':
      return { ...base, period: spec.period, count: String(spec.count), fromMonth: spec.fromMonth, toMonth: spec.toMonth };
    case 'months':
      return { ...base, mode: 'months', months: spec.months, count: String(spec.count) };
    case 'range':
      return { ...base, mode: 'range', from: formatViDate(spec.from), to: formatViDate(spec.to), count: String(spec.count) };
    case 'deadline':
      return { ...base, mode: 'deadline', to: formatViDate(spec.to), count: String(spec.count) };
    default:
      return base;
  }
}

/** The spec of the form, or the translation key of what is wrong with it. */
function specOf(f: Form): CadenceSpec | string {
  const count = Number(f.count);
  if (f.mode === 'ongoing') return { mode: 'ongoing' };
  if (f.mode === 'every') return { mode: 'every', period: f.period, count, fromMonth: f.fromMonth, toMonth: f.toMonth };
  if (f.mode === 'months') return { mode: 'months', months: f.months, count };
  const to = parseViDate(f.to);
  if (!to) return 'plans.cadence.badDate';
  if (f.mode === 'deadline') return { mode: 'deadline', to, count };
  const from = parseViDate(f.from);
  if (!from) return 'plans.cadence.badFrom';
  return { mode: 'range', from, to, count };
}

/** A person's cadence for a task, with its words shown live; "dùng lại" returns to what the timeframe says. */
export function CadenceEditor({
  task,
  year,
  lastYear = year,
  onClose,
  onSaved,
}: {
  task: TaskView;
  year: number;
  lastYear?: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useApiMutation('plans:setCadence');
  const [f, setF] = useState<Form>(() => initialForm(task, year, lastYear));
  const built = useMemo(() => {
    const spec = specOf(f);
    return typeof spec === 'string' ? ({ ok: false, field: 'to', message: t(spec) } as const) : buildCadenceOver(spec, year, lastYear);
  }, [f, year, lastYear, t]);
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const monthSelect = (key: 'fromMonth' | 'toMonth', label: string) => (
    <label className="field inline">
      <span>{label}</span>
      <select name={key} value={f[key]} onChange={(e) => setF({ ...f, [key]: Number(e.target.value) })}>
        {months.map((m) => (
          <option key={m} value={m}>
            {t('plans.cadence.month', { m })}
          </option>
        ))}
      </select>
    </label>
  );
  const dateInput = (key: 'from' | 'to', label: string) => (
    <label className="field inline">
      <span>{label}</span>
      <input name={key} value={f[key]} placeholder="dd/mm/yyyy" onChange={(e) => setF({ ...f, [key]: e.target.value })} />
    </label>
  );
  return (
    <PlansDialog title={`${t('plans.cadenceEdit')}: ${task.code}`} onClose={onClose} wide>
      <p>
        {t('plans.cadence.timeframe')} <strong>{task.timeframe || '—'}</strong>. {t('plans.cadence.current')}{' '}
        <strong>{cadenceWords(task, i18n.language)}</strong>
        {task.cadenceOverridden ? ` (${t('plans.manual')})` : ''}.
      </p>
      <fieldset className="cadence-modes">
        <legend>{t('plans.cadence.how')}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name="mode" value={mode} checked={f.mode === mode} onChange={() => setF({ ...f, mode })} />
            {t(`plans.cadence.modes.${mode}`)}
          </label>
        ))}
      </fieldset>
      {f.mode !== 'ongoing' ? (
        <label className="field">
          <span>{t('plans.cadence.count')}</span>
          <input name="count" inputMode="numeric" className="small-input" value={f.count} onChange={(e) => setF({ ...f, count: e.target.value })} />
        </label>
      ) : null}
      {f.mode === 'every' ? (
        <div className="row">
          <label className="field inline">
            <span>{t('plans.cadence.period')}</span>
            <select name="period" value={f.period} onChange={(e) => setF({ ...f, period: e.target.value as PeriodUnit })}>
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`plans.cadence.periods.${p}`)}
                </option>
              ))}
            </select>
          </label>
          {monthSelect('fromMonth', t('plans.cadence.from'))}
          {monthSelect('toMonth', t('plans.cadence.to'))}
        </div>
      ) : null}
      {f.mode === 'months' ? (
        <fieldset className="field">
          <legend>{t('plans.cadence.months')}</legend>
          <div className="month-picks">
            {months.map((m) => (
              <label key={m} className="choice">
                <input
                  type="checkbox"
                  name={`month-${m}`}
                  checked={f.months.includes(m)}
                  onChange={(e) => setF({ ...f, months: e.target.checked ? [...f.months, m] : f.months.filter((x) => x !== m) })}
                />
                {t('plans.cadence.month', { m })}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {f.mode === 'range' ? (
        <div className="row">
          {dateInput('from', t('plans.cadence.fromDate'))}
          {dateInput('to', t('plans.cadence.toDate'))}
        </div>
      ) : null}
      {f.mode === 'deadline' ? <div className="row">{dateInput('to', t('plans.cadence.deadline'))}</div> : null}
      <div className="cadence-preview" role="status" aria-label={t('plans.cadence.preview')}>
        {built.ok ? (
          <>
            {t('plans.cadence.previewLead')} <strong>{describeCadence(built.cadence, i18n.language === 'en' ? 'en' : 'vi')}</strong>
          </>
        ) : (
          <span className="err">{built.message}</span>
        )}
      </div>
      <ErrorMessage error={save.error} />
      <div className="buttons">
        {task.cadenceOverridden ? (
          <button type="button" onClick={() => save.mutate({ id: task.id, cadence: null }, { onSuccess: onSaved })}>
            {t('plans.cadence.reset')}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('plans.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!built.ok || save.isPending}
          onClick={() => built.ok && save.mutate({ id: task.id, cadence: built.cadence }, { onSuccess: onSaved })}
        >
          {t('plans.save')}
        </button>
      </div>
    </PlansDialog>
  );
}
