import { useTranslation } from 'react-i18next';
import { ReportSettingsPanel } from './ReportSettingsPanel';
import './translations';

/** Cài đặt → Báo cáo: the report settings under a heading that says what they are for (Báo cáo shows the same form folded). */
export function ReportSettingsSection() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="settings-report-title">
      <h2 id="settings-report-title">{t('reports.settingsTitle')}</h2>
      <p>{t('reports.settingsPurpose')}</p>
      <ReportSettingsPanel hint={false} />
    </section>
  );
}
