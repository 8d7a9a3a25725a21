import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

/** Placeholder until the sync feature lands: says what will be here. */
export function SyncPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeader title={t('nav.sync')} />
      <EmptyState message={t('empty.sync')} />
    </section>
  );
}
