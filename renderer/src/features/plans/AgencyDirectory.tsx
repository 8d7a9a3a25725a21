import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { href } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { RoleNote } from '../../components/RoleNote';
import { useCan } from '../../app/useCan';
import { useToast } from '../../components/Toast';
import type { AgencyView } from '../../../../shared/contract/plans';
import { foldVi } from '../../../../shared/domain/fold';
import { DialogButtons, PlansDialog } from './PlansDialog';

type Open = { kind: 'rename' | 'aliases' | 'merge'; agency: AgencyView } | { kind: 'add' } | null;

/** Agency names with their other names (aliases); rename keeps the old name as an alias, merge joins two entries. */
export function AgencyDirectory() {
  const { t } = useTranslation();
  const list = useApiQuery('agencies:list', {});
  const [open, setOpen] = useState<Open>(null);
  const [filter, setFilter] = useState('');
  const editable = useCan()('agencies:add');
  const shown = (list.data ?? []).filter((a) => !filter || foldVi([a.name, ...a.aliases].join(' ')).includes(foldVi(filter)));
  return (
    <section>
      <PageHeader title={t('plans.agencies')}>
        <a className="plans-link" href={href('/plans')}>
          {t('plans.back')}
        </a>
        {editable ? (
          <button type="button" className="primary" onClick={() => setOpen({ kind: 'add' })}>
            {t('plans.agency.add')}
          </button>
        ) : null}
      </PageHeader>
      {editable ? null : <RoleNote />}
      <p className="agency-aliases">{t('plans.agency.intro')}</p>
      <ErrorMessage error={list.error} />
      <label className="field">
        <span>{t('plans.agency.search')}</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('plans.agency.searchHint')} />
      </label>
      {list.data && list.data.length === 0 ? <EmptyState message={t('plans.agency.empty')} /> : null}
      {shown.length ? (
        <table className="plans-table" aria-label={t('plans.agencies')}>
          <thead>
            <tr>
              <th>{t('plans.agency.name')}</th>
              <th>{t('plans.agency.aliases')}</th>
              <th>{t('plans.agency.usage')}</th>
              {editable ? <th>{t('plans.edit')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.id}>
                <td>{a.name}</td>
                <td className="agency-aliases">{a.aliases.join('; ') || '—'}</td>
                <td>{a.usage}</td>
                {editable ? (
                  <td className="plans-actions">
                    <button type="button" onClick={() => setOpen({ kind: 'rename', agency: a })}>
                      {t('plans.agency.rename')}
                    </button>
                    <button type="button" onClick={() => setOpen({ kind: 'aliases', agency: a })}>
                      {t('plans.agency.setAliases')}
                    </button>
                    <button type="button" onClick={() => setOpen({ kind: 'merge', agency: a })}>
                      {t('plans.agency.mergeInto')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {open ? <AgencyDialog open={open} all={list.data ?? []} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}

function AgencyDialog({ open, all, onClose }: { open: NonNullable<Open>; all: AgencyView[]; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useApiMutation('agencies:add');
  const rename = useApiMutation('agencies:rename');
  const aliases = useApiMutation('agencies:setAliases');
  const merge = useApiMutation('agencies:merge');
  const agency = open.kind === 'add' ? null : open.agency;
  const [name, setName] = useState(agency?.name ?? '');
  const [aliasText, setAliasText] = useState(agency?.aliases.join('\n') ?? '');
  const [target, setTarget] = useState('');
  const done = (msg: string) => () => {
    toast.show(msg);
    onClose();
  };
  const lines = (s: string) =>
    s
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (open.kind === 'add') add.mutate({ name, aliases: lines(aliasText) }, { onSuccess: done(t('plans.agency.added')) });
    if (open.kind === 'rename' && agency) rename.mutate({ id: agency.id, name }, { onSuccess: done(t('plans.agency.renamed')) });
    if (open.kind === 'aliases' && agency) aliases.mutate({ id: agency.id, aliases: lines(aliasText) }, { onSuccess: done(t('plans.agency.aliasesSaved')) });
    if (open.kind === 'merge' && agency && target) merge.mutate({ sourceId: agency.id, targetId: target }, { onSuccess: done(t('plans.agency.merged')) });
  };
  const error = add.error ?? rename.error ?? aliases.error ?? merge.error;
  return (
    <PlansDialog title={t(`plans.agency.titles.${open.kind}`)} onClose={onClose}>
      <form onSubmit={submit}>
        {open.kind === 'add' || open.kind === 'rename' ? (
          <label className="field">
            <span>{t('plans.agency.name')}</span>
            <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
        ) : null}
        {open.kind === 'add' || open.kind === 'aliases' ? (
          <label className="field">
            <span>{t('plans.agency.aliasLines')}</span>
            <textarea name="aliases" rows={4} value={aliasText} onChange={(e) => setAliasText(e.target.value)} />
          </label>
        ) : null}
        {open.kind === 'merge' && agency ? (
          <label className="field">
            <span>{t('plans.agency.mergeLabel', { name: agency.name })}</span>
            <select name="target" value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{t('plans.agency.choose')}</option>
              {all
                .filter((a) => a.id !== agency.id)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </select>
            <small>{t('plans.agency.mergeHint', { name: agency.name })}</small>
          </label>
        ) : null}
        <DialogButtons error={error} disabled={open.kind === 'merge' && !target} onClose={onClose} />
      </form>
    </PlansDialog>
  );
}
