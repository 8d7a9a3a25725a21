import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

/** Placeholder until the plans feature lands: says what will be here. */
export function PlansPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeader title={t('nav.plans')} />
      <EmptyState message={t('empty.plans')} />
    </section>
  );
}
