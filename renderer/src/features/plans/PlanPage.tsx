import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { href, navigate, useRoute } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { RoleNote } from '../../components/RoleNote';
import { useCan } from '../../app/useCan';
import { useToast } from '../../components/Toast';
import type { TaskView } from '../../../../shared/contract/plans';
import { formatViDate, localIsoDate } from '../../../../shared/domain/dates';
import { LOCAL_ORG } from '../../../../shared/domain/sync/ownership';
import { scheduleLink } from '../compliance/links';
import { CadenceEditor } from './CadenceEditor';
import { CopyDialog } from './CopyDialog';
import { downloadText } from './file-data';
import { PlanMetaDialog } from './PlanMetaDialog';
import { TaskDialog } from './TaskDialog';
import { TaskTable } from './TaskTable';

/** The add form on Lịch, linked to the task: in this month when the plan covers it, else in the plan's first January. */
function scheduleNew(taskId: string, year: number, lastYear: number): string {
  const now = localIsoDate(new Date()).slice(0, 7);
  const y = Number(now.slice(0, 4));
  const month = y >= year && y <= lastYear ? now : `${year}-01`;
  return `${scheduleLink(taskId, `${month}-01`)}&add=1`;
}

type Open = { kind: 'meta' } | { kind: 'copy' } | { kind: 'task'; task: TaskView } | { kind: 'cadence'; task: TaskView } | null;

export function PlanPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const detail = useApiQuery('plans:get', { id });
  const remove = useApiMutation('plans:delete');
  const publish = useApiMutation('plans:publish');
  const [open, setOpen] = useState<Open>(null);
  // One rule for the whole plan screen: a viewer edits nothing here (the core refuses every plan command to them).
  const can = useCan();
  const editable = can('plans:update');
  const close = () => setOpen(null);
  const plan = detail.data?.plan;
  const tasks = detail.data?.tasks ?? [];
  const review = tasks.filter((x) => x.warnings.length > 0).length;

  // A warning elsewhere (e.g. "timeframe not understood" on Theo dõi) links here with ?task=<id>: open that task's cadence editor.
  const { params } = useRoute();
  const linkedTask = params.get('task');
  useEffect(() => {
    const task = linkedTask ? detail.data?.tasks.find((x) => x.id === linkedTask) : undefined;
    if (task) {
      if (editable) setOpen({ kind: 'cadence', task });
      navigate(`/plans/${encodeURIComponent(id)}`);
    }
  }, [linkedTask, detail.data, id, editable]);

  const exportFile = async () => {
    const file = await call('plans:export', { id });
    downloadText(file.fileName, file.json);
  };
  const onDelete = () => {
    if (!plan || !window.confirm(t('plans.confirmDelete', { name: plan.number || plan.title, n: tasks.length }))) return;
    remove.mutate({ id }, { onSuccess: () => navigate('/plans') });
  };

  return (
    <section>
      <PageHeader
        title={
          plan ? `${t('plans.title')} ${plan.number || t('plans.noNumber')} (${plan.yearTo ? `${plan.year}–${plan.yearTo}` : plan.year})` : t('plans.title')
        }
      >
        <a className="plans-link" href={href('/plans')}>
          {t('plans.back')}
        </a>
        {plan ? (
          <>
            {editable ? (
              <>
                <button type="button" onClick={() => setOpen({ kind: 'meta' })}>
                  {t('plans.editPlan')}
                </button>
                <button type="button" onClick={() => setOpen({ kind: 'copy' })}>
                  {t('plans.copy')}
                </button>
              </>
            ) : null}
            <button type="button" onClick={() => void exportFile()}>
              {t('plans.export')}
            </button>
            {editable ? (
              <button type="button" className="danger" onClick={onDelete}>
                {t('plans.delete')}
              </button>
            ) : null}
          </>
        ) : null}
      </PageHeader>
      <ErrorMessage error={detail.error ?? remove.error ?? publish.error} />
      {plan && !editable ? <RoleNote /> : null}
      {plan && plan.orgId === LOCAL_ORG && editable ? (
        <div className="card plans-local" role="note">
          <p>{t('plans.localNote')}</p>
          <button type="button" disabled={publish.isPending} onClick={() => publish.mutate({ id }, { onSuccess: () => toast.show(t('plans.published')) })}>
            {t('plans.publish')}
          </button>
        </div>
      ) : null}
      {detail.isLoading ? <p className="loading">{t('app.loading')}</p> : null}
      {plan ? (
        <>
          <div className="card">
            <h2>{plan.title || t('plans.noNumber')}</h2>
            <dl className="facts">
              <dt>{t('plans.issuer')}</dt>
              <dd>{plan.issuer}</dd>
              <dt>{t('plans.number')}</dt>
              <dd>{plan.number || t('plans.noNumber')}</dd>
              <dt>{t('plans.date')}</dt>
              <dd>{plan.date ? formatViDate(plan.date) : '—'}</dd>
              <dt>{t('plans.year')}</dt>
              <dd>{plan.yearTo ? `${plan.year}–${plan.yearTo}` : plan.year}</dd>
              {plan.basedOn.length ? (
                <>
                  <dt>{t('plans.basedOn')}</dt>
                  <dd>{plan.basedOn.join('; ')}</dd>
                </>
              ) : null}
              <dt>{t('plans.tasks')}</dt>
              <dd>
                {tasks.length}
                {review ? <span className="warn">{` ${review} ${t('plans.needsReview')}`}</span> : null}
              </dd>
            </dl>
          </div>
          <TaskTable
            tasks={tasks}
            onEdit={editable ? (task) => setOpen({ kind: 'task', task }) : undefined}
            onCadence={editable ? (task) => setOpen({ kind: 'cadence', task }) : undefined}
            onSchedule={can('items:create') ? (task) => navigate(scheduleNew(task.id, plan.year, plan.yearTo ?? plan.year)) : undefined}
          />
        </>
      ) : null}
      {open?.kind === 'meta' && plan ? (
        <PlanMetaDialog
          plan={plan}
          onClose={close}
          onSaved={() => {
            close();
            toast.show(t('plans.saved'));
          }}
        />
      ) : null}
      {open?.kind === 'copy' && plan ? <CopyDialog plan={plan} onClose={close} /> : null}
      {open?.kind === 'task' ? (
        <TaskDialog
          task={open.task}
          onClose={close}
          onSaved={() => {
            close();
            toast.show(t('plans.saved'));
          }}
        />
      ) : null}
      {open?.kind === 'cadence' && plan ? (
        <CadenceEditor
          task={open.task}
          year={plan.year}
          lastYear={plan.yearTo ?? plan.year}
          onClose={close}
          onSaved={() => {
            close();
            toast.show(t('plans.saved'));
          }}
        />
      ) : null}
    </section>
  );
}
