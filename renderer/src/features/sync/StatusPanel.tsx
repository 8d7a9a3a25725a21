import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/contract/sync';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { ImportFiles } from './ImportFiles';
import { Fingerprint } from './Fingerprint';
import { gapsText, viDateTime } from './format';
import { FolderPicker } from './FolderPicker';

export function StatusPanel({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useApiMutation('sync:setFolder');
  const [folder, setFolder] = useState(status.folder.path ?? '');
  const [every, setEvery] = useState(String(status.folder.intervalMinutes));
  const [onStart, setOnStart] = useState(status.folder.onStart);
  useEffect(() => {
    setFolder(status.folder.path ?? '');
    setEvery(String(status.folder.intervalMinutes));
    setOnStart(status.folder.onStart);
  }, [status.folder.path, status.folder.intervalMinutes, status.folder.onStart]);
  return (
    <>
      <div className="card">
        <dl className="facts">
          <dt>{t('sync.me')}</dt>
          <dd>
            {status.me.installName} — {status.me.orgName ?? '—'}
          </dd>
          <dt>{t('sync.fingerprint')}</dt>
          <dd>
            <Fingerprint value={status.me.fingerprint} testId="my-fingerprint" />
            <br />
            <small>{t('sync.fingerprintHint')}</small>
          </dd>
          <dt>{t('sync.lastExport')}</dt>
          <dd>{viDateTime(status.lastExportAt)}</dd>
          <dt>{t('sync.unexported')}</dt>
          <dd>{status.unexported}</dd>
        </dl>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ path: folder.trim() || null, intervalMinutes: Number(every) || 0, onStart }, { onSuccess: () => toast.show(t('sync.saved')) });
          }}
        >
          <label className="field">
            <span>{t('sync.folder')}</span>
            <span className="row">
              <input
                value={folder}
                onChange={(e) => setFolder(e.target.value)}
                placeholder="E:\DongBo"
                aria-describedby="sync-folder-hint"
                style={{ flex: 1 }}
              />
              <FolderPicker onPick={setFolder} />
            </span>
            <small id="sync-folder-hint">{status.folder.path ? t('sync.folderHint') : `${t('sync.folderNone')} ${t('sync.folderHint')}`}</small>
          </label>
          <div className="row">
            <label className="field inline">
              <span>{t('sync.every')}</span>
              <input type="number" min={0} max={1440} value={every} onChange={(e) => setEvery(e.target.value)} style={{ width: '7rem' }} />
            </label>
            <label className="choice">
              <input type="checkbox" checked={onStart} onChange={(e) => setOnStart(e.target.checked)} /> {t('sync.onStart')}
            </label>
            <button type="submit" disabled={save.isPending}>
              {t('sync.save')}
            </button>
          </div>
          <ErrorMessage error={save.error} />
        </form>
      </div>
      <ImportFiles />
      <h2>{t('sync.installs')}</h2>
      {status.installs.length === 0 ? (
        <p className="empty-state">{t('sync.noInstalls')}</p>
      ) : (
        <table className="sync-table">
          <thead>
            <tr>
              <th>{t('sync.col.org')}</th>
              <th>{t('sync.col.install')}</th>
              <th>{t('sync.col.trust')}</th>
              <th>{t('sync.col.lastFile')}</th>
              <th>{t('sync.col.lastChange')}</th>
              <th>{t('sync.col.changes')}</th>
              <th>{t('sync.col.gaps')}</th>
            </tr>
          </thead>
          <tbody>
            {status.installs.map((i) => (
              <tr key={i.installId}>
                <td>{i.orgName ?? i.orgId}</td>
                <td>{i.installName ?? i.installId}</td>
                <td>{t(`sync.trust.${i.trust}`)}</td>
                <td>
                  {viDateTime(i.lastFileAt)}
                  {i.lastFile ? <small className="mono"> {i.lastFile}</small> : null}
                </td>
                <td>{viDateTime(i.lastChangeAt)}</td>
                <td>{i.changes}</td>
                <td>{i.gaps.length ? gapsText(i.gaps) : t('sync.noGaps')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
