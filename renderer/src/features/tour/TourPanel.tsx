import { useTranslation } from 'react-i18next';
import { ensureTourMounted } from './mount';
import { startTour } from './steps';
import './translations';

// The settings panels are imported when the app starts, so this mounts the tour for the whole app.
ensureTourMounted();

/** Under Cài đặt: start the quick tour again. */
export function TourPanel() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="tour-panel-title">
      <h2 id="tour-panel-title">{t('tour.panel.title')}</h2>
      <p>{t('tour.panel.body')}</p>
      <button type="button" onClick={startTour}>
        {t('tour.panel.start')}
      </button>
    </section>
  );
}
