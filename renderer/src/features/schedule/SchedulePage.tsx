import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemFilter } from '../../../../shared/domain/schedule/search';
import { addMonths, gridRange } from '../../../../shared/domain/schedule/month-grid';
import { isValidIsoDate, localIsoDate, monthEnd, monthStart } from '../../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { href, navigate, useRoute } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { AgendaView } from './AgendaView';
import { BoardView } from './BoardView';
import { ItemForm } from './ItemForm';
import { ItemPanel } from './ItemPanel';
import { MonthView } from './MonthView';
import { MyItemsView } from './MyItemsView';
import { MonthJump } from './MonthJump';
import { OrgFilter } from './OrgFilter';
import { TaskStrip } from './TaskStrip';
import { useShortcuts } from './useShortcuts';
import { useStatusChange } from './useStatusChange';
import { useOwnership } from './useOwnership';
import { useLabels } from './useLabels';
import { formatViDate } from './look';
import { ReconcileView } from '../reconcile/ReconcileView';
import type { ScheduleItem } from '../../../../shared/contract/items';
import type { ItemStatus } from '../../../../shared/domain/types';
import './schedule.css';
import './translations';

const VIEWS = [{ id: 'month' }, { id: 'agenda' }, { id: 'board' }, { id: 'mine' }, { id: 'reconcile' }] as const;

/**
 * Lịch: month calendar, agenda, board and "my items", sharing one selected item, one month and one organisation
 * filter (in the URL). Other organisations' items are shown read only.
 */
export function SchedulePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const route = useRoute();
  const view = (VIEWS.find((v) => v.id === route.rest[0])?.id ?? 'month') as (typeof VIEWS)[number]['id'];
  const today = localIsoDate(new Date());
  const m = /^(\d{4})-(\d{2})$/.exec(route.params.get('m') ?? '');
  const year = m ? Number(m[1]) : Number(today.slice(0, 4));
  const month = m ? Number(m[2]) : Number(today.slice(5, 7));
  const selected = route.params.get('item');
  // A warning on Theo dõi links here with ?task=<id>: new items are pre-linked to that plan task.
  const linkedTask = route.params.get('task');
  // Home Affairs reads one organisation's schedule at a time: ?org=<id>.
  const org = route.params.get('org');
  const orgIds = org ? [org] : undefined;
  const own = useOwnership();
  // The add form, open on a day, pre-linked to a plan task when started from one (strip, ?task=, Kế hoạch).
  const [adding, setAddingState] = useState<{ date: string; task?: string } | null>(null);
  const setAdding = (date: string | null, task: string | undefined = linkedTask ?? undefined) => setAddingState(date ? { date, task } : null);
  const q = route.params.get('q');
  // A link may bring a period (?from=…&to=…, e.g. from the Home Affairs view): the agenda starts narrowed to it.
  const dateParam = (name: string) => {
    const v = route.params.get(name);
    return v && isValidIsoDate(v) ? v : undefined;
  };
  const linkedFrom = dateParam('from');
  const linkedTo = dateParam('to');
  // Theo dõi's count of items with no plan task links here with ?noTask=1.
  const noTask = route.params.get('noTask') === '1';
  const [filter, setFilter] = useState<ItemFilter>(() => ({
    ...(q ? { text: q } : {}),
    ...(linkedFrom ? { from: linkedFrom } : {}),
    ...(linkedTo ? { to: linkedTo } : {}),
    ...(noTask ? { noTask: true } : {}),
  }));
  // The top bar's search lands here with ?q=…, also when this page is already open.
  useEffect(() => {
    if (q !== null) setFilter((f) => ({ ...f, text: q }));
  }, [q]);
  useEffect(() => {
    if (noTask) setFilter((f) => ({ ...f, noTask: true, taskIds: undefined }));
  }, [noTask]);
  useEffect(() => {
    if (linkedFrom || linkedTo) setFilter((f) => ({ ...f, from: linkedFrom ?? f.from, to: linkedTo ?? f.to }));
  }, [linkedFrom, linkedTo]);
  // Without dates of its own, the agenda shows the year of the month in view, as a filter the person can clear; a
  // search from the top bar looks across every date (a 2020 item is found from 12/2026).
  // The year follows the month in view until the person clears it.
  const [allDates, setAllDates] = useState(q !== null);
  useEffect(() => {
    if (q !== null) setAllDates(true);
  }, [q]);
  const agendaYear = allDates ? null : year;
  const status = useStatusChange(today);
  // Every status change of the screen passes here: another organisation's item never opens a dialog.
  const requestStatus = (item: ScheduleItem, to: ItemStatus) => {
    if (own.canStatus(item, to)) status.request(item, to);
  };
  const move = useApiMutation('items:move');
  const toast = useToast();

  // An error belongs to the screen where it happened.
  useEffect(() => {
    status.clearError();
    move.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, year, month]);

  const query = (y: number, mo: number, o: string | null) => {
    const p = new URLSearchParams();
    p.set('m', `${y}-${String(mo).padStart(2, '0')}`);
    if (o) p.set('org', o);
    return p;
  };
  const go = (patch: { view?: string; y?: number; mo?: number; item?: string | null; org?: string | null }) => {
    const p = query(patch.y ?? year, patch.mo ?? month, patch.org === undefined ? org : patch.org);
    const item = patch.item === undefined ? selected : patch.item;
    if (item) p.set('item', item);
    navigate(`/schedule/${patch.view ?? view}?${p.toString()}`);
  };
  const shift = (delta: number) => {
    const n = addMonths(year, month, delta);
    go({ y: n.year, mo: n.month });
  };
  const range = useMemo(() => (view === 'month' ? gridRange(year, month) : { from: monthStart(year, month), to: monthEnd(year, month) }), [view, year, month]);
  const items = useApiQuery('items:list', { filter: { ...range, orgIds } }, { enabled: view === 'month' || view === 'board' });
  const holidays = useApiQuery('holidays:list', range, { enabled: view === 'month' });
  const selectedItem = useApiQuery('items:get', { id: selected ?? '' }, { enabled: !!selected });
  // A new item without a day clicked: today in this month, else the month's first day.
  const addDay = today.slice(0, 7) === `${year}-${String(month).padStart(2, '0')}` ? today : monthStart(year, month);
  // Kế hoạch's "Lên lịch" lands here with ?task=<id>&add=1: the add form opens at once, linked to that task.
  const addNow = route.params.get('add') === '1' && view === 'month' && own.canCreate;
  useEffect(() => {
    if (!addNow || !linkedTask) return;
    setAdding(addDay, linkedTask);
    const p = new URLSearchParams(route.params);
    p.delete('add');
    // Replaced, not pushed: "Back" must not open the form again.
    window.location.replace(href(`/schedule/month?${p.toString()}`));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [addNow, linkedTask]);

  useShortcuts({
    n: () => own.canCreate && setAdding(addDay),
    PageUp: () => shift(-1),
    PageDown: () => shift(1),
    '/': () => {
      if (view !== 'agenda') go({ view: 'agenda' });
      window.setTimeout(() => document.getElementById('schedule-search')?.focus(), 50);
    },
    d: () => {
      if (selectedItem.data) requestStatus(selectedItem.data, 'done');
    },
    Escape: () => go({ item: null }),
  });

  const monthLabel = labels.monthTitle(year, month);
  return (
    <section className="sched">
      <PageHeader title={t('schedule.page.title')}>
        {own.canCreate ? (
          <button className="primary" onClick={() => setAdding(monthStart(year, month))} title={t('schedule.page.addKey')}>
            {t('schedule.page.add')}
          </button>
        ) : null}
      </PageHeader>
      <nav className="page-tabs" aria-label={t('schedule.page.views')}>
        {VIEWS.map((v) => (
          <a key={v.id} href={href(`/schedule/${v.id}?${query(year, month, org).toString()}`)} aria-current={v.id === view ? 'page' : undefined}>
            {t(`schedule.page.view.${v.id}`)}
          </a>
        ))}
      </nav>
      {view === 'month' || view === 'board' ? (
        <div className="toolbar">
          <button onClick={() => shift(-1)} aria-label={t('schedule.page.prev')} title={t('schedule.page.prevKey')}>
            ‹
          </button>
          <h2 data-testid="month-title">{monthLabel}</h2>
          <button onClick={() => shift(1)} aria-label={t('schedule.page.next')} title={t('schedule.page.nextKey')}>
            ›
          </button>
          <button onClick={() => go({ y: Number(today.slice(0, 4)), mo: Number(today.slice(5, 7)) })}>{t('schedule.page.today')}</button>
          <MonthJump year={year} month={month} onGo={(y, mo) => go({ y, mo })} />
          <OrgFilter orgs={own.orgs} value={org} onChange={(o) => go({ org: o })} />
          <span className="hint">{t('schedule.page.keys')}</span>
        </div>
      ) : null}
      {view === 'month' ? (
        <TaskStrip year={year} month={month} today={today} orgId={org} onAdd={own.canCreate ? (task) => setAdding(addDay, task) : undefined} />
      ) : null}
      {linkedTask && view === 'month' ? (
        <p className="card" role="status" data-testid="linked-task-hint">
          {t('schedule.page.linkedBefore')} <strong>+</strong> {t('schedule.page.linkedAfter')}
        </p>
      ) : null}
      <ErrorMessage error={status.error ?? move.error} />
      <div className="sched-body">
        <div className="sched-main">
          <ErrorMessage error={items.error} />
          {view === 'month' ? (
            <MonthView
              year={year}
              month={month}
              today={today}
              items={items.data ?? []}
              holidays={holidays.data ?? []}
              selectedId={selected}
              onSelect={(id) => go({ item: id })}
              own={own}
              onMove={(id, date) => move.mutate({ id, date }, { onSuccess: () => toast.show(t('schedule.page.moved', { date: formatViDate(date) })) })}
              onQuickAdd={own.canCreate ? (date) => setAdding(date) : undefined}
              onShowDay={(date) => {
                setFilter({ from: date, to: date });
                go({ view: 'agenda' });
              }}
            />
          ) : null}
          {view === 'board' ? <BoardView items={items.data ?? []} own={own} onSelect={(id) => go({ item: id })} onStatus={requestStatus} /> : null}
          {view === 'agenda' ? (
            <AgendaView
              filter={filter}
              year={agendaYear}
              onYear={(y) => setAllDates(y === null)}
              viewYear={year}
              orgIds={orgIds}
              onFilter={({ orgIds: chosen, ...rest }) => {
                setFilter(rest);
                // "Xóa điều kiện" clears the year too: everything, every date.
                if (Object.keys(rest).length === 0) setAllDates(true);
                const next = chosen?.[0] ?? null;
                if (next !== org) go({ org: next });
              }}
              onSelect={(id) => go({ item: id })}
            />
          ) : null}
          {view === 'reconcile' ? <ReconcileView /> : null}
          {view === 'mine' ? <MyItemsView onSelect={(id) => go({ item: id })} onStatus={requestStatus} /> : null}
        </div>
        {selected ? <ItemPanel id={selected} onClose={() => go({ item: null })} onStatus={requestStatus} /> : null}
      </div>
      {adding ? (
        <ItemForm
          date={adding.date}
          task={adding.task}
          onClose={() => setAdding(null)}
          onCreated={(id, date) =>
            go({ item: id, view: view === 'month' || view === 'board' ? view : 'month', y: Number(date.slice(0, 4)), mo: Number(date.slice(5, 7)) })
          }
        />
      ) : null}
      {status.dialogs}
    </section>
  );
}
