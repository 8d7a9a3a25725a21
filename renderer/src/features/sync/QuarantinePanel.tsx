import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { viDateTime } from './format';

/** Files that were refused, with the reason in words; their copies stay in the data folder (sync/quarantine). */
export function QuarantinePanel() {
  const { t } = useTranslation();
  const files = useApiQuery('sync:quarantine', {});
  if (files.isPending) return <p className="loading">{t('app.loading')}</p>;
  if (files.error) return <ErrorMessage error={files.error} />;
  if (files.data.length === 0) return <EmptyState message={t('sync.noQuarantine')} />;
  return (
    <table className="sync-table">
      <thead>
        <tr>
          <th>{t('sync.file')}</th>
          <th>{t('sync.col.org')}</th>
          <th>{t('sync.reason')}</th>
          <th>{t('sync.at')}</th>
        </tr>
      </thead>
      <tbody>
        {files.data.map((f) => (
          <tr key={`${f.fileName}-${f.at}`}>
            <td className="mono">{f.fileName}</td>
            <td>{f.orgName ?? '—'}</td>
            <td className="sync-reason">{f.reason}</td>
            <td>{viDateTime(f.at)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
