import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/** Topic tags as checkboxes (named `topics`): the plan's content list, editable under Cài đặt. */
export function TopicPicker({ selected }: { selected: string[] }) {
  const { t } = useTranslation();
  const topics = useApiQuery('topics:list', {});
  const all = [...new Set([...(topics.data ?? []), ...selected])];
  return (
    <fieldset>
      <legend>{t('schedule.field.topics')}</legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.1rem 0.9rem' }}>
        {all.map((name) => (
          <label key={name} style={{ display: 'flex', gap: '0.3rem', alignItems: 'center', fontSize: '0.88rem' }}>
            <input type="checkbox" name="topics" value={name} defaultChecked={selected.includes(name)} />
            {name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
