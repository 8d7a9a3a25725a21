import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { FieldError } from '../../components/FieldError';
import './translations';

/** The value of the deliberate "not part of the plan" choice; '' is the placeholder, which is no choice at all. */
export const NO_TASK = 'none';

/**
 * The item's plan task. `explicit` (a new item or column): the picker starts on "— Chọn nhiệm vụ —", which is not a
 * valid choice, so an item never leaves Theo dõi and the report by a slip; "Không gắn nhiệm vụ" stays a deliberate
 * option. With no plan on this computer there is nothing to choose: the item goes unlinked and a hint says why.
 */
export function TaskSelect({ value, explicit, error, errorId }: { value: string | undefined; explicit: boolean; error?: string | null; errorId: string }) {
  const { t } = useTranslation();
  const tasks = useApiQuery('items:taskOptions', {});
  const noPlan = tasks.data !== undefined && tasks.data.length === 0;
  const start = value || (explicit && !noPlan ? '' : NO_TASK);
  const hintId = `${errorId}-hint`;
  const described = [error ? errorId : null, noPlan ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label>
        {t('schedule.add.task')}
        {/* Re-mounted once the options arrive, so a task chosen elsewhere (a plan task, a Theo dõi cell) is selected. */}
        <select name="task" defaultValue={start} key={tasks.data ? 'loaded' : 'loading'} aria-invalid={error ? true : undefined} aria-describedby={described}>
          {explicit && !noPlan ? (
            <option value="" disabled>
              {t('schedule.add.chooseTask')}
            </option>
          ) : null}
          {(tasks.data ?? []).map((x) => (
            <option key={x.id} value={x.id} title={`${x.code}. ${x.title} — ${x.plan}`}>
              {`${x.code}. ${x.title}`.slice(0, 70)} — {x.plan}
            </option>
          ))}
          <option value={NO_TASK}>{t('schedule.add.noTask')}</option>
        </select>
      </label>
      {noPlan ? (
        <small id={hintId} className="hint">
          {t('schedule.add.noPlan')}
        </small>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** The picker's value as the contract's task list, or the worded error when nothing was chosen. */
export function chosenTask(t: TFunction, value: string): { taskIds: string[] } | { error: string } {
  if (value === '') return { error: t('schedule.add.taskRequired') };
  return { taskIds: value === NO_TASK ? [] : [value] };
}
