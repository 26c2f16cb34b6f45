import { Fragment, type ReactNode } from 'react';
import {
  createBrowserRouter,
  Link,
  matchPath,
  Navigate,
  Outlet,
  useLocation,
  useMatch,
  useParams,
  useSearchParams,
  type RouteObject,
} from 'react-router';
import type { Role } from './api/codes';
import { ErrorNotice, Loading, PageHeading } from './components/feedback';
import { Layout } from './components/Layout';
import { useI18n } from './i18n';
import { safeNext, useNavigationEffects } from './lib/navigation';
import { SessionProvider, signInPath, useMe, useSession } from './lib/session';
import { ForgotPasswordPage } from './pages/account/ForgotPasswordPage';
import { SetPasswordPage } from './pages/account/SetPasswordPage';
import { AdminPage } from './pages/admin/AdminPage';
import { CountryListPage, CountryPage } from './pages/CountryPages';
import { FocalHomePage } from './pages/FocalHomePage';
import { CountryProfilePage } from './pages/portal/CountryProfilePage';
import { PortalHomePage } from './pages/portal/PortalHomePage';
import { ProcessPortalPage } from './pages/portal/ProcessPortalPage';
import { PublicationPage } from './pages/portal/PublicationPage';
import { IndicatorPage } from './pages/indicators/IndicatorPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { ProfilePage } from './pages/ProfilePage';
import { ReportPage } from './pages/report/ReportPage';
import { ReviewQueuePage } from './pages/ReviewQueuePage';
import { SignInPage } from './pages/SignInPage';
import { SummaryPage, SummaryRedirect } from './pages/summary/SummaryPage';

type Params = Record<string, string>;
interface Page {
  path: string;
  roles?: Role[];
  render(params: Params): ReactNode;
}

const PAGES: Page[] = [
  { path: '/', render: () => <Home /> },
  {
    path: '/reports/:iso3/:period/:action',
    render: (p) => <ReportPage iso3={p.iso3} period={p.period} action={p.action} />,
  },
  {
    path: '/indicators/:iso3/:period',
    render: (p) => <IndicatorPage iso3={p.iso3} period={p.period} />,
  },
  { path: '/review', roles: ['coordinator', 'admin'], render: () => <ReviewQueuePage /> },
  { path: '/summaries', render: () => <SummaryRedirect /> },
  { path: '/summaries/:process', render: (p) => <SummaryRedirect process={p.process} /> },
  {
    path: '/summaries/:process/:period',
    render: (p) => <SummaryPage process={p.process} period={p.period} />,
  },
  { path: '/countries', render: () => <CountryListPage /> },
  { path: '/countries/:iso3', render: (p) => <CountryPage iso3={p.iso3} /> },
  { path: '/profile', render: () => <ProfilePage /> },
  { path: '/notifications', render: () => <NotificationsPage /> },
  { path: '/administration', roles: ['admin'], render: () => <AdminPage section="users" /> },
  {
    path: '/administration/periods',
    roles: ['admin'],
    render: () => <AdminPage section="periods" />,
  },
  {
    path: '/administration/treaties',
    roles: ['admin'],
    render: () => <AdminPage section="treaties" />,
  },
  {
    path: '/administration/system',
    roles: ['admin'],
    render: () => <AdminPage section="system" />,
  },
];

/** The public portal: open to anyone, signed in or not. */
const PUBLIC_PAGES: Page[] = [
  { path: '/public', render: () => <PortalHomePage /> },
  {
    path: '/public/processes/:process',
    render: (p) => <ProcessPortalPage process={p.process} />,
  },
  { path: '/public/countries/:iso3', render: (p) => <CountryProfilePage iso3={p.iso3} /> },
  { path: '/public/publications/:id', render: (p) => <PublicationPage id={p.id} /> },
];

/** Pages of emailed links: open with or without a session, the link is the proof. */
const LINK_PAGES: Array<{ path: string; render(): ReactNode }> = [
  { path: '/invitation', render: () => <SetPasswordPage link="invitation" /> },
  { path: '/reset-password', render: () => <SetPasswordPage link="reset" /> },
  { path: '/forgot-password', render: () => <ForgotPasswordPage /> },
];

/**
 * What each route parameter may be (country codes in either case). Anything else is not a page
 * of the app: the parameters go into API paths.
 */
const PARAMS: Record<string, { pattern: RegExp; normalize?: (value: string) => string }> = {
  iso3: { pattern: /^[A-Z]{3}$/, normalize: (value) => value.toUpperCase() },
  period: { pattern: /^\d{4}$/ },
  action: { pattern: /^[a-f]$/ },
  process: { pattern: /^[A-Z][A-Z0-9-]{1,15}$/ },
  id: { pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/ },
};

/** The route's parameters checked and normalized, or null when one is not valid. */
function checkParams(params: Partial<Params>): Params | null {
  const checked: Params = {};
  for (const [name, raw = ''] of Object.entries(params)) {
    const rule = PARAMS[name];
    const value = rule?.normalize ? rule.normalize(raw) : raw;
    if (!rule || !rule.pattern.test(value)) return null;
    checked[name] = value;
  }
  return checked;
}

/** A page of the app, for the roles it is for and with valid parameters; else "not found". */
function PageRoute({ page }: { page: Page }) {
  const me = useMe();
  const params = checkParams(useParams());
  if (!params || (page.roles && !page.roles.includes(me.role))) return <NotFound />;
  // Another page (the same component for another address, say) starts afresh.
  return <Fragment key={page.path}>{page.render(params)}</Fragment>;
}

/** A page of the public portal, with valid parameters; else "not found". No session needed. */
function PublicPageRoute({ page }: { page: Page }) {
  const params = checkParams(useParams());
  if (!params) return <NotFound />;
  return <Fragment key={page.path}>{page.render(params)}</Fragment>;
}

/** Where each role starts. */
function Home() {
  const { role } = useMe();
  const target =
    role === 'coordinator'
      ? '/review'
      : role === 'analyst'
        ? '/summaries'
        : role === 'admin'
          ? '/administration'
          : null;
  return target ? <Navigate to={target} replace /> : <FocalHomePage />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}

/** The session decides first: opening, failed to open, signing in, or the page asked for. */
function SessionGate() {
  const { me, ended, loading, startError, retryStart } = useSession();
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  const [query] = useSearchParams();
  const signingIn = useMatch('/sign-in') !== null;
  const onPublicPage = useMatch('/public/*') !== null;
  useNavigationEffects();

  if (onPublicPage) return <Outlet />;
  const linkPage = LINK_PAGES.find((page) => matchPath(page.path, pathname));
  if (linkPage) return linkPage.render();
  if (loading) return <Loading label={t('common.starting')} />;
  if (!me && startError !== null)
    return (
      <>
        <PageHeading title={t('common.startFailed')}>{t('common.startFailed')}</PageHeading>
        <ErrorNotice error={startError} onRetry={retryStart} />
      </>
    );
  if (signingIn) return me ? <Navigate to={safeNext(query.get('next'))} replace /> : <SignInPage />;
  if (!me && ended === 'signedOut') return <Navigate to="/sign-in" />;
  if (!me) return <Navigate to={signInPath(pathname + search, ended === 'expired')} replace />;
  return <Outlet />;
}

function Root() {
  return (
    <SessionProvider>
      <Layout>
        <SessionGate />
      </Layout>
    </SessionProvider>
  );
}

const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      { path: '/sign-in' },
      ...LINK_PAGES.map((page) => ({ path: page.path })),
      ...PAGES.map((page) => ({ path: page.path, element: <PageRoute page={page} /> })),
      ...PUBLIC_PAGES.map((page) => ({
        path: page.path,
        element: <PublicPageRoute page={page} />,
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
