import { useState } from 'react';
import { ITEM_KINDS, ITEM_STATUSES, OUTLETS } from '../../../../shared/domain/types';
import type { ItemFilter } from '../../../../shared/domain/schedule/search';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { KIND_LABELS, OUTLET_LABELS, statusLabel } from './look';
import { OrgFilter } from './OrgFilter';
import { useOwnership } from './useOwnership';

function one<T extends string>(v: string): T[] | undefined {
  return v ? [v as T] : undefined;
}

/** Filter bar of the agenda: search, organisation, outlet, kind, status, plan task, person, dates; save and reuse filters. */
export function AgendaFilters({ filter, onChange }: { filter: ItemFilter; onChange: (f: ItemFilter) => void }) {
  const tasks = useApiQuery('items:taskOptions', {});
  const saved = useApiQuery('filters:list', {});
  const save = useApiMutation('filters:save');
  const toast = useToast();
  const own = useOwnership();
  const org = filter.orgIds?.[0] ?? null;
  const [name, setName] = useState('');
  const set = (patch: Partial<ItemFilter>) => onChange({ ...filter, ...patch });
  return (
    <div>
      <div className="filters" role="search">
        <label>
          Tìm (không cần dấu)
          <input id="schedule-search" type="search" value={filter.text ?? ''} placeholder="ví dụ: cai cach" onChange={(e) => set({ text: e.currentTarget.value })} />
        </label>
        <OrgFilter orgs={own.orgs} value={org} onChange={(o) => set({ orgIds: o ? [o] : undefined })} />
        <label>
          Kênh
          <select value={filter.outlets?.[0] ?? ''} onChange={(e) => set({ outlets: one(e.currentTarget.value) })}>
            <option value="">Tất cả</option>
            {OUTLETS.map((o) => <option key={o} value={o}>{OUTLET_LABELS[o]}</option>)}
          </select>
        </label>
        <label>
          Loại
          <select value={filter.kinds?.[0] ?? ''} onChange={(e) => set({ kinds: one(e.currentTarget.value) })}>
            <option value="">Tất cả</option>
            {ITEM_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </label>
        <label>
          Trạng thái
          <select value={filter.statuses?.[0] ?? ''} onChange={(e) => set({ statuses: one(e.currentTarget.value) })}>
            <option value="">Tất cả</option>
            {ITEM_STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
          </select>
        </label>
        <label>
          Nhiệm vụ
          <select value={filter.taskIds?.[0] ?? ''} onChange={(e) => set({ taskIds: one(e.currentTarget.value) })}>
            <option value="">Tất cả</option>
            {(tasks.data ?? []).map((t) => <option key={t.id} value={t.id}>{t.code} — {t.plan}</option>)}
          </select>
        </label>
        <label>
          Người phụ trách
          <input value={filter.person ?? ''} onChange={(e) => set({ person: e.currentTarget.value })} size={12} />
        </label>
        <label>
          Từ ngày
          <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
        </label>
        <label>
          Đến ngày
          <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
        </label>
      </div>
      <div className="filters">
        <label>
          Bộ lọc đã lưu
          <select
            value=""
            onChange={(e) => {
              const f = saved.data?.find((x) => x.id === e.currentTarget.value);
              if (f) onChange(f.filter);
            }}
          >
            <option value="">— Chọn —</option>
            {(saved.data ?? []).map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
          </select>
        </label>
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ name, filter }, { onSuccess: () => { toast.show(`Đã lưu bộ lọc "${name}".`); setName(''); } });
          }}
        >
          <label>
            Tên bộ lọc
            <input value={name} onChange={(e) => setName(e.currentTarget.value)} required size={16} />
          </label>
          <button type="submit">Lưu bộ lọc</button>
          <button type="button" onClick={() => onChange({})}>Xóa điều kiện</button>
        </form>
        <ErrorMessage error={save.error} />
      </div>
    </div>
  );
}
