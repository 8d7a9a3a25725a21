import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { RoleNote } from '../../components/RoleNote';
import { useCan } from '../../app/useCan';
import './translations';

/** Cài đặt → Chủ đề: the topic tags offered when editing items (items keep the names they already have). */
export function TopicsPanel() {
  const { t } = useTranslation();
  const topics = useApiQuery('topics:list', {});
  const save = useApiMutation('topics:save');
  const toast = useToast();
  const editable = useCan()('topics:save');
  return (
    <section className="card" aria-label={t('schedule.topics.title')}>
      <h2>{t('schedule.topics.title')}</h2>
      <ErrorMessage error={topics.error ?? save.error} />
      {editable ? null : <RoleNote />}
      <ul>
        {(topics.data ?? []).map((name) => (
          <li key={name}>
            {name}{' '}
            {editable ? (
              <button
                className="danger"
                onClick={() => save.mutate({ add: [], remove: [name] }, { onSuccess: () => toast.show(t('schedule.topics.removed')) })}
              >
                {t('schedule.topics.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <form
          className="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const name = String(new FormData(form).get('topic') ?? '');
            save.mutate(
              { add: [name], remove: [] },
              {
                onSuccess: () => {
                  toast.show(t('schedule.topics.added'));
                  form.reset();
                },
              },
            );
          }}
        >
          <label>
            {t('schedule.topics.name')} <input name="topic" required />
          </label>
          <button type="submit">{t('schedule.topics.add')}</button>
        </form>
      ) : null}
    </section>
  );
}
