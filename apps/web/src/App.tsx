import { Fragment, useEffect, type ReactNode } from 'react';
import type { Role } from './api/types';
import { ErrorNotice, Loading, PageHeading } from './components/feedback';
import { Layout } from './components/Layout';
import { useI18n } from './i18n';
import { Link, matchPath, safeNext, useRouter } from './lib/router';
import { signInPath, useSession } from './lib/session';
import { AdminPage } from './pages/admin/AdminPage';
import { CountryListPage, CountryPage } from './pages/CountryPages';
import { FocalHomePage } from './pages/FocalHomePage';
import { IndicatorPage } from './pages/indicators/IndicatorPage';
import { ProfilePage } from './pages/ProfilePage';
import { ReportPage } from './pages/report/ReportPage';
import { ReviewQueuePage } from './pages/ReviewQueuePage';
import { SignInPage } from './pages/SignInPage';
import { SummaryPage, SummaryRedirect } from './pages/summary/SummaryPage';

type Params = Record<string, string>;
interface Route {
  path: string;
  roles?: Role[];
  render(params: Params): ReactNode;
}

const ROUTES: Route[] = [
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
  { path: '/administration', roles: ['admin'], render: () => <AdminPage section="users" /> },
  {
    path: '/administration/periods',
    roles: ['admin'],
    render: () => <AdminPage section="periods" />,
  },
  {
    path: '/administration/system',
    roles: ['admin'],
    render: () => <AdminPage section="system" />,
  },
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
};

/** The route's parameters checked and normalized, or null when one is not valid. */
function checkParams(params: Params): Params | null {
  const checked: Params = {};
  for (const [name, raw] of Object.entries(params)) {
    const rule = PARAMS[name];
    const value = rule?.normalize ? rule.normalize(raw) : raw;
    if (!rule || !rule.pattern.test(value)) return null;
    checked[name] = value;
  }
  return checked;
}

/** Where each role starts. */
function Home() {
  const { me } = useSession();
  const { navigate } = useRouter();
  const target =
    me?.role === 'coordinator'
      ? '/review'
      : me?.role === 'analyst'
        ? '/summaries'
        : me?.role === 'admin'
          ? '/administration'
          : null;
  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target, navigate]);
  return target ? <Loading /> : <FocalHomePage />;
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

function Redirect({ to }: { to: string }) {
  const { navigate } = useRouter();
  useEffect(() => navigate(to, { replace: true }), [to, navigate]);
  return null;
}

export function App() {
  const { path, search } = useRouter();
  const { me, loading, startError, retryStart } = useSession();
  const { t } = useI18n();

  if (loading)
    return (
      <Layout>
        <Loading label={t('common.starting')} />
      </Layout>
    );
  if (!me && startError !== null)
    return (
      <Layout>
        <PageHeading title={t('common.startFailed')}>{t('common.startFailed')}</PageHeading>
        <ErrorNotice error={startError} onRetry={retryStart} />
      </Layout>
    );
  if (path === '/sign-in') {
    if (me) return <Redirect to={safeNext(search.get('next'))} />;
    return (
      <Layout>
        <SignInPage />
      </Layout>
    );
  }
  if (!me) return <Redirect to={signInPath(path + window.location.search)} />;

  for (const route of ROUTES) {
    const matched = matchPath(route.path, path);
    if (!matched) continue;
    const params = checkParams(matched);
    if (!params || (route.roles && !route.roles.includes(me.role))) break;
    return (
      <Layout>
        <Fragment key={route.path}>{route.render(params)}</Fragment>
      </Layout>
    );
  }
  return (
    <Layout>
      <NotFound />
    </Layout>
  );
}
