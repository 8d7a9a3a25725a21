import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { href } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import type { AgencyView } from '../../../../shared/contract/plans';
import { PlansDialog } from './PlansDialog';

type Open = { kind: 'rename' | 'aliases' | 'merge'; agency: AgencyView } | { kind: 'add' } | null;

/** Agency names with their other names (aliases); rename keeps the old name as an alias, merge joins two entries. */
export function AgencyDirectory() {
  const { t } = useTranslation();
  const list = useApiQuery('agencies:list', {});
  const [open, setOpen] = useState<Open>(null);
  const [filter, setFilter] = useState('');
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
  const shown = (list.data ?? []).filter((a) => !filter || fold([a.name, ...a.aliases].join(' ')).includes(fold(filter)));
  return (
    <section>
      <PageHeader title={t('plans.agencies')}>
        <a className="plans-link" href={href('/plans')}>
          {t('plans.back')}
        </a>
        <button type="button" className="primary" onClick={() => setOpen({ kind: 'add' })}>
          Thêm cơ quan
        </button>
      </PageHeader>
      <p className="agency-aliases">
        Nhiệm vụ giữ nguyên tên cơ quan như trong văn bản kế hoạch; danh mục cho biết tên hiện nay. Đổi tên thì tên cũ thành tên khác (bí danh); gộp khi hai mục là cùng một cơ quan.
      </p>
      <ErrorMessage error={list.error} />
      <label className="field">
        <span>Tìm cơ quan</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Sở Nội vụ, Đài PTTH…" />
      </label>
      {list.data && list.data.length === 0 ? <EmptyState message="Danh mục trống. Cơ quan được thêm khi nhập kế hoạch, hoặc thêm bằng tay." /> : null}
      {shown.length ? (
        <table className="plans-table" aria-label={t('plans.agencies')}>
          <thead>
            <tr>
              <th>Tên cơ quan</th>
              <th>Tên khác (bí danh)</th>
              <th>Số ô nhiệm vụ</th>
              <th>{t('plans.edit')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.id}>
                <td>{a.name}</td>
                <td className="agency-aliases">{a.aliases.join('; ') || '—'}</td>
                <td>{a.usage}</td>
                <td className="plans-actions">
                  <button type="button" onClick={() => setOpen({ kind: 'rename', agency: a })}>
                    Đổi tên
                  </button>
                  <button type="button" onClick={() => setOpen({ kind: 'aliases', agency: a })}>
                    Tên khác
                  </button>
                  <button type="button" onClick={() => setOpen({ kind: 'merge', agency: a })}>
                    Gộp vào…
                  </button>
                </td>
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
  const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);
  const titles = { add: 'Thêm cơ quan', rename: 'Đổi tên cơ quan', aliases: 'Tên khác của cơ quan', merge: 'Gộp cơ quan' };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (open.kind === 'add') add.mutate({ name, aliases: lines(aliasText) }, { onSuccess: done('Đã thêm cơ quan.') });
    if (open.kind === 'rename' && agency) rename.mutate({ id: agency.id, name }, { onSuccess: done('Đã đổi tên; tên cũ được giữ làm tên khác.') });
    if (open.kind === 'aliases' && agency) aliases.mutate({ id: agency.id, aliases: lines(aliasText) }, { onSuccess: done('Đã lưu tên khác.') });
    if (open.kind === 'merge' && agency && target) merge.mutate({ sourceId: agency.id, targetId: target }, { onSuccess: done('Đã gộp cơ quan.') });
  };
  const error = add.error ?? rename.error ?? aliases.error ?? merge.error;
  return (
    <PlansDialog title={titles[open.kind]} onClose={onClose}>
      <form onSubmit={submit}>
        {open.kind === 'add' || open.kind === 'rename' ? (
          <label className="field">
            <span>Tên cơ quan</span>
            <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
        ) : null}
        {open.kind === 'add' || open.kind === 'aliases' ? (
          <label className="field">
            <span>Tên khác (mỗi tên một dòng)</span>
            <textarea name="aliases" rows={4} value={aliasText} onChange={(e) => setAliasText(e.target.value)} />
          </label>
        ) : null}
        {open.kind === 'merge' && agency ? (
          <label className="field">
            <span>Gộp «{agency.name}» vào</span>
            <select name="target" value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">— chọn cơ quan —</option>
              {all
                .filter((a) => a.id !== agency.id)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </select>
            <small>Tên «{agency.name}» và các tên khác của nó trở thành tên khác của cơ quan được chọn.</small>
          </label>
        ) : null}
        <ErrorMessage error={error} />
        <div className="buttons">
          <button type="button" onClick={onClose}>
            Hủy
          </button>
          <button type="submit" className="primary" disabled={open.kind === 'merge' && !target}>
            Lưu
          </button>
        </div>
      </form>
    </PlansDialog>
  );
}
