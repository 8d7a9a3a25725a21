import { useTranslation } from 'react-i18next';
import type { SyncConflictView } from '../../../../shared/contract/sync';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { RoleNote } from '../../components/RoleNote';
import { useCan } from '../../app/useCan';
import { valueText, viDateTime } from './format';

/** Both values of every open conflict, and a way to keep one (the choice syncs to every computer). */
export function ConflictsPanel() {
  const { t } = useTranslation();
  const conflicts = useApiQuery('sync:conflicts', {});
  const resolve = useApiMutation('sync:resolve');
  const toast = useToast();
  // Keeping one value changes the data everywhere: an editor's decision (the core refuses it to other roles).
  const mayResolve = useCan()('sync:resolve');
  if (conflicts.isPending) return <p className="loading">{t('app.loading')}</p>;
  if (conflicts.error) return <ErrorMessage error={conflicts.error} />;
  if (conflicts.data.length === 0) return <EmptyState message={t('sync.noConflicts')} />;
  const pick = (c: SyncConflictView, which: 'winner' | 'loser') =>
    resolve.mutate({ id: c.id, pick: which }, { onSuccess: () => toast.show(t('sync.resolved')) });
  return (
    <div>
      <ErrorMessage error={resolve.error} />
      {mayResolve ? null : <RoleNote />}
      {conflicts.data.map((c) => (
        <article key={c.id} className="card sync-conflict-card" aria-label={c.label}>
          <h3>
            {c.label} <span className="sync-badge">{t(`sync.conflictKind.${c.kind}`)}</span>
          </h3>
          {!c.canResolve ? <p className="muted">{t('sync.ownerOnly')}</p> : null}
          <div className="sync-conflict">
            {(['winner', 'loser'] as const).map((which) => {
              const v = c[which];
              const button = c.kind === 'deleted' ? (which === 'winner' ? t('sync.keepDeleted') : t('sync.keepEdit')) : t('sync.keepThis');
              return (
                <section key={which} className="sync-version">
                  <h4>{which === 'winner' ? t('sync.current') : t('sync.replaced')}</h4>
                  <div className="value">{valueText(v.value, t('sync.deletedValue'))}</div>
                  <small>{t('sync.by', { who: v.installName ?? v.install, at: viDateTime(v.at) })}</small>
                  {c.canResolve && mayResolve ? (
                    <button type="button" disabled={resolve.isPending} onClick={() => pick(c, which)}>
                      {button}
                    </button>
                  ) : null}
                </section>
              );
            })}
          </div>
        </article>
      ))}
    </div>
  );
}
