import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/** Cài đặt → Máy này: where this computer keeps its data and which version runs, for whoever helps with a problem. */
export function MachinePanel() {
  const { t } = useTranslation();
  const info = useApiQuery('app:info', {});
  return (
    <section className="card" aria-labelledby="settings-machine-title">
      <h2 id="settings-machine-title">{t('settings.machine')}</h2>
      <p className="hint">{t('settings.machineHint')}</p>
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
    </section>
  );
}
