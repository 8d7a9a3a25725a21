import type { ScheduleItem } from '../../../../shared/contract/items';
import type { ItemStatus } from '../../../../shared/domain/types';
import { allowedTargets } from '../../../../shared/domain/schedule/workflow';
import { markDoneLabel } from '../../../../shared/domain/schedule/labels';
import { useApiQuery } from '../../api/hooks';
import { fileUrl } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useState } from 'react';
import { EditItemForm } from './EditItemForm';
import { HistoryList } from './HistoryList';
import { ReadOnlyNote } from './ReadOnlyNote';
import { useOwnership } from './useOwnership';
import { KIND_LABELS, OUTLET_LABELS, formatViDate, statusClass, statusLabel } from './look';

const ACTION_LABEL: Partial<Record<ItemStatus, string>> = {
  in_production: 'Bắt đầu sản xuất',
  ready: 'Sẵn sàng',
  postponed: 'Hoãn…',
  cancelled: 'Hủy…',
};

/** Stored as `<hash prefix>-<name>`; people want the name they chose. */
function evidenceName(rel: string): string {
  return (rel.split('/').pop() ?? rel).replace(/^[0-9a-f]{16}-/, '');
}

/**
 * The selected item: details, the workflow actions it allows, the done record and its history.
 * Another organisation's item shows the same details with a read-only note instead of any action.
 */
export function ItemPanel({ id, onClose, onStatus }: { id: string; onClose: () => void; onStatus: (item: ScheduleItem, to: ItemStatus) => void }) {
  const q = useApiQuery('items:get', { id });
  const [editing, setEditing] = useState(false);
  const own = useOwnership();
  if (q.error) return <aside className="panel"><ErrorMessage error={q.error} /><button onClick={onClose}>Đóng</button></aside>;
  const item = q.data;
  if (!item) return <aside className="panel">Đang tải…</aside>;
  const targets = allowedTargets(item.status);
  const reopen = item.status === 'done' || item.status === 'cancelled' || item.status === 'postponed';
  const link = item.done?.evidenceFile ? fileUrl(item.done.evidenceFile) : null;
  const editable = own.canEdit(item);
  return (
    <aside className={`panel ${statusClass(item.status)}`} aria-label="Chi tiết mục" data-testid="item-panel">
      <div className="toolbar" style={{ justifyContent: 'space-between' }}>
        <span className="badge" data-testid="panel-status">{statusLabel(item.status, item.outlet)}</span>
        <button onClick={onClose} aria-label="Đóng chi tiết">✕</button>
      </div>
      <h2>{item.title}</h2>
      {editable ? null : <ReadOnlyNote org={own.orgName(item.orgId)} />}
      <dl>
        <dt>Loại</dt>
        <dd>{KIND_LABELS[item.kind]}</dd>
        <dt>Kênh</dt>
        <dd>{OUTLET_LABELS[item.outlet]}</dd>
        <dt>Ngày dự kiến</dt>
        <dd>{formatViDate(item.plannedDate)}{item.plannedTime ? ` lúc ${item.plannedTime}` : ''}{item.durationMin ? ` · ${item.durationMin} phút` : ''}</dd>
        {item.taskCodes.length ? (<><dt>Nhiệm vụ</dt><dd>{item.taskCodes.join(', ')}</dd></>) : null}
        {item.editor ? (<><dt>Biên tập</dt><dd>{item.editor}</dd></>) : null}
        {item.producer ? (<><dt>Sản xuất</dt><dd>{item.producer}</dd></>) : null}
        {item.topics.length ? (<><dt>Chủ đề</dt><dd>{item.topics.join(', ')}</dd></>) : null}
        {item.statusReason ? (<><dt>Lý do</dt><dd>{item.statusReason}</dd></>) : null}
        {item.seriesId ? (<><dt>Chuyên mục định kỳ</dt><dd>Kỳ ngày {formatViDate(item.occurrence ?? item.plannedDate)}</dd></>) : null}
      </dl>
      {item.done ? (
        <dl data-testid="done-record">
          <dt>{statusLabel('done', item.outlet)}</dt>
          <dd>{formatViDate(item.done.at)}{item.done.time ? ` ${item.done.time}` : ''}{item.done.durationMin ? ` · ${item.done.durationMin} phút` : ''}</dd>
          {item.done.slot ? (<><dt>Chương trình</dt><dd>{item.done.slot}</dd></>) : null}
          {item.done.issueNo ? (<><dt>Số báo</dt><dd>{item.done.issueNo}{item.done.page ? `, trang ${item.done.page}` : ''}</dd></>) : null}
          {item.done.link ? (<><dt>Đường dẫn</dt><dd><a href={item.done.link} target="_blank" rel="noreferrer">{item.done.link}</a></dd></>) : null}
          {item.done.evidenceFile ? (
            <>
              <dt>Minh chứng</dt>
              <dd>
                {link ? <a href={link}>{evidenceName(item.done.evidenceFile)}</a> : evidenceName(item.done.evidenceFile)}
                <div className="mono" title="SHA-256">{item.done.evidenceSha256}</div>
              </dd>
            </>
          ) : null}
          {item.done.markedBy ? (<><dt>Người đánh dấu</dt><dd>{item.done.markedBy}</dd></>) : null}
        </dl>
      ) : null}
      {editable ? (
        <div className="actions">
          <button onClick={() => setEditing(true)}>Sửa…</button>
          {targets.includes('done') ? (
            <button className="primary" onClick={() => onStatus(item, 'done')}>{markDoneLabel(item.outlet)}</button>
          ) : null}
          {targets
            .filter((t) => t !== 'done' && t !== 'planned' && ACTION_LABEL[t])
            .map((t) => (
              <button key={t} onClick={() => onStatus(item, t)}>{ACTION_LABEL[t]}</button>
            ))}
          {targets.includes('planned') ? (
            <button onClick={() => onStatus(item, 'planned')}>{reopen ? 'Mở lại…' : 'Về "Đã lên lịch"'}</button>
          ) : null}
        </div>
      ) : null}
      <HistoryList id={item.id} />
      {editing && editable ? <EditItemForm item={item} onClose={() => setEditing(false)} /> : null}
    </aside>
  );
}
