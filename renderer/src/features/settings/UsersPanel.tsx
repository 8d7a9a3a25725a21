import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserInfo } from '../../../../shared/contract/app';
import type { Role } from '../../../../shared/domain/types';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useCan } from '../../app/useCan';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';

/** Who uses this computer: switch user (with the PIN when they have one), one's own PIN, and (editors) new users. */
export function UsersPanel() {
  const { t } = useTranslation();
  const info = useApiQuery('app:info', {});
  const users = useApiQuery('users:list', {});
  const can = useCan();
  const addUser = useApiMutation('users:add');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('producer');
  const me = info.data?.user ?? null;
  return (
    <div className="card" aria-labelledby="users-title">
      <h2 id="users-title">{t('settings.users')}</h2>
      <ul className="plain-list">
        {(users.data ?? []).map((u) => (
          <UserRow key={u.id} user={u} current={me?.id === u.id} />
        ))}
      </ul>
      {me ? <OwnPin hasPin={me.hasPin} /> : null}
      {can('users:add') ? (
        <form
          className="row"
          style={{ marginTop: '1rem' }}
          aria-label={t('settings.addUser')}
          onSubmit={(e) => {
            e.preventDefault();
            addUser.mutate({ name, role }, { onSuccess: () => setName('') });
          }}
        >
          <label className="field inline">
            <span>{t('settings.name')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} name="newUserName" maxLength={100} required />
          </label>
          <label className="field inline">
            <span>{t('settings.role')}</span>
            <select value={role} onChange={(e) => setRole(e.target.value as Role)} name="newUserRole">
              {(['editor', 'producer', 'viewer'] as const).map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('settings.addUser')}</button>
        </form>
      ) : (
        <p className="hint">{t('settings.editorsAddUsers')}</p>
      )}
      <ErrorMessage error={addUser.error} />
    </div>
  );
}

function UserRow({ user, current }: { user: UserInfo; current: boolean }) {
  const { t } = useTranslation();
  const switchUser = useApiMutation('users:switch');
  const [asking, setAsking] = useState(false);
  const [pin, setPin] = useState('');
  return (
    <li>
      <strong>{user.name}</strong> — {t(`roles.${user.role}`)}
      {user.hasPin ? <span className="hint"> · {t('settings.hasPin')}</span> : null}{' '}
      {current ? (
        <em>({t('settings.current')})</em>
      ) : asking ? (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            switchUser.mutate({ userId: user.id, pin });
          }}
        >
          <label className="field inline">
            <span>{t('settings.pinFor', { name: user.name })}</span>
            <input type="password" inputMode="numeric" autoComplete="off" maxLength={8} value={pin} onChange={(e) => setPin(e.target.value)} autoFocus />
          </label>
          <button type="submit" className="primary">
            {t('settings.pinSwitch')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => (user.hasPin ? setAsking(true) : switchUser.mutate({ userId: user.id }))}>
          {t('settings.switchUser')} {user.name}
        </button>
      )}
      <ErrorMessage error={switchUser.error} />
    </li>
  );
}

function OwnPin({ hasPin }: { hasPin: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const setPin = useApiMutation('users:setPin');
  const [pin, setValue] = useState('');
  const [old, setOld] = useState('');
  const done = (removed: boolean) => {
    setValue('');
    setOld('');
    toast.show(removed ? t('settings.pinRemoved') : t('settings.pinSaved'));
  };
  return (
    <form
      className="row"
      aria-label={t('settings.myPin')}
      onSubmit={(e) => {
        e.preventDefault();
        setPin.mutate({ pin, ...(hasPin ? { currentPin: old } : {}) }, { onSuccess: () => done(false) });
      }}
    >
      <h3 style={{ flexBasis: '100%', margin: '0.5rem 0 0' }}>{t('settings.myPin')}</h3>
      <p className="hint" style={{ flexBasis: '100%', margin: 0 }}>
        {t('settings.myPinHint')}
      </p>
      {hasPin ? (
        <label className="field inline">
          <span>{t('settings.oldPin')}</span>
          <input type="password" inputMode="numeric" autoComplete="off" maxLength={8} value={old} onChange={(e) => setOld(e.target.value)} />
        </label>
      ) : null}
      <label className="field inline">
        <span>{t('settings.newPin')}</span>
        <input
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          pattern="\d{4,8}"
          value={pin}
          onChange={(e) => setValue(e.target.value)}
          required
        />
      </label>
      <button type="submit">{t('settings.setPin')}</button>
      {hasPin ? (
        <button type="button" onClick={() => setPin.mutate({ pin: null, currentPin: old }, { onSuccess: () => done(true) })}>
          {t('settings.removePin')}
        </button>
      ) : null}
      <ErrorMessage error={setPin.error} />
    </form>
  );
}
