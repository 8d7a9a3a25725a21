import { useTranslation } from 'react-i18next';
import { viDateTime } from '../format';
import type { Freshness } from '../../../../../shared/domain/sync/freshness';

/** How fresh one organisation's figures are: a quiet line when fresh, a visible warning when stale or never received. */
export function FreshnessNote({ freshness }: { freshness: Freshness }) {
  const { t } = useTranslation();
  switch (freshness.kind) {
    case 'own':
      return <p className="ov-fresh">{t('overview.fresh.own')}</p>;
    case 'fresh':
      return (
        <p className="ov-fresh" data-freshness="fresh">
          {freshness.lastChangeAt
            ? t('overview.fresh.fresh', { change: viDateTime(freshness.lastChangeAt), file: viDateTime(freshness.lastFileAt) })
            : t('overview.fresh.freshNoChange', { file: viDateTime(freshness.lastFileAt) })}
        </p>
      );
    case 'stale':
      return (
        <p className="ov-warn" data-freshness="stale">
          <span aria-hidden="true">⚠</span> <strong>{t('overview.warn')}:</strong>{' '}
          {t('overview.fresh.stale', { days: freshness.days, change: viDateTime(freshness.lastChangeAt), file: viDateTime(freshness.lastFileAt) })}
        </p>
      );
    case 'never':
      return (
        <p className="ov-warn" data-freshness="never">
          <span aria-hidden="true">⚠</span> <strong>{t('overview.warn')}:</strong>{' '}
          {freshness.lastChangeAt ? t('overview.fresh.neverRelayed', { change: viDateTime(freshness.lastChangeAt) }) : t('overview.fresh.never')}
        </p>
      );
  }
}

/** A few words for the organisation switch on narrow windows. */
export function freshnessShort(freshness: Freshness, t: (key: string, opts?: Record<string, unknown>) => string): string | null {
  if (freshness.kind === 'own') return null;
  if (freshness.kind === 'fresh') return t('overview.fresh.tabFresh');
  if (freshness.kind === 'stale') return `⚠ ${t('overview.fresh.tabStale', { days: freshness.days })}`;
  return `⚠ ${t('overview.fresh.tabNever')}`;
}
