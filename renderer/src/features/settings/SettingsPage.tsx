import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { setLanguage, type Language } from '../../i18n';
import { UsersPanel } from './UsersPanel';
import { settingsPanels } from './panels';

export function SettingsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const info = useApiQuery('app:info', {});
  const setSettings = useApiMutation('settings:set');

  const changeLanguage = (lang: Language) => {
    setLanguage(lang);
    setSettings.mutate({ values: { language: lang } }, { onSuccess: () => toast.show(t('settings.saved')) });
  };

  return (
    <section className="settings">
      <PageHeader title={t('settings.title')} />
      <div className="card">
        <h2>{t('settings.general')}</h2>
        <dl className="facts">
          <dt>{t('settings.dataFile')}</dt>
          <dd className="mono">{info.data?.dbPath}</dd>
          <dt>{t('settings.schemaVersion')}</dt>
          <dd>{info.data?.schemaVersion}</dd>
          <dt>{t('settings.installId')}</dt>
          <dd className="mono">{info.data?.installId}</dd>
          <dt>{t('settings.appVersion')}</dt>
          <dd>{info.data?.appVersion}</dd>
        </dl>
        <label className="field inline">
          <span>{t('settings.language')}</span>
          <select value={info.data?.language ?? 'vi'} onChange={(e) => changeLanguage(e.target.value as Language)} name="language">
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>

      <UsersPanel />
      {settingsPanels.map(({ id, Panel }) => (
        <Panel key={id} />
      ))}
    </section>
  );
}
