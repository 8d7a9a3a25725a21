import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskChange, TaskView } from '../../../../shared/contract/plans';
import { describeCadence } from '../../../../shared/domain/cadence';

type Row = TaskView & { change?: TaskChange; row?: number | null };

/** The cadence in words: the core's Vietnamese as is, or the same cadence described in English. */
export function cadenceWords(task: Pick<TaskView, 'cadence' | 'cadenceText'>, language: string): string {
  return language === 'en' ? describeCadence(task.cadence, 'en') : task.cadenceText;
}

/** The plan's task table: cadence in words beside the original timeframe, agencies by their directory names. */
export function TaskTable({
  tasks,
  onEdit,
  onCadence,
  onSchedule,
}: {
  tasks: Row[];
  onEdit?: (t: TaskView) => void;
  onCadence?: (t: TaskView) => void;
  onSchedule?: (t: TaskView) => void;
}) {
  const { t, i18n } = useTranslation();
  const showChange = tasks.some((x) => x.change);
  const showActions = Boolean(onEdit || onCadence || onSchedule);
  const columns = 7 + (showChange ? 1 : 0) + (showActions ? 1 : 0);
  return (
    <table className="plans-table" aria-label={t('plans.tasks')}>
      <thead>
        <tr>
          {showChange ? <th>{t('plans.col.change')}</th> : null}
          <th>{t('plans.col.code')}</th>
          <th>{t('plans.col.title')}</th>
          <th>{t('plans.col.product')}</th>
          <th>{t('plans.col.leads')}</th>
          <th>{t('plans.col.partners')}</th>
          <th>{t('plans.col.timeframe')}</th>
          <th>{t('plans.col.cadence')}</th>
          {showActions ? <th>{t('plans.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {tasks.map((task, i) => (
          <Fragment key={task.id}>
            {task.section && task.section !== tasks[i - 1]?.section ? (
              // The appendix's section heading, above the first task of the section.
              <tr className="section-row">
                <th colSpan={columns} scope="colgroup">
                  {task.section}
                </th>
              </tr>
            ) : null}
            <tr className={task.warnings.length ? 'has-warning' : undefined} data-code={task.code}>
              {showChange && task.change ? (
                <td>
                  <span className={`change change-${task.change}`}>{t(`plans.change.${task.change}`)}</span>
                  {task.row ? <div className="agency-aliases">{t('plans.row', { n: task.row })}</div> : null}
                </td>
              ) : null}
              <td className="code">{task.code}</td>
              <td className="task-title">{task.title}</td>
              <td>{task.product}</td>
              <td>
                <AgencyList names={task.leadsDisplay} />
              </td>
              <td>
                <AgencyList names={task.partnersDisplay} />
              </td>
              <td>{task.timeframe || '—'}</td>
              <td>
                <span className="cadence-words">{cadenceWords(task, i18n.language)}</span>
                {task.cadenceOverridden ? <div className="cadence-manual">({t('plans.manual')})</div> : null}
                {task.warnings.map((w, i) => (
                  <p key={i} className="warn">
                    {w.message}
                  </p>
                ))}
              </td>
              {showActions ? (
                <td className="plans-actions">
                  {onEdit ? (
                    <button type="button" onClick={() => onEdit(task)} aria-label={`${t('plans.editTask')} ${task.code}`}>
                      {t('plans.edit')}
                    </button>
                  ) : null}
                  {onCadence ? (
                    <button type="button" onClick={() => onCadence(task)} aria-label={`${t('plans.cadenceEdit')} ${task.code}`}>
                      {t('plans.cadenceEdit')}
                    </button>
                  ) : null}
                  {onSchedule ? (
                    <button type="button" onClick={() => onSchedule(task)} aria-label={t('plans.scheduleTaskLabel', { code: task.code })}>
                      {t('plans.scheduleTask')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function AgencyList({ names }: { names: string[] }) {
  if (names.length === 0) return <>—</>;
  if (names.length === 1) return <>{names[0]}</>;
  return (
    <ul>
      {names.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
