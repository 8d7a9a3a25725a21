import './translations';
import './plans.css';
import { useRoute } from '../../app/router';
import { AgencyDirectory } from './AgencyDirectory';
import { ImportPage } from './ImportPage';
import { PlanList } from './PlanList';
import { PlanPage } from './PlanPage';

/** #/plans, #/plans/import, #/plans/agencies, #/plans/<id>. */
export function PlansPage() {
  const { rest } = useRoute();
  const first = rest[0];
  if (!first) return <PlanList />;
  if (first === 'import') return <ImportPage />;
  if (first === 'agencies') return <AgencyDirectory />;
  return <PlanPage id={first} />;
}
