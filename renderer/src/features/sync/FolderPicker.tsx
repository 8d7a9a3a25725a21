import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';

/**
 * "Chọn thư mục…": the system's folder dialog on the desktop; in the browser a folder browser served by the app
 * itself (folders:list), limited to the home folder and removable drives.
 */
export function FolderPicker({ onPick }: { onPick: (path: string) => void }) {
  const { t } = useTranslation();
  const [browsing, setBrowsing] = useState(false);
  const desktop = window.api?.desktop?.chooseFolder;
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          if (desktop) {
            const chosen = await desktop({ title: t('sync.pickFolder') });
            if (chosen) onPick(chosen);
          } else setBrowsing(true);
        }}
      >
        {t('sync.pickFolder')}
      </button>
      {browsing ? (
        <FolderBrowser
          onClose={() => setBrowsing(false)}
          onPick={(p) => {
            setBrowsing(false);
            onPick(p);
          }}
        />
      ) : null}
    </>
  );
}

function FolderBrowser({ onClose, onPick }: { onClose: () => void; onPick: (path: string) => void }) {
  const { t } = useTranslation();
  const [dir, setDir] = useState<string | undefined>(undefined);
  const q = useApiQuery('folders:list', dir ? { path: dir } : {}, { placeholderData: (prev) => prev });
  const list = q.data;
  return (
    <Dialog title={t('sync.pickFolder')} onClose={onClose}>
      <div className="folder-browser">
        <div className="row" role="group" aria-label={t('sync.folderRoots')}>
          {(list?.roots ?? []).map((r) => (
            <button key={r.path} type="button" onClick={() => setDir(r.path)}>
              {r.label}
            </button>
          ))}
        </div>
        <p className="mono" data-testid="folder-current">
          {list?.path ?? t('app.loading')}
        </p>
        <ErrorMessage error={q.error} />
        <ul className="plain-list folder-list" aria-label={t('sync.subfolders')}>
          {list?.parent ? (
            <li>
              <button type="button" className="link-button" onClick={() => setDir(list.parent!)}>
                ↑ {t('sync.folderUp')}
              </button>
            </li>
          ) : null}
          {(list?.folders ?? []).map((f) => (
            <li key={f.path}>
              <button type="button" className="link-button" onClick={() => setDir(f.path)}>
                📁 {f.name}
              </button>
            </li>
          ))}
          {list && list.folders.length === 0 ? <li className="hint">{t('sync.noSubfolders')}</li> : null}
        </ul>
        <div className="actions">
          <button type="button" className="primary" disabled={!list} onClick={() => list && onPick(list.path)}>
            {t('sync.useThisFolder')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
