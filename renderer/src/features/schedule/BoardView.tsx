import { useState } from 'react';
import type { ScheduleItem } from '../../../../shared/contract/items';
import { ITEM_STATUSES, type ItemStatus } from '../../../../shared/domain/types';
import { formatViDate, statusClass } from './look';
import type { Ownership } from './useOwnership';
import { LockIcon } from './ReadOnlyNote';
import { useLabels } from './useLabels';
import { droppedItemId, itemDragProps } from './item-drag';

/**
 * Items of the month by status; dropping a card on a column asks the workflow (same rules as everywhere).
 * Another organisation's cards are shown but do not drag.
 */
export function BoardView({
  items,
  onSelect,
  onStatus,
  own,
}: {
  items: ScheduleItem[];
  onSelect: (id: string) => void;
  onStatus: (item: ScheduleItem, to: ItemStatus) => void;
  own: Pick<Ownership, 'isOwn' | 'canStatus' | 'orgName'>;
}) {
  const labels = useLabels();
  const [over, setOver] = useState<ItemStatus | null>(null);
  const byId = new Map(items.map((i) => [i.id, i]));
  return (
    <div className="board">
      {ITEM_STATUSES.map((s) => {
        const col = items.filter((i) => i.status === s);
        return (
          <section
            key={s}
            className={`col ${over === s ? 'drop' : ''}`}
            aria-label={labels.status(s)}
            data-status={s}
            onDragOver={(e) => {
              e.preventDefault();
              if (over !== s) setOver(s);
            }}
            onDragLeave={() => setOver((o) => (o === s ? null : o))}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              const item = byId.get(droppedItemId(e));
              if (item && own.canStatus(item, s) && item.status !== s) onStatus(item, s);
            }}
          >
            <h3 className={statusClass(s)}>
              <span>{labels.status(s)}</span>
              <span className="badge">{col.length}</span>
            </h3>
            {col.map((i) => {
              const editable = own.isOwn(i) && own.canStatus(i, 'in_production');
              return (
                <button
                  key={i.id}
                  className={`card ${statusClass(i.status)}${editable ? '' : ' ro'}`}
                  {...itemDragProps(i.id, editable)}
                  onClick={() => onSelect(i.id)}
                >
                  <div>{i.title}</div>
                  <div className="meta">
                    {formatViDate(i.plannedDate)} · {labels.outletShort(i.outlet)} · {labels.status(i.status, i.outlet)}
                    {/* The padlock names another organisation's item; one's own that the role cannot move has no owner to name. */}
                    {own.isOwn(i) ? null : (
                      <>
                        {' '}
                        · <LockIcon /> {own.orgName(i.orgId)}
                      </>
                    )}
                  </div>
                </button>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
