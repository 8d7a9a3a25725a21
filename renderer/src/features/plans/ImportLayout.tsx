import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/contract/plans';
import { QUICK_CADENCES, type QuickCadence } from '../../../../shared/domain/cadence';
import type { ImportLayout as Layout } from '../../../../shared/domain/plan/import-types';

/** Rows a merged value was given to, grouped by where it was written: one line per group. */
function carriedGroups(layout: Layout) {
  const groups = new Map<string, { field: string; value: string; from: number; rows: number[] }>();
  for (const c of layout.carried) {
    const key = `${c.field}\u0000${c.fromRow}`;
    const g = groups.get(key) ?? { field: c.field, value: c.value, from: c.fromRow, rows: [] };
    g.rows.push(c.row);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** What the reader did with the table, before anything is written: header, columns, skipped rows, sections, merged cells. */
export function ImportLayout({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const layout = preview.layout;
  if (!layout) return null;
  const used = layout.columns.filter((c) => c.use === 'field');
  const kept = layout.columns.filter((c) => c.use === 'kept');
  const ignored = layout.columns.filter((c) => c.use === 'ignored');
  const skipped = layout.skipped.filter((s) => s.reason !== 'section');
  const bySection = new Map<string, number>();
  for (const task of preview.tasks) bySection.set(task.section ?? '', (bySection.get(task.section ?? '') ?? 0) + 1);
  const carried = carriedGroups(layout);
  return (
    <details className="import-layout" open aria-label={t('plans.layout.title')}>
      <summary>{t('plans.layout.title')}</summary>
      <p>{t('plans.layout.header', { rows: layout.headerRows.join(', ') })}</p>
      <p>
        {t('plans.layout.columns')}: {used.map((c) => `«${c.header}» → ${t(`plans.col.${c.field}`)}`).join('; ')}
      </p>
      {kept.length ? (
        <p>
          {t('plans.layout.kept')}: {kept.map((c) => `«${c.header}»`).join('; ')}
        </p>
      ) : null}
      {ignored.length ? (
        <p className="warn">
          {t('plans.layout.ignored')}: {ignored.map((c) => `«${c.header}»`).join('; ')}
        </p>
      ) : null}
      {skipped.length ? (
        <>
          <p>{t('plans.layout.skipped', { n: skipped.length })}</p>
          <ul className="import-skipped">
            {skipped.map((s) => (
              <li key={s.row}>
                {t('plans.layout.row', { n: s.row })}: {t(`plans.layout.reason.${s.reason}`)} «{s.text}»
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {bySection.size > 1 || !bySection.has('') ? (
        <>
          <p>{t('plans.layout.sections')}</p>
          <ul className="import-sections">
            {[...bySection].map(([section, n]) => (
              <li key={section}>
                {section || t('plans.layout.noSection')}: <strong>{n}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {carried.length ? (
        <>
          <p>{t('plans.layout.carried')}</p>
          <ul>
            {carried.map((g) => (
              <li key={`${g.field}-${g.from}`}>
                {t('plans.layout.carriedRow', { value: g.value.replace(/\n/g, '; '), field: t(`plans.col.${g.field}`), from: g.from, rows: g.rows.join(', ') })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}

/** Flagged timeframes, each with one click to give it a cadence (applied right after the import). */
export function FlaggedTimeframes({
  preview,
  chosen,
  onChoose,
}: {
  preview: ImportPreview;
  chosen: Record<string, QuickCadence>;
  onChoose: (taskId: string, c: QuickCadence | null) => void;
}) {
  const { t } = useTranslation();
  const flagged = preview.tasks.filter((task) => task.cadence.kind === 'unknown' && !task.cadenceOverridden);
  if (flagged.length === 0) return null;
  return (
    <div className="import-flagged" aria-label={t('plans.layout.flagged', { n: flagged.length })}>
      <p className="warn">{t('plans.layout.flagged', { n: flagged.length })}</p>
      <table className="plans-table">
        <tbody>
          {flagged.map((task) => (
            <tr key={task.id} data-code={task.code}>
              <td className="code">{task.code}</td>
              <td>{task.row ? t('plans.layout.row', { n: task.row }) : null}</td>
              <td>«{task.timeframe || '—'}»</td>
              <td className="plans-actions">
                {[null, ...QUICK_CADENCES].map((c) => (
                  <button
                    key={c ?? 'none'}
                    type="button"
                    aria-pressed={(chosen[task.id] ?? null) === c}
                    className={(chosen[task.id] ?? null) === c ? 'primary' : undefined}
                    onClick={() => onChoose(task.id, c)}
                  >
                    {t(`plans.layout.quick.${c ?? 'none'}`)}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
