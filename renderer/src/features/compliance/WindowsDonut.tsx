import { useTranslation } from 'react-i18next';
import type { TaskResult, WindowStatus } from '../../../../shared/domain/compliance-types';
import { statusLook } from './status-look';

const ORDER: WindowStatus[] = ['met', 'late', 'partial', 'missing', 'upcoming'];
const COLOUR: Record<WindowStatus, string> = {
  met: 'var(--st-met)',
  late: '#d49a00',
  partial: '#e07000',
  missing: 'var(--st-missing)',
  upcoming: 'var(--st-upcoming)',
};

/** How the windows of the period stand, as a ring (plain SVG) with a labelled legend. */
export function WindowsDonut({ tasks }: { tasks: TaskResult[] }) {
  const { t } = useTranslation();
  const counts = new Map<WindowStatus, number>(ORDER.map((s) => [s, 0]));
  for (const task of tasks) for (const w of task.windows) counts.set(w.status, (counts.get(w.status) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const r = 40;
  const c = 2 * Math.PI * r;
  let offset = 0;
  return (
    <section className="card" aria-labelledby="cm-donut-title">
      <h2 id="cm-donut-title">{t('compliance.windowsChart')}</h2>
      <div className="cm-donut">
        <svg
          viewBox="0 0 100 100"
          width="140"
          height="140"
          role="img"
          aria-label={ORDER.map((s) => `${t(`compliance.status.${s}`)}: ${counts.get(s)}`).join(', ')}
        >
          <circle cx="50" cy="50" r={r} fill="none" stroke="var(--line)" strokeWidth="16" />
          {total > 0
            ? ORDER.map((s) => {
                const n = counts.get(s) ?? 0;
                if (n === 0) return null;
                const len = (n / total) * c;
                const el = (
                  <circle
                    key={s}
                    cx="50"
                    cy="50"
                    r={r}
                    fill="none"
                    stroke={COLOUR[s]}
                    strokeWidth="16"
                    strokeDasharray={`${len} ${c - len}`}
                    strokeDashoffset={-offset}
                    transform="rotate(-90 50 50)"
                  />
                );
                offset += len;
                return el;
              })
            : null}
          <text x="50" y="55" textAnchor="middle" fontSize="16" fontWeight="600" fill="var(--text)">
            {total}
          </text>
        </svg>
        <ul className="cm-donut-legend">
          {ORDER.map((s) => {
            const look = statusLook(s);
            return (
              <li key={s}>
                <span className={`cm-swatch ${look.css}`} aria-hidden="true">
                  {look.icon}
                </span>
                {t(`compliance.status.${look.key}`)}: <b>{counts.get(s)}</b>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
