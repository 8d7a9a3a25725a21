import { useTranslation } from 'react-i18next';
import { LEGEND, statusLook } from './status-look';

/** What each colour and icon means; the same words as in the cells' labels. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <section className="cm-legend" aria-label={t('compliance.legend')}>
      <h2 className="sr-only">{t('compliance.legend')}</h2>
      <ul>
        {LEGEND.map((l) => {
          const look = statusLook(l.status, l.underPlanned, l.flagged);
          return (
            <li key={look.key}>
              <span className={`cm-swatch ${look.css}`} aria-hidden="true">
                {look.icon}
              </span>
              {t(`compliance.status.${look.key}`)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
