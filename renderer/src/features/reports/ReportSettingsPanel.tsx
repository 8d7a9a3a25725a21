import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUTOFF_KINDS, type CutoffDays, type ReportSettings } from '../../../../shared/domain/report';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { RoleNote } from '../../components/RoleNote';
import { useCan } from '../../app/useCan';
import './translations';

type Field = Exclude<keyof ReportSettings, 'cutoffDays'>;
const LINES: Field[] = ['signerAuthority', 'recipients'];
const FIELDS: Field[] = ['parentBody', 'issuingBody', 'issuingAbbr', 'numberPattern', 'place', 'signerAuthority', 'signerName', 'recipients', 'archive'];

/**
 * Report header settings (Cài đặt and the Báo cáo page): everything printed that is not data. `hint: false` where a
 * heading above already says what they are for.
 */
export function ReportSettingsPanel({ hint = true }: { hint?: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const current = useApiQuery('reports:settings', {});
  const save = useApiMutation('reports:saveSettings');
  const editable = useCan()('reports:saveSettings');
  const [form, setForm] = useState<Record<Field, string> | null>(null);
  const [cutoff, setCutoff] = useState<Record<keyof CutoffDays, string>>({ month: '', quarter: '', half: '', year: '' });
  useEffect(() => {
    if (!current.data) return;
    const d = current.data;
    setForm(Object.fromEntries(FIELDS.map((f) => [f, LINES.includes(f) ? (d[f] as string[]).join('\n') : (d[f] as string)])) as Record<Field, string>);
    setCutoff(Object.fromEntries(CUTOFF_KINDS.map((k) => [k, d.cutoffDays[k] === null ? '' : String(d.cutoffDays[k])])) as Record<keyof CutoffDays, string>);
  }, [current.data]);
  if (!form) return <ErrorMessage error={current.error} />;
  const submit = () => {
    const lines = (s: string) =>
      s
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    save.mutate(
      {
        parentBody: form.parentBody,
        issuingBody: form.issuingBody,
        issuingAbbr: form.issuingAbbr,
        numberPattern: form.numberPattern,
        place: form.place,
        signerAuthority: lines(form.signerAuthority),
        signerName: form.signerName,
        recipients: lines(form.recipients),
        archive: form.archive,
        cutoffDays: Object.fromEntries(CUTOFF_KINDS.map((k) => [k, cutoff[k].trim() === '' ? null : Number(cutoff[k])])) as CutoffDays,
      },
      { onSuccess: () => toast.show(t('reports.settingsSaved')) },
    );
  };
  return (
    <form
      className="rp-settings"
      aria-label={t('reports.settings')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {hint ? <p className="muted">{t('reports.settingsHint')}</p> : null}
      {editable ? null : <RoleNote />}
      {/* Read, not changed, by a role that cannot save them: every field is disabled. */}
      <fieldset className="role-locked" disabled={!editable}>
        <div className="rp-settings-grid">
          {FIELDS.map((f) => (
            <label key={f} className="field">
              <span>{t(`reports.s.${f}`)}</span>
              {LINES.includes(f) ? (
                <textarea name={f} rows={3} value={form[f]} onChange={(e) => setForm({ ...form, [f]: e.target.value })} />
              ) : (
                <input name={f} value={form[f]} onChange={(e) => setForm({ ...form, [f]: e.target.value })} />
              )}
            </label>
          ))}
        </div>
        <fieldset className="field rp-cutoff">
          <legend>{t('reports.cutoff')}</legend>
          <small>{t('reports.cutoffHint')}</small>
          <div className="row">
            {CUTOFF_KINDS.map((k) => (
              <label key={k} className="field inline">
                <span>{t(`reports.cutoffKind.${k}`)}</span>
                <input name={`cutoff-${k}`} inputMode="numeric" size={4} value={cutoff[k]} onChange={(e) => setCutoff({ ...cutoff, [k]: e.target.value })} />
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      <ErrorMessage error={save.error} />
      {editable ? (
        <button type="submit" disabled={save.isPending}>
          {t('reports.saveSettings')}
        </button>
      ) : null}
    </form>
  );
}
