import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';

/** Cài đặt → Chủ đề: the topic tags offered when editing items (items keep the names they already have). */
export function TopicsPanel() {
  const topics = useApiQuery('topics:list', {});
  const save = useApiMutation('topics:save');
  const toast = useToast();
  return (
    <section aria-label="Chủ đề tuyên truyền">
      <h2>Chủ đề tuyên truyền</h2>
      <ErrorMessage error={topics.error ?? save.error} />
      <ul>
        {(topics.data ?? []).map((t) => (
          <li key={t}>
            {t}{' '}
            <button className="danger" onClick={() => save.mutate({ add: [], remove: [t] }, { onSuccess: () => toast.show('Đã bỏ chủ đề.') })}>
              Bỏ
            </button>
          </li>
        ))}
      </ul>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const name = String(new FormData(form).get('topic') ?? '');
          save.mutate({ add: [name], remove: [] }, { onSuccess: () => { toast.show('Đã thêm chủ đề.'); form.reset(); } });
        }}
      >
        <label>
          Chủ đề mới <input name="topic" required />
        </label>
        <button type="submit">Thêm chủ đề</button>
      </form>
    </section>
  );
}
