import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { call, type ApiError } from '../../api/client';
import { href, navigate } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import type { ImportPreview } from '../../../../shared/contract/plans';
import { formatViDate } from '../../../../shared/domain/dates';
import { quickCadence, type QuickCadence } from '../../../../shared/domain/cadence';
import { readFileAsBase64 } from './file-data';
import { FlaggedTimeframes, ImportLayout } from './ImportLayout';
import { TaskTable } from './TaskTable';

interface Meta {
  issuer: string;
  number: string;
  year: string;
  yearTo: string;
  title: string;
}

/** Choose a file, see exactly what will be created or updated (with row warnings), then confirm. */
export function ImportPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [meta, setMeta] = useState<Meta>({ issuer: '', number: '', year: '', yearTo: '', title: '' });
  // Cadences chosen with one click for flagged timeframes: task id → choice, set right after the import.
  const [quick, setQuick] = useState<Record<string, QuickCadence>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [busy, setBusy] = useState(false);
  // What the preview was made from: confirming after the fields changed needs a fresh preview.
  const [previewedMeta, setPreviewedMeta] = useState<string>('');
  const doImport = useApiMutation('plans:import');

  const input = () => {
    const year = meta.year.trim() ? Number(meta.year) : undefined;
    const yearTo = meta.yearTo.trim() ? Number(meta.yearTo) : undefined;
    return {
      ...file!,
      ...(meta.issuer.trim() ? { issuer: meta.issuer } : {}),
      ...(meta.number.trim() ? { number: meta.number } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(yearTo !== undefined ? { yearTo } : {}),
      ...(meta.title.trim() ? { title: meta.title } : {}),
    };
  };

  const runPreview = async (chosen = file) => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    setPreview(null);
    setQuick({});
    try {
      setPreview(await call('plans:previewImport', { ...input(), ...chosen }));
      setPreviewedMeta(JSON.stringify(meta));
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (f: File | undefined) => {
    setPreview(null);
    setError(null);
    if (!f) return;
    try {
      const data = await readFileAsBase64(f);
      setFile(data);
      await runPreview(data);
    } catch (e) {
      setError(e as Error);
    }
  };

  const confirm = () =>
    doImport.mutate(input(), {
      onSuccess: async (r) => {
        toast.show(t('plans.importPage.done', { created: r.created, updated: r.updated }));
        const plan = preview!.plan;
        const chosen = Object.entries(quick);
        try {
          for (const [id, c] of chosen) await call('plans:setCadence', { id, cadence: quickCadence(c, plan.year, plan.yearTo ?? plan.year) });
          if (chosen.length) toast.show(t('plans.layout.quickApplied', { n: chosen.length }));
        } catch (e) {
          setError(e as Error);
        }
        navigate(`/plans/${r.planId}`);
      },
    });

  const field = (key: keyof Meta, label: string, hint: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={meta[key]} onChange={(e) => setMeta({ ...meta, [key]: e.target.value })} placeholder={hint} name={key} />
    </label>
  );
  const errors = preview?.issues.filter((i) => i.level === 'error') ?? [];
  const stale = preview !== null && previewedMeta !== JSON.stringify(meta);
  // Agencies the directory does not know are listed once (they are added on import), not per cell.
  const warnings = preview?.issues.filter((i) => i.level === 'warning' && i.code !== 'unknown_agency') ?? [];
  const tasks = preview?.tasks.map((x) => ({ ...x, warnings: x.warnings.filter((w) => w.code !== 'unknown_agency') })) ?? [];

  return (
    <section>
      <PageHeader title={t('plans.import')}>
        <a className="plans-link" href={href('/plans')}>
          {t('plans.back')}
        </a>
      </PageHeader>
      <div className="card">
        <label className="field">
          <span>{t('plans.importPage.file')}</span>
          <input type="file" name="planFile" accept=".txt,.tsv,.csv,.xlsx,.docx,.json" onChange={(e) => void onFile(e.target.files?.[0])} />
          <small>{t('plans.importPage.fileHint')}</small>
        </label>
        <p className="agency-aliases">{t('plans.importPage.metaHint')}</p>
        <div className="import-form">
          {field('number', t('plans.number'), '259/KH-UBND')}
          {field('year', t('plans.year'), '2020')}
          {field('yearTo', t('plans.layout.yearTo'), '2030')}
          {field('issuer', t('plans.issuer'), t('plans.importPage.issuerExample'))}
          {field('title', t('plans.planTitle'), t('plans.importPage.titleExample'))}
        </div>
        <button type="button" onClick={() => void runPreview()} disabled={!file || busy}>
          {t('plans.importPage.preview')}
        </button>
      </div>
      <ErrorMessage error={error ?? doImport.error} />
      {busy ? <p className="loading">{t('plans.importPage.reading')}</p> : null}
      {preview ? (
        <div className="card" aria-label={t('plans.importPage.preview')}>
          <h2>{t('plans.importPage.previewTitle', { title: preview.plan.title || preview.plan.number })}</h2>
          <dl className="facts">
            <dt>{t('plans.number')}</dt>
            <dd>{preview.plan.number}</dd>
            <dt>{t('plans.year')}</dt>
            <dd>{preview.plan.yearTo ? `${preview.plan.year}–${preview.plan.yearTo}` : preview.plan.year}</dd>
            <dt>{t('plans.issuer')}</dt>
            <dd>{preview.plan.issuer}</dd>
            {preview.plan.date ? (
              <>
                <dt>{t('plans.date')}</dt>
                <dd>{formatViDate(preview.plan.date)}</dd>
              </>
            ) : null}
          </dl>
          <div className="import-summary" role="status">
            <span>
              <strong>{preview.created}</strong>
              {t('plans.importPage.created')}
            </span>
            <span>
              <strong>{preview.updated}</strong>
              {t('plans.importPage.updated')}
            </span>
            <span>
              <strong>{preview.unchanged}</strong>
              {t('plans.importPage.unchanged')}
            </span>
            {preview.kept ? (
              <span>
                <strong>{preview.kept}</strong>
                {t('plans.importPage.kept')}
              </span>
            ) : null}
            <span>{preview.exists ? t('plans.importPage.exists') : t('plans.importPage.isNew')}</span>
          </div>
          {errors.map((i, n) => (
            <p key={`e${n}`} className="err">
              {i.message}
            </p>
          ))}
          {preview.newAgencies.length ? (
            <p className="warn">{t('plans.importPage.newAgencies', { n: preview.newAgencies.length, names: preview.newAgencies.join('; ') })}</p>
          ) : null}
          {warnings.length ? (
            <details open={warnings.length <= 8}>
              <summary>{t('plans.importPage.warnings', { n: warnings.length })}</summary>
              {warnings.map((i, n) => (
                <p key={`w${n}`} className="warn">
                  {i.message}
                </p>
              ))}
            </details>
          ) : null}
          <ImportLayout preview={preview} />
          <FlaggedTimeframes
            preview={preview}
            chosen={quick}
            onChoose={(id, c) =>
              setQuick((q) => {
                const next = { ...q };
                if (c) next[id] = c;
                else delete next[id];
                return next;
              })
            }
          />
          <TaskTable tasks={tasks} />
          <div className="buttons" style={{ marginTop: '1rem', display: 'flex', gap: '0.5rem' }}>
            {stale ? <p className="warn">{t('plans.importPage.stale')}</p> : null}
            <button type="button" className="primary" onClick={confirm} disabled={doImport.isPending || errors.length > 0 || stale}>
              {preview.exists ? t('plans.importPage.update') : t('plans.importPage.submit')}
            </button>
            <button type="button" onClick={() => navigate('/plans')}>
              {t('plans.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
