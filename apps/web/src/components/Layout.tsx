import { LOCALES, type Locale } from '@app/i18n';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import type { Role } from '../api/codes';
import { LANGUAGE_NAMES, useI18n, type MessageKey } from '../i18n';
import { useSession } from '../lib/session';
import { NotificationBell } from './NotificationBell';

interface NavItem {
  /** The current page is this item's address or one under it (but for the start page). */
  to: string;
  label: MessageKey;
  roles: Role[];
}

const EVERYONE: Role[] = ['focal_point', 'coordinator', 'analyst', 'admin'];
const NAV: NavItem[] = [
  { to: '/', label: 'nav.myReports', roles: ['focal_point'] },
  { to: '/review', label: 'nav.review', roles: ['coordinator', 'admin'] },
  { to: '/summaries', label: 'nav.summaries', roles: EVERYONE },
  { to: '/countries', label: 'nav.countries', roles: EVERYONE },
  { to: '/administration', label: 'nav.admin', roles: ['admin'] },
  { to: '/profile', label: 'nav.profile', roles: EVERYONE },
];

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="language-switch">
      <label htmlFor="language-switch">{t('nav.language')}</label>
      <select
        id="language-switch"
        value={locale}
        onChange={(event) => setLocale(event.target.value as Locale)}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me, signOut } = useSession();
  const items = me ? NAV.filter((item) => item.roles.includes(me.role)) : [];

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              9
            </span>
            <span>{t('app.name')}</span>
          </Link>
          {me && (
            <nav aria-label={t('nav.main')}>
              <ul>
                {items.map((item) => (
                  <li key={item.to}>
                    {/* aria-current="page" on the current one */}
                    <NavLink to={item.to} end={item.to === '/'}>
                      {t(item.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div className="header-tools">
            {/* Signed out, the portal is what there is to see without an account. */}
            {!me && (
              <Link to="/public" className="header-link">
                {t('portal.title')}
              </Link>
            )}
            <LanguageSwitch />
            {me && <NotificationBell />}
            {me && (
              <div className="user-box">
                <span className="user-name">
                  <span data-user-content>{me.name}</span>
                  <span className="user-role">{t(`role.${me.role}`)}</span>
                </span>
                <button type="button" className="button link" onClick={signOut}>
                  {t('nav.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
