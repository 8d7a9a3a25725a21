import { useTranslation } from 'react-i18next';
import './translations';
import './plans.css';
import { useRoute } from '../../app/router';
import { useCan } from '../../app/useCan';
import { PageHeader } from '../../components/PageHeader';
import { RoleNote } from '../../components/RoleNote';
import { AgencyDirectory } from './AgencyDirectory';
import { ImportPage } from './ImportPage';
import { PlanList } from './PlanList';
import { PlanPage } from './PlanPage';

/** #/plans, #/plans/import, #/plans/agencies, #/plans/<id>. */
export function PlansPage() {
  const { rest } = useRoute();
  const can = useCan();
  const first = rest[0];
  if (!first) return <PlanList />;
  if (first === 'import') return can('plans:import') ? <ImportPage /> : <ImportRefused />;
  if (first === 'agencies') return <AgencyDirectory />;
  return <PlanPage id={first} />;
}

/** A viewer who reaches the import page (a link, a bookmark) reads why there is no form. */
function ImportRefused() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeader title={t('plans.import')} />
      <RoleNote />
    </section>
  );
}
