import { useTranslation } from 'react-i18next';
import type { TaskResult } from '../../../../shared/domain/compliance-types';
import { statusLook } from './status-look';

/** Progress per task as a stacked bar (on time, late, missing, still to come) with the numbers beside it. */
export function TaskProgress({ tasks }: { tasks: TaskResult[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="cm-progress-title">
      <h2 id="cm-progress-title">{t('compliance.progress')}</h2>
      <ul className="cm-progress">
        {tasks.map((task) => {
          const look = statusLook(task.status);
          return (
            <li key={task.taskId} data-task={task.code}>
              <div className="cm-progress-head">
                <span className="cm-code">{task.code}</span>
                <span className="cm-title" title={task.title}>
                  {task.title}
                </span>
                <span className={`cm-chip ${look.css}`}>
                  <span aria-hidden="true">{look.icon}</span> {t(`compliance.status.${look.key}`)}
                </span>
              </div>
              {task.status === 'ongoing' ? <Activity task={task} /> : task.required > 0 ? <Bar task={task} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Bar({ task }: { task: TaskResult }) {
  const { t } = useTranslation();
  const total = Math.max(task.required, task.done + task.late + task.missing);
  const pct = (n: number) => `${(Math.min(n, total) / total) * 100}%`;
  const onTime = Math.min(task.done, task.required);
  const late = Math.min(task.late, Math.max(0, task.required - onTime));
  return (
    <div className="cm-bar-row">
      <div
        className="cm-bar"
        role="img"
        aria-label={`${t('compliance.done')} ${task.done}, ${t('compliance.lateCount')} ${task.late}, ${t('compliance.missingCount')} ${task.missing}, ${t('compliance.required')} ${task.required}`}
      >
        <span className="cm-bar-met" style={{ width: pct(onTime) }} />
        <span className="cm-bar-late" style={{ width: pct(late) }} />
        <span className="cm-bar-missing" style={{ width: pct(task.missing) }} />
      </div>
      <span className="cm-bar-numbers">
        {t('compliance.done')} <b>{task.done}</b> · {t('compliance.lateCount')} <b>{task.late}</b> · {t('compliance.missingCount')} <b>{task.missing}</b> /{' '}
        {t('compliance.required')} <b>{task.required}</b>
      </span>
    </div>
  );
}

/** Ongoing task: one small bar per month, an empty month marked with ∅. */
function Activity({ task }: { task: TaskResult }) {
  const max = Math.max(1, ...task.activity.map((m) => m.done));
  return (
    <div className="cm-activity" role="img" aria-label={task.activity.map((m) => `${m.month}: ${m.done}`).join(', ')}>
      {task.activity.map((m) => (
        <span key={m.month} className={m.flagged ? 'cm-act cm-act-idle' : 'cm-act'} title={`${m.month.slice(5)}/${m.month.slice(0, 4)}: ${m.done}`}>
          <span className="cm-act-bar" style={{ height: `${(m.done / max) * 100}%` }} />
          <span className="cm-act-label">{m.flagged ? '∅' : m.done}</span>
        </span>
      ))}
    </div>
  );
}
