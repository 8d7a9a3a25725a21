import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useToast } from '../../components/Toast';
import { setLanguage, type Language } from '../../i18n';

/** Cài đặt → Ngôn ngữ: the language of the screens, one's own choice whatever the role (kept in this computer's data). */
export function LanguagePanel() {
  const { t } = useTranslation();
  const toast = useToast();
  const info = useApiQuery('app:info', {});
  const setSettings = useApiMutation('settings:set');
  const change = (lang: Language) => {
    setLanguage(lang);
    setSettings.mutate({ values: { language: lang } }, { onSuccess: () => toast.show(t('settings.saved')) });
  };
  return (
    <section className="card" aria-labelledby="settings-language-title">
      <h2 id="settings-language-title">{t('settings.language')}</h2>
      <p className="hint">{t('settings.languageHint')}</p>
      <label className="field inline">
        <span>{t('settings.language')}</span>
        <select value={info.data?.language ?? 'vi'} onChange={(e) => change(e.target.value as Language)} name="language">
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
    </section>
  );
}
