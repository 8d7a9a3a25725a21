import { useTranslation } from 'react-i18next';
import type { ComplianceTotals } from '../../../../shared/domain/compliance-types';
import { KIND_LABELS, OUTLET_LABELS } from '../../../../shared/domain/report/labels';

/** Done items by kind and by outlet as plain CSS bars, numbers always written out. */
export function TotalsChart({ totals }: { totals: ComplianceTotals }) {
  const { t } = useTranslation();
  // The schedule's words for kinds and outlets (English mode too); the report's Vietnamese labels if they are missing.
  const kinds = Object.entries(totals.byKind).map(([k, n]) => ({
    label: t(`schedule.kind.${k}`, { defaultValue: KIND_LABELS[k as keyof typeof KIND_LABELS] }),
    n: n ?? 0,
  }));
  const outlets = Object.entries(totals.byOutlet).map(([k, n]) => ({
    label: t(`schedule.outlet.${k}`, { defaultValue: OUTLET_LABELS[k as keyof typeof OUTLET_LABELS] }),
    n: n ?? 0,
  }));
  return (
    <section className="card" aria-labelledby="cm-totals-title">
      <h2 id="cm-totals-title">{t('compliance.totals')}</h2>
      <p>{t('compliance.totalDone', { done: totals.done, planned: totals.planned })}</p>
      {totals.done === 0 ? (
        <p className="cm-muted">{t('compliance.noTotals')}</p>
      ) : (
        <div className="cm-totals">
          <Bars title={t('compliance.byKind')} rows={kinds} />
          <Bars title={t('compliance.byOutlet')} rows={outlets} />
        </div>
      )}
    </section>
  );
}

function Bars({ title, rows }: { title: string; rows: Array<{ label: string; n: number }> }) {
  const max = Math.max(1, ...rows.map((r) => r.n));
  return (
    <figure className="cm-hbars">
      <figcaption>{title}</figcaption>
      <dl>
        {rows.map((r) => (
          <div key={r.label} className="cm-hbar">
            <dt>{r.label}</dt>
            <dd>
              <span className="cm-hbar-fill" style={{ width: `${(r.n / max) * 100}%` }} />
              <span className="cm-hbar-n">{r.n}</span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
