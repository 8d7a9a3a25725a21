import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { setLanguage, type Language } from '../../i18n';
import type { Role } from '../../../../shared/domain/types';
import { settingsPanels } from './panels';

export function SettingsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const info = useApiQuery('app:info', {});
  const users = useApiQuery('users:list', {});
  const setSettings = useApiMutation('settings:set');
  const addUser = useApiMutation('users:add');
  const switchUser = useApiMutation('users:switch');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('producer');

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

      <div className="card">
        <h2>{t('settings.users')}</h2>
        <ul className="plain-list">
          {(users.data ?? []).map((u) => (
            <li key={u.id}>
              <strong>{u.name}</strong> — {t(`roles.${u.role}`)}{' '}
              {info.data?.user?.id === u.id ? (
                <em>({t('settings.current')})</em>
              ) : (
                <button type="button" onClick={() => switchUser.mutate({ userId: u.id })}>
                  {t('settings.switchUser')} {u.name}
                </button>
              )}
            </li>
          ))}
        </ul>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            addUser.mutate({ name, role }, { onSuccess: () => setName('') });
          }}
        >
          <label className="field inline">
            <span>{t('settings.name')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} name="newUserName" />
          </label>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)} aria-label="role">
            {(['editor', 'producer', 'viewer'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          <button type="submit">{t('settings.addUser')}</button>
        </form>
        <ErrorMessage error={addUser.error ?? switchUser.error} />
      </div>
      {settingsPanels.map(({ id, Panel }) => (
        <Panel key={id} />
      ))}
    </section>
  );
}
