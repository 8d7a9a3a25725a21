import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportHistoryEntry } from '../../../../shared/contract/reports';
import { call, canDownload, downloadFile, type ApiError } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';

/** Open the file or its folder through the desktop shell; in the browser, a download link. */
export function OpenButtons({ entry }: { entry: ReportHistoryEntry }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState('');
  const relPath = canDownload() ? entry.relPath : null;
  const open = async (target: 'file' | 'folder') => {
    setError(null);
    try {
      const r = await call('reports:open', { id: entry.id, target });
      setNote(r.opened ? '' : t('reports.notOpened'));
    } catch (e) {
      setError(e as ApiError);
    }
  };
  if (!entry.exists) return <span className="rp-missing">{t('reports.missingFile')}</span>;
  return (
    <span className="rp-open">
      {relPath ? (
        <button type="button" className="button-link" onClick={() => void downloadFile({ path: relPath }, entry.fileName).catch((e: ApiError) => setError(e))}>
          {t('reports.download')}
        </button>
      ) : (
        <>
          <button type="button" onClick={() => void open('file')}>
            {t('reports.openFile')}
          </button>
          <button type="button" onClick={() => void open('folder')}>
            {t('reports.openFolder')}
          </button>
        </>
      )}
      {note ? <small>{note}</small> : null}
      <ErrorMessage error={error} />
    </span>
  );
}
