import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { href } from '../../app/router';
import { cellLook } from '../compliance/status-look';
import '../compliance/translations';
import '../compliance/compliance.css';

interface Props {
  year: number;
  month: number;
  today: string;
  /** Lịch narrowed to one organisation (?org=): count only its items, as the Home Affairs view does. */
  orgId: string | null;
  /** Add an item for this task (the add form comes linked to it); absent for a role that cannot add. */
  onAdd?: (taskId: string) => void;
}

/**
 * Above the month (ui.md): each plan task that asks for something this month, with what is required, scheduled
 * and done — the same numbers as Theo dõi for the month, so an editor sees what is missing while planning.
 */
export function TaskStrip({ year, month, today, orgId, onAdd }: Props) {
  const { t } = useTranslation();
  const plans = useApiQuery('compliance:plans', {});
  const plan = plans.data?.find((p) => p.year === year);
  const period = `${year}-${String(month).padStart(2, '0')}`;
  const view = useApiQuery(
    'compliance:view',
    { planId: plan?.id ?? '', period, asOf: today, granularity: 'month', ...(orgId ? { orgId } : {}) },
    { enabled: !!plan },
  );
  if (!plan || !view.data) return null;
  const rows = view.data.matrix.rows.flatMap((row) => {
    const cell = row.cells[0];
    return cell && cell.status !== 'none' ? [{ row, cell }] : [];
  });
  if (rows.length === 0) return null;
  const link = href(`/compliance?${new URLSearchParams({ plan: plan.id, period, asOf: today }).toString()}`);
  return (
    <ul className="task-strip" aria-label={t('schedule.strip.label', { plan: plan.number })} data-testid="task-strip">
      {rows.map(({ row, cell }) => {
        const look = cellLook(cell);
        const status = t(`compliance.status.${look.key}`);
        const ongoing = cell.status === 'ongoing';
        return (
          <li key={row.taskId}>
            <a
              className={`task-chip ${look.css}`}
              href={link}
              title={t('schedule.strip.title', { code: row.code, task: row.title, status })}
              data-task={row.code}
            >
              <span aria-hidden="true">{look.icon}</span> <b>{row.code}</b> <span className="task-chip-title">{row.title}</span>{' '}
              <span className="task-chip-num">
                {ongoing ? t('schedule.strip.ongoing', { done: cell.done }) : t('schedule.strip.done', { done: cell.done + cell.late, count: cell.count })} ·{' '}
                {t('schedule.strip.planned', { planned: cell.planned })}
              </span>
              <span className="sr-only"> — {status}</span>
            </a>
            {onAdd ? (
              <button
                type="button"
                className="task-chip-add"
                onClick={() => onAdd(row.taskId)}
                aria-label={t('schedule.strip.add', { code: row.code })}
                title={t('schedule.strip.add', { code: row.code })}
              >
                +
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
