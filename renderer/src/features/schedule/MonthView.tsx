import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleItem } from '../../../../shared/contract/items';
import type { Holiday } from '../../../../shared/domain/schedule/holidays';
import { monthGrid } from '../../../../shared/domain/schedule/month-grid';
import { formatViDate, parseIsoDate } from '../../../../shared/domain/dates';
import { KIND_ICONS, statusClass } from './look';
import { useLabels } from './useLabels';
import type { Ownership } from './useOwnership';
import { droppedItemId, itemDragProps } from './item-drag';

const MAX_CHIPS = 4;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

interface Props {
  year: number;
  month: number;
  today: string;
  items: ScheduleItem[];
  holidays: Holiday[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMove: (id: string, date: string) => void;
  /** Another organisation's chips do not drag (and a drop of one is ignored). */
  own: Pick<Ownership, 'canEdit' | 'isOwn' | 'orgName'>;
  /** Absent when the role cannot add items: no "+" on the days. */
  onQuickAdd?: (date: string) => void;
  /** Show every item of a day (the agenda, filtered to it). */
  onShowDay: (date: string) => void;
}

/** The month grid: Monday first, holidays marked, chips per item; drag a chip (of our own) to another day to move it. */
export function MonthView({ year, month, today, items, holidays, selectedId, onSelect, onMove, own, onQuickAdd, onShowDay }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const weeks = useMemo(() => monthGrid(year, month), [year, month]);
  const [dropDay, setDropDay] = useState<string | null>(null);
  const byDate = useMemo(() => {
    const m = new Map<string, ScheduleItem[]>();
    for (const i of items) m.set(i.plannedDate, [...(m.get(i.plannedDate) ?? []), i]);
    // Open items first: what still needs doing is what the chips should show.
    const rank = (i: ScheduleItem) => (i.status === 'cancelled' ? 2 : i.status === 'done' ? 1 : 0);
    for (const list of m.values()) list.sort((a, b) => rank(a) - rank(b));
    return m;
  }, [items]);
  const holidayByDate = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const h of holidays) m.set(h.date, [...(m.get(h.date) ?? []), h.name]);
    return m;
  }, [holidays]);
  return (
    // A table of weeks (rows) and days (cells): the layout is one CSS grid, the rows are `display: contents`.
    <div className="month" role="table" aria-label={t('schedule.month.grid', { m: month, y: year })}>
      <div className="week" role="row">
        {WEEKDAYS.map((d) => (
          <div key={d} className="dow" role="columnheader">
            {labels.weekdayShort(d)}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div className="week" role="row" key={week[0]!.date}>
          {week.map(({ date, inMonth }) => {
            const dayItems = byDate.get(date) ?? [];
            const hol = holidayByDate.get(date);
            const cls = ['day', inMonth ? '' : 'out', date === today ? 'today' : '', hol ? 'holiday' : '', dropDay === date ? 'drop' : ''].join(' ');
            return (
              <div
                key={date}
                className={cls}
                role="cell"
                data-date={date}
                onDragOver={(e) => {
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                  if (dropDay !== date) setDropDay(date);
                }}
                onDragLeave={() => setDropDay((d) => (d === date ? null : d))}
                onDrop={(e) => {
                  e.preventDefault();
                  setDropDay(null);
                  const id = droppedItemId(e);
                  const item = items.find((i) => i.id === id);
                  if (item && own.canEdit(item)) onMove(id, date);
                }}
              >
                <div className="day-head">
                  <span className="day-num">
                    {parseIsoDate(date).day}
                    {/* Heard, not seen: the full date and how many items, so a screen reader need not count chips. */}
                    <span className="sr-only">{`, ${formatViDate(date)}, ${t('schedule.count', { count: dayItems.length })}`}</span>
                  </span>
                  {onQuickAdd ? (
                    <button
                      className="add"
                      title={t('schedule.month.add', { date: formatViDate(date) })}
                      aria-label={t('schedule.month.add', { date: formatViDate(date) })}
                      onClick={() => onQuickAdd(date)}
                    >
                      +
                    </button>
                  ) : null}
                </div>
                {hol ? (
                  <div className="holiday-name" title={hol.join(', ')}>
                    {hol[0]}
                  </div>
                ) : null}
                {dayItems.slice(0, MAX_CHIPS).map((i) => {
                  const st = labels.status(i.status, i.outlet);
                  const editable = own.canEdit(i);
                  const ours = own.isOwn(i);
                  return (
                    <button
                      key={i.id}
                      className={`chip ${statusClass(i.status)}${ours ? '' : ' ro'}`}
                      {...itemDragProps(i.id, editable && i.status !== 'done' && i.status !== 'cancelled')}
                      data-read-only={ours ? undefined : 'true'}
                      aria-pressed={i.id === selectedId}
                      title={ours ? `${i.title} — ${st}` : t('schedule.readOnly.chip', { title: i.title, status: st, org: own.orgName(i.orgId) })}
                      onClick={() => onSelect(i.id)}
                    >
                      <span className="t">
                        <span aria-hidden="true">{KIND_ICONS[i.kind]} </span>
                        {labels.outletShort(i.outlet)} · {i.title}
                      </span>
                      <span className="st">
                        {st}
                        {i.taskIds.length === 0 ? <span className="unlinked-mark"> · {t('schedule.panel.unlinked')}</span> : null}
                      </span>
                    </button>
                  );
                })}
                {dayItems.length > MAX_CHIPS ? (
                  <button className="more add" onClick={() => onShowDay(date)}>
                    {t('schedule.month.more', { n: dayItems.length - MAX_CHIPS })}
                  </button>
                ) : null}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
