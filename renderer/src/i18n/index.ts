import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './vi';
import { en } from './en';

export type Language = 'vi' | 'en';

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * A feature brings its own words: `registerTranslations('plans', { vi: {...}, en: {...} })`,
 * then uses `t('plans.key')`. Vietnamese is the reference; English falls back to it.
 */
export function registerTranslations(namespace: string, dict: { vi: Record<string, unknown>; en: Record<string, unknown> }): void {
  i18n.addResourceBundle('vi', 'translation', { [namespace]: dict.vi }, true, true);
  i18n.addResourceBundle('en', 'translation', { [namespace]: dict.en }, true, true);
}

export function setLanguage(lang: Language): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
