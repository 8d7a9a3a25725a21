import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useComplianceWords } from './words';
import type { ComplianceWarning, WarningSeverity } from '../../../../shared/domain/compliance-types';
import { href } from '../../app/router';
import { warningLink } from './links';

const ICON = { danger: '✗', warning: '⚠', info: 'ℹ' } as const;

interface Line {
  key: string;
  severity: WarningSeverity;
  code: string;
  text: string;
  link: string;
}

/**
 * Shortfalls of ended windows are folded into one line per task ("Nhiệm vụ 06: 10 đợt đã hết hạn còn
 * thiếu: tháng 1, 2…"), linking to the first: otherwise a year of a monthly task buries the
 * warnings that can still be acted on.
 */
function lines(
  planId: string,
  warnings: ComplianceWarning[],
  refYear: number,
  asOf: string,
  t: (k: string, o?: Record<string, unknown>) => string,
  words: ReturnType<typeof useComplianceWords>,
): Line[] {
  const out: Line[] = [];
  const folded = new Map<string, { first: ComplianceWarning; all: ComplianceWarning[] }>();
  for (const w of warnings) {
    if (w.code === 'missing' || w.code === 'partial') {
      const f = folded.get(w.taskId);
      if (f) {
        f.all.push(w);
        continue;
      }
      const entry = { first: w, all: [w] };
      folded.set(w.taskId, entry);
      out.push({ key: `fold:${w.taskId}`, severity: w.severity, code: 'shortfall', text: '', link: warningLink(planId, w, asOf) });
      continue;
    }
    out.push({
      key: `${w.code}:${w.taskId}:${w.from}`,
      severity: w.severity,
      code: w.code,
      text: words.warning(w, refYear),
      link: warningLink(planId, w, asOf),
    });
  }
  for (const line of out) {
    if (line.code !== 'shortfall') continue;
    const f = folded.get(line.key.slice(5))!;
    line.text =
      f.all.length === 1
        ? words.warning(f.first, refYear)
        : t('compliance.shortfall', { code: f.first.taskCode, n: f.all.length, when: f.all.map((w) => words.when(w.from, w.to, refYear)).join(', ') });
  }
  return out;
}

/** Warnings, ahead-of-time first, each linking to where it can be fixed. */
export function WarningList({
  planId,
  warnings,
  refYear,
  asOf,
  limit = 8,
}: {
  planId: string;
  warnings: ComplianceWarning[];
  refYear: number;
  asOf: string;
  limit?: number;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const words = useComplianceWords();
  const list = lines(planId, warnings, refYear, asOf, t, words);
  const shown = all ? list : list.slice(0, limit);
  return (
    <section className="card cm-warnings" aria-labelledby="cm-warnings-title">
      <h2 id="cm-warnings-title">
        {t('compliance.warnings')} {list.length > 0 ? <span className="cm-count">{list.length}</span> : null}
      </h2>
      {list.length === 0 ? <p className="cm-muted">{t('compliance.noWarnings')}</p> : null}
      <ul>
        {shown.map((l) => (
          <li key={l.key} className={`cm-warning cm-sev-${l.severity}`} data-testid="warning" data-code={l.code}>
            <span className="cm-sev-icon" aria-hidden="true">
              {ICON[l.severity]}
            </span>
            <a href={href(l.link)}>{l.text}</a>
          </li>
        ))}
      </ul>
      {list.length > limit ? (
        <button type="button" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('compliance.showFewer') : t('compliance.showAll', { n: list.length })}
        </button>
      ) : null}
    </section>
  );
}
