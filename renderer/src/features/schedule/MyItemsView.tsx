import { useTranslation } from 'react-i18next';
import type { ScheduleItem } from '../../../../shared/contract/items';
import type { ItemStatus } from '../../../../shared/domain/types';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EmptyState } from '../../components/EmptyState';
import { statusClass } from './look';
import { useLabels } from './useLabels';
import { ReadOnlyNote } from './ReadOnlyNote';
import { useOwnership, type Ownership } from './useOwnership';

type RowProps = { item: ScheduleItem; own: Ownership; onSelect: (id: string) => void; onStatus: (i: ScheduleItem, to: ItemStatus) => void };

/** One of my items; someone of the same name at another organisation gets no "mark done" for its items. */
function Row({ item, own, onSelect, onStatus }: RowProps) {
  const labels = useLabels();
  return (
    <div className={`mine-item ${statusClass(item.status)}`}>
      <div>
        <button className="t" style={{ border: 'none', padding: 0, background: 'none', minHeight: 0 }} onClick={() => onSelect(item.id)}>
          {item.title}
        </button>
        <div className="hint">{labels.summary(item)}</div>
      </div>
      {own.canStatus(item, 'done') ? (
        <button className="primary big" onClick={() => onStatus(item, 'done')}>
          {labels.markDone(item.outlet)}
        </button>
      ) : own.isOwn(item) ? null : (
        <ReadOnlyNote org={own.orgName(item.orgId)} compact />
      )}
    </div>
  );
}

/** "Việc của tôi": the current user's open items, this week's first (what to do now), then the overdue ones. */
export function MyItemsView({ onSelect, onStatus }: { onSelect: (id: string) => void; onStatus: (i: ScheduleItem, to: ItemStatus) => void }) {
  const { t } = useTranslation();
  const q = useApiQuery('items:mine', {});
  const own = useOwnership();
  if (q.error) return <ErrorMessage error={q.error} />;
  if (!q.data) return <p>{t('app.loading')}</p>;
  const { overdue, thisWeek, person } = q.data;
  if (!person) return <EmptyState message={t('schedule.mine.noUser')} />;
  return (
    <div className="mine">
      <section aria-label={t('schedule.mine.week')}>
        <h2>{t('schedule.mine.weekCount', { n: thisWeek.length })}</h2>
        {thisWeek.length === 0 ? (
          <p className="hint">{t('schedule.mine.noWeek', { person })}</p>
        ) : (
          thisWeek.map((i) => <Row key={i.id} item={i} own={own} onSelect={onSelect} onStatus={onStatus} />)
        )}
      </section>
      <section aria-label={t('schedule.mine.overdue')}>
        <h2>{t('schedule.mine.overdueCount', { n: overdue.length })}</h2>
        {overdue.length === 0 ? (
          <p className="hint">{t('schedule.mine.noOverdue')}</p>
        ) : (
          overdue.map((i) => <Row key={i.id} item={i} own={own} onSelect={onSelect} onStatus={onStatus} />)
        )}
      </section>
    </div>
  );
}
