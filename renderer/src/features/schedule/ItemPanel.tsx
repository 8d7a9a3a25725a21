import { useTranslation } from 'react-i18next';
import type { ScheduleItem } from '../../../../shared/contract/items';
import type { ItemStatus } from '../../../../shared/domain/types';
import { allowedTargets } from '../../../../shared/domain/schedule/workflow';
import { useApiQuery } from '../../api/hooks';
import { canDownload, downloadFile, type ApiError } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useState } from 'react';
import { EditItemForm } from './EditItemForm';
import { HistoryList } from './HistoryList';
import { ReadOnlyNote } from './ReadOnlyNote';
import { useOwnership } from './useOwnership';
import { formatViDate, statusClass } from './look';
import { useLabels } from './useLabels';
import { shortFingerprint } from '../../../../shared/domain/sync/fingerprint';

/** Statuses the panel offers as plain buttons (done and back to planned have their own). */
const ACTIONS: ItemStatus[] = ['in_production', 'ready', 'postponed', 'cancelled'];

/** Stored as `<hash prefix>-<name>`; people want the name they chose. */
function evidenceName(rel: string): string {
  return (rel.split('/').pop() ?? rel).replace(/^[0-9a-f]{16}-/, '');
}

/**
 * The selected item: details, the workflow actions it allows, the done record and its history.
 * Another organisation's item shows the same details with a read-only note instead of any action.
 */
export function ItemPanel({ id, onClose, onStatus }: { id: string; onClose: () => void; onStatus: (item: ScheduleItem, to: ItemStatus) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const q = useApiQuery('items:get', { id });
  const [editing, setEditing] = useState(false);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const own = useOwnership();
  if (q.error)
    return (
      <aside className="panel">
        <ErrorMessage error={q.error} />
        <button onClick={onClose}>{t('schedule.field.close')}</button>
      </aside>
    );
  const item = q.data;
  if (!item) return <aside className="panel">{t('app.loading')}</aside>;
  const targets = allowedTargets(item.status);
  const reopen = item.status === 'done' || item.status === 'cancelled' || item.status === 'postponed';
  // Evidence is fetched by its hash: the path on the item may have come from another office by sync.
  const sha = item.done?.evidenceSha256 ?? null;
  const downloadable = canDownload() && sha !== null;
  const editable = own.canEdit(item);
  const may = (to: ItemStatus) => own.canStatus(item, to);
  return (
    <aside className={`panel ${statusClass(item.status)}`} aria-label={t('schedule.panel.label')} data-testid="item-panel">
      <div className="toolbar" style={{ justifyContent: 'space-between' }}>
        <span className="badge" data-testid="panel-status">
          {labels.status(item.status, item.outlet)}
        </span>
        <button onClick={onClose} aria-label={t('schedule.panel.close')}>
          ✕
        </button>
      </div>
      <h2>{item.title}</h2>
      {own.isOwn(item) ? null : <ReadOnlyNote org={own.orgName(item.orgId)} />}
      <dl>
        <dt>{t('schedule.field.kind')}</dt>
        <dd>{labels.kind(item.kind)}</dd>
        <dt>{t('schedule.field.outlet')}</dt>
        <dd>{labels.outlet(item.outlet)}</dd>
        <dt>{t('schedule.panel.planned')}</dt>
        <dd>
          {formatViDate(item.plannedDate)}
          {item.plannedTime ? ` ${t('schedule.panel.at', { time: item.plannedTime })}` : ''}
          {item.durationMin ? ` · ${t('schedule.panel.minutes', { n: item.durationMin })}` : ''}
        </dd>
        <dt>{t('schedule.field.task')}</dt>
        <dd>
          {item.taskCodes.length ? (
            item.taskCodes.join(', ')
          ) : (
            <span className="unlinked-mark" data-testid="unlinked-mark">
              ⚠ {t('schedule.panel.unlinked')}
            </span>
          )}
        </dd>
        {item.editor ? (
          <>
            <dt>{t('schedule.field.editor')}</dt>
            <dd>{item.editor}</dd>
          </>
        ) : null}
        {item.producer ? (
          <>
            <dt>{t('schedule.field.producer')}</dt>
            <dd>{item.producer}</dd>
          </>
        ) : null}
        {item.topics.length ? (
          <>
            <dt>{t('schedule.field.topics')}</dt>
            <dd>{item.topics.join(', ')}</dd>
          </>
        ) : null}
        {item.statusReason ? (
          <>
            <dt>{t('schedule.field.reason')}</dt>
            <dd>{item.statusReason}</dd>
          </>
        ) : null}
        {item.seriesId ? (
          <>
            <dt>{t('schedule.panel.series')}</dt>
            <dd>{t('schedule.panel.occurrence', { date: formatViDate(item.occurrence ?? item.plannedDate) })}</dd>
          </>
        ) : null}
      </dl>
      {item.done ? (
        <dl data-testid="done-record">
          <dt>{labels.status('done', item.outlet)}</dt>
          <dd>
            {formatViDate(item.done.at)}
            {item.done.time ? ` ${item.done.time}` : ''}
            {item.done.durationMin ? ` · ${t('schedule.panel.minutes', { n: item.done.durationMin })}` : ''}
          </dd>
          {item.done.slot ? (
            <>
              <dt>{t('schedule.panel.slot')}</dt>
              <dd>{item.done.slot}</dd>
            </>
          ) : null}
          {item.done.issueNo ? (
            <>
              <dt>{t('schedule.panel.issue')}</dt>
              <dd>
                {item.done.issueNo}
                {item.done.page ? `, ${t('schedule.panel.page', { page: item.done.page })}` : ''}
              </dd>
            </>
          ) : null}
          {item.done.link ? (
            <>
              <dt>{t('schedule.panel.link')}</dt>
              <dd>
                <a href={item.done.link} target="_blank" rel="noreferrer">
                  {item.done.link}
                </a>
              </dd>
            </>
          ) : null}
          {item.done.evidenceFile ? (
            <>
              <dt>{t('schedule.panel.evidence')}</dt>
              <dd>
                {downloadable && sha ? (
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      void downloadFile({ evidence: sha }, evidenceName(item.done?.evidenceFile ?? '')).catch((e: ApiError) => setDownloadError(e))
                    }
                  >
                    {evidenceName(item.done.evidenceFile)}
                  </button>
                ) : (
                  evidenceName(item.done.evidenceFile)
                )}
                <ErrorMessage error={downloadError} />
                {/* The first 24 hex digits in groups, enough to compare a copy by eye; the whole SHA-256 on hover. */}
                {sha ? (
                  <div className="hint" title={`SHA-256: ${sha}`}>
                    {t('schedule.panel.evidenceCheck')} <span className="mono check-code">{shortFingerprint(sha)}…</span>
                  </div>
                ) : null}
              </dd>
            </>
          ) : null}
          {item.done.markedBy ? (
            <>
              <dt>{t('schedule.panel.markedBy')}</dt>
              <dd>{item.done.markedBy}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {own.isOwn(item) ? (
        <div className="actions">
          {editable ? <button onClick={() => setEditing(true)}>{t('schedule.panel.edit')}</button> : null}
          {targets.includes('done') && may('done') ? (
            <button className="primary" onClick={() => onStatus(item, 'done')}>
              {labels.markDone(item.outlet)}
            </button>
          ) : null}
          {targets
            .filter((to) => ACTIONS.includes(to) && may(to))
            .map((to) => (
              <button key={to} onClick={() => onStatus(item, to)}>
                {t(`schedule.panel.actions.${to}`)}
              </button>
            ))}
          {targets.includes('planned') && may('planned') ? (
            <button onClick={() => onStatus(item, 'planned')}>{reopen ? t('schedule.panel.reopen') : t('schedule.panel.backToPlanned')}</button>
          ) : null}
        </div>
      ) : null}
      <HistoryList id={item.id} />
      {editing && editable ? <EditItemForm item={item} onClose={() => setEditing(false)} /> : null}
    </aside>
  );
}
