import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_FILE_FORMATS, type ReportFileFormat, type ReportHistoryEntry } from '../../../../shared/contract/reports';
import type { ReportTexts } from '../../../../shared/domain/report';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { OpenButtons } from './OpenButtons';

export interface ReportRequestState {
  planId: string;
  period?: string;
  from?: string;
  to?: string;
  /** Absent: the server's default (the period's last day once it is over, else today). */
  asOf?: string;
  reportDate: string;
  number?: string;
  cutoff?: boolean;
  allTasks?: boolean;
}

/** Export buttons, a progress indicator while the file is written, and "open" afterwards. */
export function ExportBar({ request, texts }: { request: ReportRequestState; texts: ReportTexts }) {
  const { t } = useTranslation();
  const exporter = useApiMutation('reports:export');
  const [busy, setBusy] = useState<ReportFileFormat | null>(null);
  const [last, setLast] = useState<ReportHistoryEntry | null>(null);
  const run = (format: ReportFileFormat) => {
    setBusy(format);
    setLast(null);
    exporter.mutate(
      { ...request, texts, format },
      {
        onSuccess: (entry) => setLast(entry),
        onSettled: () => setBusy(null),
      },
    );
  };
  return (
    <div className="rp-export card" aria-label={t('reports.export')}>
      <div className="row">
        {REPORT_FILE_FORMATS.map((f) => (
          <button key={f} type="button" data-format={f} disabled={busy !== null} onClick={() => run(f)}>
            {t('reports.exportAs', { format: f.toUpperCase() })}
          </button>
        ))}
        <button type="button" className="rp-print" onClick={() => window.print()}>
          {t('reports.print')}
        </button>
      </div>
      {busy ? (
        <div className="rp-progress" role="status">
          <progress aria-label={t('reports.exporting', { format: busy.toUpperCase() })} />
          <span>{t('reports.exporting', { format: busy.toUpperCase() })}</span>
        </div>
      ) : null}
      <ErrorMessage error={exporter.error} />
      {last ? (
        <div className="rp-done" role="status">
          <span>{t('reports.exported', { file: last.fileName })}</span>
          <OpenButtons entry={last} />
        </div>
      ) : null}
    </div>
  );
}
