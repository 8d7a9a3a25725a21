import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

/** Placeholder until the reports feature lands: says what will be here. */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeader title={t('nav.reports')} />
      <EmptyState message={t('empty.reports')} />
    </section>
  );
}
