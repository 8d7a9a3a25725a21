import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useCan } from '../../app/useCan';
import { ListPanel } from './ListPanel';
import './translations';

/** Cài đặt → Chủ đề: the topic tags offered when editing items (items keep the names they already have). */
export function TopicsPanel() {
  const { t } = useTranslation();
  const topics = useApiQuery('topics:list', {});
  const save = useApiMutation('topics:save');
  const editable = useCan()('topics:save');
  return (
    <ListPanel
      label={t('schedule.topics.title')}
      heading={t('schedule.topics.title')}
      items={topics.data}
      error={topics.error}
      keyOf={(name) => name}
      show={(name) => name}
      editable={editable}
      save={save}
      removeInput={(name) => ({ add: [], remove: [name] })}
      removeLabel={t('schedule.topics.remove')}
      removedToast={t('schedule.topics.removed')}
      addInput={(f) => ({ add: [String(f.get('topic') ?? '')], remove: [] })}
      addLabel={t('schedule.topics.add')}
      addedToast={t('schedule.topics.added')}
    >
      <label>
        {t('schedule.topics.name')} <input name="topic" required />
      </label>
    </ListPanel>
  );
}
