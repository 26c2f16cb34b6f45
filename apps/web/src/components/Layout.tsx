import type { ReactNode } from 'react';
import { LOCALES, type Locale, type Role } from '../api/types';
import { LANGUAGE_NAMES, useI18n, type MessageKey } from '../i18n';
import { Link, useRouter } from '../lib/router';
import { useSession } from '../lib/session';

interface NavItem {
  to: string;
  label: MessageKey;
  roles: Role[];
  /** Other paths under this item (the current one gets aria-current). */
  prefix: string[];
}

const NAV: NavItem[] = [
  { to: '/', label: 'nav.myReports', roles: ['focal_point'], prefix: ['/reports', '/indicators'] },
  { to: '/review', label: 'nav.review', roles: ['coordinator', 'admin'], prefix: ['/review'] },
  {
    to: '/summaries',
    label: 'nav.summaries',
    roles: ['focal_point', 'coordinator', 'analyst', 'admin'],
    prefix: ['/summaries'],
  },
  {
    to: '/countries',
    label: 'nav.countries',
    roles: ['focal_point', 'coordinator', 'analyst', 'admin'],
    prefix: ['/countries'],
  },
  { to: '/administration', label: 'nav.admin', roles: ['admin'], prefix: ['/administration'] },
  {
    to: '/profile',
    label: 'nav.profile',
    roles: ['focal_point', 'coordinator', 'analyst', 'admin'],
    prefix: ['/profile'],
  },
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
  const { path } = useRouter();
  const items = me ? NAV.filter((item) => item.roles.includes(me.role)) : [];
  const isCurrent = (item: NavItem) =>
    item.to === '/'
      ? path === '/'
      : item.prefix.some((p) => path === p || path.startsWith(`${p}/`));

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
                    <Link to={item.to} aria-current={isCurrent(item) ? 'page' : undefined}>
                      {t(item.label)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div className="header-tools">
            <LanguageSwitch />
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
