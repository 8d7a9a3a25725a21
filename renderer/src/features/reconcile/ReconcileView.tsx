import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../shared/contract';
import type { ReconcilePreview } from '../../../../shared/contract/reconcile';
import type { Proposal } from '../../../../shared/domain/reconcile';
import { formatViDate, formatViDayOf } from '../../../../shared/domain/dates';
import { call, type ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useCan } from '../../app/useCan';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { readFileAsBase64 } from '../plans/file-data';
import { MappingPanel } from './MappingPanel';
import './translations';
import './reconcile.css';

type Choice = '' | 'reject' | 'create' | `accept:${string}`;
const OUTLET_CHOICES = ['', 'tv', 'radio', 'print', 'online'] as const;
/** Rows drawn at once: a year's log has tens of thousands of lines, and a select per row. */
const SHOWN = 1000;

/** The person's default for a line: a confident match is accepted; everything else waits for them. */
function initialChoices(p: ReconcilePreview): Map<number, Choice> {
  return new Map(p.proposals.filter((x) => x.kind === 'confident').map((x) => [x.line, `accept:${x.itemId!}` as Choice]));
}

type Decision = Input<'reconcile:confirm'>['decisions'][number];

function decisionsOf(choices: Map<number, Choice>): Decision[] {
  return [...choices].flatMap(([line, c]): Decision[] => {
    if (c === '') return [];
    if (c === 'reject') return [{ line, action: 'reject' as const }];
    if (c === 'create') return [{ line, action: 'create' as const }];
    return [{ line, action: 'accept' as const, itemId: c.slice('accept:'.length) }];
  });
}

/**
 * Lịch → Đối chiếu nhật ký: the proposals of an as-run log or a published list in a table. Confident lines are
 * confirmed in one click; the others are fixed or rejected one by one; an import is undone from the list below.
 * Nothing is written by the preview (the core guarantees it); only the confirm buttons write.
 */
export function ReconcileView() {
  const { t } = useTranslation();
  const toast = useToast();
  const can = useCan();
  const mappings = useApiQuery('reconcile:mappings', {});
  const imports = useApiQuery('reconcile:imports', {});
  const confirm = useApiMutation('reconcile:confirm');
  const undo = useApiMutation('reconcile:undo');
  const [file, setFile] = useState<File | null>(null);
  const [outlet, setOutlet] = useState<(typeof OUTLET_CHOICES)[number]>('');
  const [windowDays, setWindowDays] = useState(3);
  const [source, setSource] = useState('');
  const [preview, setPreview] = useState<ReconcilePreview | null>(null);
  const [choices, setChoices] = useState<Map<number, Choice>>(new Map());
  const [showAll, setShowAll] = useState(false);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const mayConfirm = can('reconcile:confirm');

  const runPreview = async () => {
    if (!file) return;
    setReading(true);
    setError(null);
    try {
      const p = await call('reconcile:preview', { file: await readFileAsBase64(file), outlet: outlet || undefined, windowDays, source: source || undefined });
      setPreview(p);
      setChoices(initialChoices(p));
    } catch (e) {
      setError(e as ApiError);
      setPreview(null);
    } finally {
      setReading(false);
    }
  };

  const send = (decisions: Decision[]) =>
    preview &&
    confirm.mutate(
      { token: preview.token, decisions },
      {
        onSuccess: (r) => {
          toast.show(t('reconcile.confirmed', { marked: r.marked, created: r.created }));
          setPreview(null);
          setChoices(new Map());
        },
      },
    );

  const confident = preview ? decisionsOf(initialChoices(preview)) : [];
  const chosen = decisionsOf(choices);
  const rows = preview ? preview.proposals.filter((p) => showAll || p.kind !== 'unmatched') : [];
  return (
    <div className="card rc-view" data-testid="reconcile">
      <h2>{t('reconcile.title')}</h2>
      <p className="hint">{t('reconcile.intro')}</p>
      <div className="rc-form">
        <label>
          {t('reconcile.file')}
          <input type="file" accept=".csv,.tsv,.txt,.xml,.rss,.atom" data-testid="reconcile-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t('reconcile.outlet')}
          <select data-testid="reconcile-outlet" value={outlet} onChange={(e) => setOutlet(e.target.value as (typeof OUTLET_CHOICES)[number])}>
            {OUTLET_CHOICES.map((o) => (
              <option key={o} value={o}>
                {o ? t(`schedule.outlet.${o}`, { defaultValue: o }) : t('reconcile.anyOutlet')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reconcile.window')}
          <input type="number" min={0} max={31} value={windowDays} onChange={(e) => setWindowDays(Math.max(0, Math.min(31, Number(e.target.value) || 0)))} />
        </label>
        <label>
          {t('reconcile.source')}
          <select data-testid="reconcile-source" value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">{t('reconcile.byHeader')}</option>
            {(mappings.data ?? []).map((m) => (
              <option key={m.name} value={m.name}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" disabled={!file || reading} onClick={() => void runPreview()}>
          {reading ? t('reconcile.reading') : t('reconcile.preview')}
        </button>
      </div>
      <ErrorMessage error={error ?? confirm.error ?? undo.error} />
      {preview ? (
        <>
          <p role="status" data-testid="reconcile-summary">
            {t('reconcile.summary', { lines: preview.lines, ...preview.counts })}
          </p>
          <MappingPanel key={preview.token} columns={preview.columns} outlet={outlet} canSave={can('reconcile:saveMapping')} />
          {preview.errors.length > 0 ? (
            <details>
              <summary>
                {t('reconcile.errors')} ({preview.errors.length})
              </summary>
              <ul>
                {preview.errors.slice(0, 200).map((e) => (
                  <li key={e.line}>{e.message}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {mayConfirm ? (
            <div className="rc-actions">
              <button type="button" className="primary" disabled={confident.length === 0 || confirm.isPending} onClick={() => send(confident)}>
                {t('reconcile.confirmConfident', { n: confident.length })}
              </button>
              <button type="button" disabled={chosen.length === 0 || confirm.isPending} onClick={() => send(chosen)}>
                {t('reconcile.confirmChosen', { n: chosen.length })}
              </button>
            </div>
          ) : null}
          <label className="rc-toggle">
            <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> {t('reconcile.showUnmatched')}
          </label>
          <table className="rc-table">
            <thead>
              <tr>
                {(['line', 'when', 'title', 'kind', 'decision'] as const).map((c) => (
                  <th key={c}>{t(`reconcile.col.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN).map((p) => (
                <Row
                  key={p.line}
                  p={p}
                  choice={choices.get(p.line) ?? ''}
                  disabled={!mayConfirm}
                  onChoose={(c) => setChoices(new Map(choices).set(p.line, c))}
                />
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN ? <p className="hint">{t('reconcile.more', { shown: SHOWN, total: rows.length })}</p> : null}
        </>
      ) : null}
      <h3>{t('reconcile.imports')}</h3>
      {(imports.data ?? []).length === 0 ? <p className="hint">{t('reconcile.noImports')}</p> : null}
      <ul className="rc-imports">
        {(imports.data ?? []).map((i) => (
          <li key={i.id} data-testid="reconcile-import">
            {t('reconcile.importLine', { when: formatViDayOf(i.createdAt), file: i.fileName, marked: i.marked, created: i.created })}
            {i.undoneAt ? ` (${t('reconcile.undone')})` : null}
            {!i.undoneAt && mayConfirm ? (
              <button
                type="button"
                disabled={undo.isPending}
                onClick={() =>
                  undo.mutate({ importId: i.id }, { onSuccess: (r) => toast.show(t('reconcile.undoneToast', { reopened: r.reopened, deleted: r.deleted })) })
                }
              >
                {t('reconcile.undo')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Row({ p, choice, disabled, onChoose }: { p: Proposal; choice: Choice; disabled: boolean; onChoose: (c: Choice) => void }) {
  const { t } = useTranslation();
  return (
    <tr data-line={p.line} data-kind={p.kind}>
      <td>{p.line}</td>
      <td>
        {formatViDate(p.log.date)} {p.log.time ?? ''}
      </td>
      <td>{p.log.title}</td>
      <td>
        <span className="rc-kind" data-kind={p.kind}>
          {t(`reconcile.kind.${p.kind}`)}
        </span>
        <span className="rc-reason">{p.reason}</span>
      </td>
      <td>
        <select aria-label={t('reconcile.col.decision')} value={choice} disabled={disabled} onChange={(e) => onChoose(e.target.value as Choice)}>
          <option value="">{t('reconcile.decision.none')}</option>
          {p.candidates.map((c) => (
            <option key={c.itemId} value={`accept:${c.itemId}`}>
              {t('reconcile.decision.accept')}: {c.title} ({formatViDate(c.plannedDate)})
            </option>
          ))}
          <option value="create">{t('reconcile.decision.create')}</option>
          <option value="reject">{t('reconcile.decision.reject')}</option>
        </select>
      </td>
    </tr>
  );
}
