import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary, CheckResult } from '../../../../shared/contract/backup';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { call, type ApiError } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { RoleNote } from '../../components/RoleNote';
import { useCan } from '../../app/useCan';
import { formatSize, formatWhen, kindKey } from './format';
import './translations';
import './backup.css';

/** Cài đặt → Sao lưu và khôi phục: the list of backups, back up now, restore one, check the data. */
export function BackupPanel() {
  const { t } = useTranslation();
  const toast = useToast();
  const list = useApiQuery('backup:list', {});
  const create = useApiMutation('backup:create');
  const restore = useApiMutation('backup:restore');
  // Anyone makes a backup; only an editor puts one back (it replaces everyone's data).
  const canRestore = useCan()('backup:restore');
  const [confirming, setConfirming] = useState<BackupSummary | null>(null);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<ApiError | null>(null);

  const runCheck = async () => {
    setChecking(true);
    setCheckError(null);
    try {
      setCheck(await call('backup:check', {}));
    } catch (error) {
      setCheckError(error as ApiError);
    } finally {
      setChecking(false);
    }
  };

  const doRestore = (b: BackupSummary) =>
    restore.mutate(
      { name: b.name },
      {
        onSuccess: (r) => {
          setConfirming(null);
          toast.show(t('backup.restored', { previous: r.previousBackup }));
          if (r.ownChangesDropped > 0) toast.show(t('backup.dropped', { n: r.ownChangesDropped }));
        },
      },
    );

  const policy = list.data?.policy;
  return (
    <div className="card backup-panel" data-testid="backup-panel">
      <h2>{t('backup.title')}</h2>
      <p className="hint">{t('backup.intro')}</p>
      {policy && <p className="hint">{t('backup.policy', policy)}</p>}
      {list.data && (
        <p className="hint">
          {t('backup.folder')}: <span className="mono">{list.data.dir}</span>
        </p>
      )}
      <div className="row">
        <button
          type="button"
          disabled={create.isPending}
          onClick={() => create.mutate({}, { onSuccess: (b) => toast.show(t('backup.created', { name: b.name })) })}
        >
          {create.isPending ? t('backup.backingUp') : t('backup.backupNow')}
        </button>
        <button type="button" disabled={checking} onClick={() => void runCheck()}>
          {checking ? t('backup.checking') : t('backup.check')}
        </button>
      </div>
      <ErrorMessage error={create.error ?? list.error ?? checkError} />
      {check && (
        <div className={check.ok ? 'backup-check ok' : 'backup-check problems'} role="status">
          <p>{check.ok ? t('backup.checkOk') : t('backup.checkProblems', { n: check.problems.length })}</p>
          {!check.ok && (
            <ul>
              {check.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {confirming && (
        <div className="backup-confirm" role="alertdialog" aria-labelledby="backup-confirm-title">
          <h3 id="backup-confirm-title">{t('backup.confirmTitle', { when: formatWhen(confirming.createdAt) })}</h3>
          <p>{t('backup.confirmText')}</p>
          <div className="row">
            <button type="button" className="danger" disabled={restore.isPending} onClick={() => doRestore(confirming)}>
              {restore.isPending ? t('backup.restoring') : t('backup.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(null)} disabled={restore.isPending}>
              {t('backup.cancel')}
            </button>
          </div>
          <ErrorMessage error={restore.error} />
        </div>
      )}

      {list.data && list.data.backups.length === 0 ? (
        <EmptyState message={t('backup.none')} />
      ) : (
        <table className="backup-list">
          <thead>
            <tr>
              <th>{t('backup.col.when')}</th>
              <th>{t('backup.col.kind')}</th>
              <th className="num">{t('backup.col.size')}</th>
              {canRestore ? <th>{t('backup.col.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {(list.data?.backups ?? []).map((b) => (
              <tr key={b.name} title={b.name}>
                <td>{formatWhen(b.createdAt)}</td>
                <td>{t(`backup.kind.${kindKey(b.kind)}`)}</td>
                <td className="num">{formatSize(b.size)}</td>
                {canRestore ? (
                  <td>
                    <button type="button" onClick={() => setConfirming(b)} disabled={restore.isPending}>
                      {t('backup.restore')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canRestore ? null : <RoleNote />}
    </div>
  );
}
