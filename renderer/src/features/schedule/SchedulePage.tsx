import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

/** Placeholder until the schedule feature lands: says what will be here. */
export function SchedulePage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeader title={t('nav.schedule')} />
      <EmptyState message={t('empty.schedule')} />
    </section>
  );
}
