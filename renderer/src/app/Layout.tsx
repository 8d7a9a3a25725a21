import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract/app';
import { href, navigate, useRoute } from './router';
import { SECTIONS } from './sections';
import { NavIcon } from '../components/NavIcon';
import { useSyncBackground } from '../features/sync/useSyncBackground';
import { SyncBadge } from './SyncBadge';

/** One calm layout: the left navigation, a top bar with organisation, user and search, the page. */
export function Layout({ info, children }: { info: AppInfo; children: ReactNode }) {
  const { t } = useTranslation();
  const route = useRoute();
  useSyncBackground();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        document.getElementById('global-search')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="shell">
      {/* The hash is the route here, so the link moves focus itself instead of navigating to #main. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="brand">{t('app.name')}</div>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={href(`/${s.id}`)} aria-current={route.section === s.id ? 'page' : undefined} data-section={s.id}>
                <NavIcon name={s.id} />
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="workspace">
        <header className="topbar">
          <div className="who">
            <span className="org" title={t('top.org')}>
              {info.org?.name}
            </span>
            <span className="user" title={t('top.user')}>
              {info.user?.name} · {info.user ? t(`roles.${info.user.role}`) : ''}
            </span>
          </div>
          <SyncBadge />
          <form
            role="search"
            aria-label={t('top.searchAll')}
            onSubmit={(e) => {
              e.preventDefault();
              const q = new FormData(e.currentTarget).get('q');
              navigate(`/schedule/agenda?q=${encodeURIComponent(String(q ?? ''))}`);
            }}
          >
            <input id="global-search" name="q" type="search" placeholder={t('top.search')} aria-label={t('top.search')} />
          </form>
        </header>
        <main id="main" className="page" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
