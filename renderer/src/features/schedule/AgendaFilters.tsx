import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_STATUSES } from '../../../../shared/domain/types';
import type { ItemFilter } from '../../../../shared/domain/schedule/search';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { OrgFilter } from './OrgFilter';
import { useLabels } from './useLabels';
import { ChoiceSelect, KindSelect, OutletSelect } from './ChoiceSelect';
import { useOwnership } from './useOwnership';
import { DateField } from '../../components/DateField';
import { checkViDate } from '../../components/form-errors';

function one<T extends string>(v: string): T[] | undefined {
  return v ? [v as T] : undefined;
}

/** The task filter's choice "items with no plan task" (no task id looks like it). */
const NO_TASK = '-';

/** Filter bar of the agenda: search, organisation, outlet, kind, status, plan task, person, dates; save and reuse filters. */
export function AgendaFilters({ filter, onChange }: { filter: ItemFilter; onChange: (f: ItemFilter) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
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
      <div className="filters" role="search" aria-label={t('schedule.filters.region')}>
        <label>
          {t('schedule.filters.search')}
          <input
            id="schedule-search"
            type="search"
            value={filter.text ?? ''}
            placeholder={t('schedule.filters.searchHint')}
            onChange={(e) => set({ text: e.currentTarget.value })}
          />
        </label>
        <OrgFilter orgs={own.orgs} value={org} onChange={(o) => set({ orgIds: o ? [o] : undefined })} />
        <OutletSelect value={filter.outlets?.[0] ?? ''} onChange={(v) => set({ outlets: one(v) })} allLabel={t('schedule.filters.all')} />
        <KindSelect value={filter.kinds?.[0] ?? ''} onChange={(v) => set({ kinds: one(v) })} allLabel={t('schedule.filters.all')} />
        <ChoiceSelect
          label={t('schedule.filters.status')}
          choices={ITEM_STATUSES}
          labelOf={labels.status}
          value={filter.statuses?.[0] ?? ''}
          onChange={(v) => set({ statuses: one(v) })}
          allLabel={t('schedule.filters.all')}
        />
        <label>
          {t('schedule.field.task')}
          <select
            value={filter.noTask ? NO_TASK : (filter.taskIds?.[0] ?? '')}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set(v === NO_TASK ? { taskIds: undefined, noTask: true } : { taskIds: one(v), noTask: undefined });
            }}
          >
            <option value="">{t('schedule.filters.all')}</option>
            <option value={NO_TASK}>{t('schedule.filters.noTask')}</option>
            {(tasks.data ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.code} — {x.plan}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('schedule.filters.person')}
          <input value={filter.person ?? ''} onChange={(e) => set({ person: e.currentTarget.value })} size={12} />
        </label>
        <FilterDate label={t('schedule.field.fromDate')} name="agenda-from" value={filter.from} onChange={(from) => set({ from })} />
        <FilterDate label={t('schedule.field.toDate')} name="agenda-to" value={filter.to} onChange={(to) => set({ to })} />
      </div>
      <div className="filters">
        <label>
          {t('schedule.filters.saved')}
          <select
            value=""
            onChange={(e) => {
              const f = saved.data?.find((x) => x.id === e.currentTarget.value);
              if (f) onChange(f.filter);
            }}
          >
            <option value="">{t('schedule.filters.choose')}</option>
            {(saved.data ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(
              { name, filter },
              {
                onSuccess: () => {
                  toast.show(t('schedule.filters.savedToast', { name }));
                  setName('');
                },
              },
            );
          }}
        >
          <label>
            {t('schedule.filters.name')}
            <input value={name} onChange={(e) => setName(e.currentTarget.value)} required size={16} />
          </label>
          <button type="submit">{t('schedule.filters.save')}</button>
          <button type="button" onClick={() => onChange({})}>
            {t('schedule.filters.clear')}
          </button>
        </form>
        <ErrorMessage error={save.error} />
      </div>
    </div>
  );
}

/** A filter date typed dd/MM/yyyy (never the locale's MM/dd): applied once it is a real date, cleared when emptied. */
function FilterDate({ label, name, value, onChange }: { label: string; name: string; value: string | undefined; onChange: (iso: string | undefined) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  return (
    <DateField
      label={label}
      name={name}
      value={value ?? ''}
      error={error}
      onText={(text) => {
        if (text.trim() === '') {
          setError(null);
          onChange(undefined);
          return;
        }
        if (!/\d{4}\s*$/.test(text)) return;
        const c = checkViDate(t, label, text);
        setError('error' in c ? c.error : null);
        if ('iso' in c) onChange(c.iso);
      }}
    />
  );
}
