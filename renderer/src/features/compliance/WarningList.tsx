import { useTranslation } from 'react-i18next';
import type { ComplianceWarning } from '../../../../shared/domain/compliance-types';
import { href } from '../../app/router';
import { warningLink } from './links';

const ICON = { danger: '✗', warning: '⚠', info: 'ℹ' } as const;

/** Warnings ahead of time, most severe first, each linking to where it can be fixed. */
export function WarningList({ planId, warnings, limit }: { planId: string; warnings: ComplianceWarning[]; limit?: number }) {
  const { t } = useTranslation();
  const shown = limit ? warnings.slice(0, limit) : warnings;
  return (
    <section className="card cm-warnings" aria-labelledby="cm-warnings-title">
      <h2 id="cm-warnings-title">
        {t('compliance.warnings')} {warnings.length > 0 ? <span className="cm-count">{warnings.length}</span> : null}
      </h2>
      {warnings.length === 0 ? <p className="cm-muted">{t('compliance.noWarnings')}</p> : null}
      <ul>
        {shown.map((w) => (
          <li key={`${w.code}:${w.taskId}:${w.from}`} className={`cm-warning cm-sev-${w.severity}`} data-testid="warning" data-code={w.code}>
            <span className="cm-sev-icon" aria-hidden="true">
              {ICON[w.severity]}
            </span>
            <a href={href(warningLink(planId, w))}>{w.message}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
