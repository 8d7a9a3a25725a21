import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { TaskView } from '../../../../shared/contract/plans';
import { buildCadence, describeCadence, specOfCadence, type CadenceSpec, type Period } from '../../../../shared/domain/cadence';
import { formatViDate } from '../../../../shared/domain/dates';
import { parseViDate } from './file-data';
import { PlansDialog } from './PlansDialog';

type Mode = 'every' | 'months' | 'range' | 'deadline' | 'ongoing';

const MODES: Array<[Mode, string]> = [
  ['every', 'Đều đặn mỗi tháng / quý / 6 tháng / năm'],
  ['months', 'Những tháng được chọn'],
  ['range', 'Trong một khoảng ngày'],
  ['deadline', 'Trước một hạn'],
  ['ongoing', 'Thường xuyên (không đếm số lượng)'],
];
const PERIOD_WORDS: Array<[Period, string]> = [
  ['month', 'mỗi tháng'],
  ['quarter', 'mỗi quý'],
  ['half', 'mỗi 6 tháng'],
  ['year', 'mỗi năm'],
];

interface Form {
  mode: Mode;
  period: Period;
  count: string;
  fromMonth: number;
  toMonth: number;
  months: number[];
  from: string;
  to: string;
}

function initialForm(task: TaskView, year: number): Form {
  const spec = specOfCadence(task.cadence, year);
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

function specOf(f: Form): CadenceSpec | string {
  const count = Number(f.count);
  if (f.mode === 'ongoing') return { mode: 'ongoing' };
  if (f.mode === 'every') return { mode: 'every', period: f.period, count, fromMonth: f.fromMonth, toMonth: f.toMonth };
  if (f.mode === 'months') return { mode: 'months', months: f.months, count };
  const to = parseViDate(f.to);
  if (!to) return 'Ngày phải có dạng dd/mm/yyyy, ví dụ 30/06/2020.';
  if (f.mode === 'deadline') return { mode: 'deadline', to, count };
  const from = parseViDate(f.from);
  if (!from) return 'Ngày bắt đầu phải có dạng dd/mm/yyyy, ví dụ 01/03/2020.';
  return { mode: 'range', from, to, count };
}

/** A person's cadence for a task, with its words shown live; "dùng lại" returns to what the timeframe says. */
export function CadenceEditor({ task, year, onClose, onSaved }: { task: TaskView; year: number; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = useApiMutation('plans:setCadence');
  const [f, setF] = useState<Form>(() => initialForm(task, year));
  const built = useMemo(() => {
    const spec = specOf(f);
    return typeof spec === 'string' ? ({ ok: false, field: 'to', message: spec } as const) : buildCadence(spec, year);
  }, [f, year]);
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const monthSelect = (key: 'fromMonth' | 'toMonth', label: string) => (
    <label className="field inline">
      <span>{label}</span>
      <select name={key} value={f[key]} onChange={(e) => setF({ ...f, [key]: Number(e.target.value) })}>
        {months.map((m) => (
          <option key={m} value={m}>
            Tháng {m}
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
        Thời gian trong kế hoạch: <strong>{task.timeframe || '—'}</strong>. Nhịp hiện tại: <strong>{task.cadenceText}</strong>
        {task.cadenceOverridden ? ` (${t('plans.manual')})` : ''}.
      </p>
      <fieldset className="cadence-modes">
        <legend>Cách tính</legend>
        {MODES.map(([mode, label]) => (
          <label key={mode} className="choice">
            <input type="radio" name="mode" value={mode} checked={f.mode === mode} onChange={() => setF({ ...f, mode })} />
            {label}
          </label>
        ))}
      </fieldset>
      {f.mode !== 'ongoing' ? (
        <label className="field">
          <span>Số lượng (kỳ, bài, lần…)</span>
          <input name="count" inputMode="numeric" className="small-input" value={f.count} onChange={(e) => setF({ ...f, count: e.target.value })} />
        </label>
      ) : null}
      {f.mode === 'every' ? (
        <div className="row">
          <label className="field inline">
            <span>Chu kỳ</span>
            <select name="period" value={f.period} onChange={(e) => setF({ ...f, period: e.target.value as Period })}>
              {PERIOD_WORDS.map(([p, w]) => (
                <option key={p} value={p}>
                  {w}
                </option>
              ))}
            </select>
          </label>
          {monthSelect('fromMonth', 'Từ')}
          {monthSelect('toMonth', 'Đến')}
        </div>
      ) : null}
      {f.mode === 'months' ? (
        <fieldset className="field">
          <legend>Các tháng</legend>
          <div className="month-picks">
            {months.map((m) => (
              <label key={m} className="choice">
                <input
                  type="checkbox"
                  name={`month-${m}`}
                  checked={f.months.includes(m)}
                  onChange={(e) => setF({ ...f, months: e.target.checked ? [...f.months, m] : f.months.filter((x) => x !== m) })}
                />
                Tháng {m}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {f.mode === 'range' ? (
        <div className="row">
          {dateInput('from', 'Từ ngày')}
          {dateInput('to', 'Đến ngày')}
        </div>
      ) : null}
      {f.mode === 'deadline' ? <div className="row">{dateInput('to', 'Hạn (ngày)')}</div> : null}
      <div className="cadence-preview" role="status" aria-label="Nhịp mới">
        {built.ok ? (
          <>
            Nhịp mới: <strong>{describeCadence(built.cadence, 'vi')}</strong>
          </>
        ) : (
          <span className="err">{built.message}</span>
        )}
      </div>
      <ErrorMessage error={save.error} />
      <div className="buttons">
        {task.cadenceOverridden ? (
          <button type="button" onClick={() => save.mutate({ id: task.id, cadence: null }, { onSuccess: onSaved })}>
            Dùng lại nhịp theo thời gian gốc
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
