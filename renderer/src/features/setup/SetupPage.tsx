import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Role } from '../../../../shared/domain/types';

/** First run: which organisation this install belongs to, who is using it, and what to start with. */
export function SetupPage() {
  const { t } = useTranslation();
  const orgs = useApiQuery('orgs:list', {});
  const setup = useApiMutation('app:setup');
  const [orgName, setOrgName] = useState('');
  const [userName, setUserName] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [withSample, setWithSample] = useState(true);
  const [touched, setTouched] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!orgName.trim() || !userName.trim()) return;
    setup.mutate({ orgName, userName, role, withSample });
  };

  return (
    <main className="setup">
      <form className="setup-card" onSubmit={submit} noValidate aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>

        <label className="field">
          <span>{t('setup.org')}</span>
          <input
            name="orgName"
            list="known-orgs"
            value={orgName}
            onChange={(e) => setOrgName(e.target.value)}
            aria-invalid={touched && !orgName.trim()}
            aria-describedby="org-hint"
            autoFocus
          />
          <small id="org-hint">{t('setup.orgHint')}</small>
          {touched && !orgName.trim() ? <small className="field-error">{t('setup.required')}</small> : null}
          <datalist id="known-orgs">
            {(orgs.data ?? []).map((o) => (
              <option key={o.id} value={o.name} />
            ))}
          </datalist>
        </label>

        <label className="field">
          <span>{t('setup.user')}</span>
          <input name="userName" value={userName} onChange={(e) => setUserName(e.target.value)} aria-invalid={touched && !userName.trim()} />
          {touched && !userName.trim() ? <small className="field-error">{t('setup.required')}</small> : null}
        </label>

        <fieldset className="field">
          <legend>{t('setup.role')}</legend>
          {(['editor', 'producer', 'viewer'] as const).map((r) => (
            <label key={r} className="choice">
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
              {t(`roles.${r}`)}
            </label>
          ))}
        </fieldset>

        <fieldset className="field">
          <legend>{t('setup.start')}</legend>
          <label className="choice">
            <input type="radio" name="start" checked={withSample} onChange={() => setWithSample(true)} />
            {t('setup.withSample')}
          </label>
          <label className="choice">
            <input type="radio" name="start" checked={!withSample} onChange={() => setWithSample(false)} />
            {t('setup.empty')}
          </label>
        </fieldset>

        <ErrorMessage error={setup.error} />
        <button type="submit" className="primary big" disabled={setup.isPending}>
          {t('setup.submit')}
        </button>
      </form>
    </main>
  );
}
