import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOG_FIELDS, type LogField } from '../../../../shared/domain/reconcile';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import './translations';

/**
 * The mapping step of an import (as in a bank-statement import): the columns the preview read, editable, saved
 * under a name for this source; next time the source is chosen instead of recognising the header.
 */
export function MappingPanel({ columns, outlet, canSave }: { columns: Partial<Record<LogField, string>>; outlet: string; canSave: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const mappings = useApiQuery('reconcile:mappings', {});
  const save = useApiMutation('reconcile:saveMapping');
  const remove = useApiMutation('reconcile:deleteMapping');
  const [name, setName] = useState('');
  const [values, setValues] = useState<Partial<Record<LogField, string>>>(columns);
  const [recordElement, setRecordElement] = useState('');
  const [unit, setUnit] = useState<'' | 'frames' | 'seconds' | 'minutes'>('');
  return (
    <details className="rc-mapping" data-testid="reconcile-mapping">
      <summary>{t('reconcile.mapping.title')}</summary>
      <p className="hint">{t('reconcile.mapping.intro')}</p>
      <div className="rc-form">
        {LOG_FIELDS.map((f) => (
          <label key={f}>
            {t(`reconcile.field.${f}`)}
            <input value={values[f] ?? ''} disabled={!canSave} onChange={(e) => setValues({ ...values, [f]: e.target.value })} />
          </label>
        ))}
        <label>
          {t('reconcile.mapping.record')}
          <input value={recordElement} disabled={!canSave} onChange={(e) => setRecordElement(e.target.value)} placeholder="event" />
        </label>
        <label>
          {t('reconcile.mapping.unit')}
          <select value={unit} disabled={!canSave} onChange={(e) => setUnit(e.target.value as typeof unit)}>
            {(['', 'minutes', 'seconds', 'frames'] as const).map((u) => (
              <option key={u} value={u}>
                {t(`reconcile.mapping.units.${u || 'auto'}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reconcile.mapping.name')}
          <input value={name} disabled={!canSave} onChange={(e) => setName(e.target.value)} />
        </label>
        {canSave ? (
          <button
            type="button"
            disabled={!name.trim() || save.isPending}
            onClick={() =>
              save.mutate(
                { name, columns: values, recordElement: recordElement || null, durationUnit: unit || null, outlet: (outlet || null) as never },
                { onSuccess: (m) => toast.show(t('reconcile.mapping.saved', { name: m.name })) },
              )
            }
          >
            {t('reconcile.mapping.save')}
          </button>
        ) : null}
      </div>
      <ErrorMessage error={save.error ?? remove.error} />
      <ul>
        {(mappings.data ?? []).map((m) => (
          <li key={m.name}>
            {m.name}:{' '}
            {Object.entries(m.columns)
              .map(([f, h]) => `${t(`reconcile.field.${f}`)} = "${h}"`)
              .join(', ')}
            {canSave ? (
              <button type="button" onClick={() => remove.mutate({ name: m.name })}>
                {t('reconcile.mapping.delete')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
