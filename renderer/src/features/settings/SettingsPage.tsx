import { useTranslation } from 'react-i18next';
import { href, useRoute } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { settingsSections } from './panels';

/**
 * Cài đặt: one section at a time under a row of labelled tabs (#/settings/<section>), so nothing is hunted for down
 * a long page and "Cài đặt → Người dùng" in a message names a place one can click.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const current = settingsSections.find((s) => s.id === route.rest[0]) ?? settingsSections[0]!;
  const { Panel } = current;
  return (
    <section className="settings">
      <PageHeader title={t('settings.title')} />
      <nav className="page-tabs" aria-label={t('settings.sections')}>
        {settingsSections.map((s) => (
          <a key={s.id} href={href(`/settings/${s.id}`)} aria-current={s.id === current.id ? 'page' : undefined} data-settings={s.id}>
            {t(s.label)}
          </a>
        ))}
      </nav>
      <Panel key={current.id} />
    </section>
  );
}
