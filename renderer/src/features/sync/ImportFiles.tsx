import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncImportResult } from '../../../../shared/contract/sync';
import { useApiMutation } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { readFileAsBase64 } from '../plans/file-data';

/** Import files picked by hand (a USB stick without a chosen folder, an e-mail attachment). */
export function ImportFiles() {
  const { t } = useTranslation();
  const importer = useApiMutation('sync:import');
  const [result, setResult] = useState<SyncImportResult | null>(null);
  const [readError, setReadError] = useState<Error | null>(null);
  return (
    <div className="card">
      <label className="field">
        <span>{t('sync.importFiles')}</span>
        <input
          type="file"
          multiple
          accept=".lttsync"
          aria-describedby="sync-import-hint"
          onChange={async (e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length === 0) return;
            try {
              setReadError(null);
              const payload = await Promise.all(files.map(readFileAsBase64));
              importer.mutate({ files: payload, trustNew: false }, { onSuccess: setResult });
            } catch (error) {
              setReadError(error as Error);
            }
          }}
        />
        <small id="sync-import-hint">{t('sync.importHint')}</small>
      </label>
      <ErrorMessage error={importer.error ?? readError} />
      {result ? (
        <div role="status">
          <p>{t('sync.result', { applied: result.applied, duplicates: result.duplicates, conflicts: result.conflicts })}</p>
          <ul className="plain-list">
            {result.rejected.map((r) => (
              <li key={r.file}>
                <strong>{r.file}</strong> <span className="sync-reason">{r.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
