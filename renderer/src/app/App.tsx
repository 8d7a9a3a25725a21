import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { onChanged } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { refreshAll } from '../api/invalidate';
import { ErrorMessage } from '../components/ErrorMessage';
import { SetupPage } from '../features/setup/SetupPage';
import { setLanguage } from '../i18n';
import { Layout } from './Layout';
import { DEFAULT_SECTION, SECTIONS } from './sections';
import { navigate, useRoute } from './router';

export function App() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const info = useApiQuery('app:info', {});
  const route = useRoute();

  useEffect(() => onChanged(() => void refreshAll(client)), [client]);
  const language = info.data?.language;
  useEffect(() => {
    if (language) setLanguage(language);
  }, [language]);

  if (info.isPending) return <p className="loading">{t('app.loading')}</p>;
  if (info.error) return <ErrorMessage error={info.error} />;
  if (!info.data.setupDone) return <SetupPage />;

  const section = SECTIONS.find((s) => s.id === route.section);
  if (!section) {
    navigate(`/${DEFAULT_SECTION}`);
    return null;
  }
  const { Page } = section;
  return (
    <Layout info={info.data}>
      <Page />
    </Layout>
  );
}
