import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import type { CountryDetailView, FrameworkView, ReportSummaryView } from '../api/generated/api';
import { queries } from '../api/queries';
import { FrameworkText, StatusBadge } from '../components/badges';
import { ErrorNotice, Loading, Notice, PageHeading } from '../components/feedback';
import { SelectField, TableScroll } from '../components/fields';
import { useI18n } from '../i18n';
import { loadable, together } from '../lib/loading';
import { mayRead } from '../lib/permissions';
import { useMe } from '../lib/session';

/** `/countries?process=RCM`: the members of a regional process. */
export function CountryListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const process = search.get('process') ?? 'RCM';
  const processes = useQuery(queries.processes);
  const countries = loadable(useQuery(queries.countries(process)));

  return (
    <>
      <PageHeading title={t('countries.title')}>{t('countries.title')}</PageHeading>
      <form className="card picker" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('summary.process')}
          value={process}
          onChange={(e) => navigate(`/countries?process=${e.target.value}`)}
          options={(processes.data ?? [{ code: process, name: process }]).map((p) => ({
            value: p.code,
            label: `${p.code} — ${p.name}`,
            lang: 'en',
          }))}
        />
      </form>
      {countries.loading && <Loading />}
      {countries.error !== null && (
        <ErrorNotice error={countries.error} onRetry={countries.reload} />
      )}
      {countries.data && !countries.loading && (
        <section className="card" aria-labelledby="members-title">
          <h2 id="members-title">{t('countries.members', { n: countries.data.length })}</h2>
          <ul className="country-list">
            {countries.data.map((c) => (
              <li key={c.iso3}>
                <Link to={`/countries/${c.iso3}`}>
                  <span lang="en">{c.name}</span> <span className="hint">{c.iso3}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** One country: memberships, treaty status, each action's latest validated report. */
export function CountryPage({ iso3 }: { iso3: string }) {
  const { t } = useI18n();
  const me = useMe();
  const country = useQuery(queries.country(iso3));
  const framework = useQuery(queries.framework);
  // Lists leave out the countries one may not read: say so rather than show nothing.
  const readable = mayRead(me, iso3);
  const reports = useQuery({
    ...queries.reports({ country: iso3, state: 'validated', sort: '-period' }),
    enabled: readable,
  });
  const refused = !readable || (reports.error instanceof ApiError && reports.error.status === 403);
  const page = together<unknown[]>(refused ? [country, framework] : [country, framework, reports]);

  const title = country.data?.name ?? iso3;
  if (!page.data || !country.data || !framework.data)
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        {page.error !== null ? (
          <ErrorNotice error={page.error} onRetry={page.reload} />
        ) : (
          <Loading />
        )}
      </>
    );
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/countries">{t('nav.countries')}</Link>
          </li>
          <li aria-current="page">{country.data.iso3}</li>
        </ol>
      </nav>
      <PageHeading title={country.data.name}>
        <span lang="en">{country.data.name}</span> <span className="hint">{country.data.iso3}</span>
      </PageHeading>
      {country.data.subregion && (
        <p className="lead">
          <span lang="en">{country.data.region?.name}</span> ·{' '}
          <span lang="en">{country.data.subregion.name}</span>
        </p>
      )}
      <Memberships country={country.data} />
      <Treaties country={country.data} />
      <LatestReports
        iso3={iso3}
        framework={framework.data}
        reports={refused ? null : (reports.data?.items ?? [])}
      />
    </>
  );
}

function Memberships({ country }: { country: CountryDetailView }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="c-memberships">
      <h2 id="c-memberships">{t('country.memberships')}</h2>
      {country.memberships.length === 0 ? (
        <p>{t('common.none')}</p>
      ) : (
        <TableScroll label={t('country.memberships')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('summary.process')}</th>
                <th scope="col">{t('country.role')}</th>
                <th scope="col">{t('country.source')}</th>
              </tr>
            </thead>
            <tbody>
              {country.memberships.map((m) => (
                <tr key={m.process}>
                  <th scope="row">
                    <Link to={`/summaries/${m.process}`}>{m.process}</Link>{' '}
                    <span lang="en">{m.processName}</span>
                  </th>
                  <td>{t(`membership.${m.role}`)}</td>
                  <td>
                    {m.source.url ? (
                      <a href={m.source.url} target="_blank" rel="noopener noreferrer">
                        {m.source.id}
                      </a>
                    ) : (
                      m.source.id
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

export function Treaties({ country }: { country: CountryDetailView }) {
  const { t, date } = useI18n();
  return (
    <section className="card" aria-labelledby="c-treaties">
      <h2 id="c-treaties">{t('country.treaties')}</h2>
      <TableScroll label={t('country.treaties')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('country.treaty')}</th>
              <th scope="col">{t('country.status')}</th>
              <th scope="col">{t('country.signature')}</th>
              <th scope="col">{t('country.consent')}</th>
              <th scope="col">{t('country.asOf')}</th>
              <th scope="col">{t('country.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {country.treaties.map((tr) => (
              <tr key={tr.treaty}>
                <th scope="row">
                  {tr.treaty}{' '}
                  <span lang="en" className="hint">
                    {tr.treatyName}
                  </span>
                </th>
                <td>{t(`treatyStatus.${tr.status}`)}</td>
                <td>{date(tr.signatureDate)}</td>
                <td>
                  {date(tr.consentDate)}
                  {tr.consentKind && <span lang="en"> ({tr.consentKind})</span>}
                </td>
                <td>{date(tr.statusAsOf)}</td>
                <td>{tr.sources.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {country.treaties[0] && (
        <p className="hint">
          {t('country.coverage')} <span lang="en">{country.treaties[0].coverage.gap}</span>
        </p>
      )}
    </section>
  );
}

/** Each action's latest validated report (null: the user may not read the country's). */
function LatestReports({
  iso3,
  framework,
  reports,
}: {
  iso3: string;
  framework: FrameworkView;
  reports: ReportSummaryView[] | null;
}) {
  const { t, dateTime } = useI18n();
  const latest = (action: string) =>
    reports?.filter((r) => r.action === action).sort((a, b) => b.period.localeCompare(a.period))[0];
  return (
    <section className="card" aria-labelledby="c-reports">
      <h2 id="c-reports">{t('country.latestReports')}</h2>
      {reports === null ? (
        <Notice kind="info">{t('country.mayNotRead')}</Notice>
      ) : (
        <TableScroll label={t('country.latestReports')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('common.action')}</th>
                <th scope="col">{t('common.period')}</th>
                <th scope="col">{t('reportForm.status')}</th>
                <th scope="col">{t('record.validated')}</th>
              </tr>
            </thead>
            <tbody>
              {framework.actions.map((action) => {
                const report = latest(action.code);
                return (
                  <tr key={action.code}>
                    <th scope="row">
                      ({action.code}){' '}
                      <FrameworkText working={action.workingTranslations.includes('shortTitle')}>
                        {action.shortTitle}
                      </FrameworkText>
                    </th>
                    {report ? (
                      <>
                        <td>
                          <Link to={`/reports/${iso3}/${report.period}/${action.code}`}>
                            {report.period}
                          </Link>
                        </td>
                        <td>
                          <StatusBadge status={report.status} />
                        </td>
                        <td>{dateTime(report.validatedAt)}</td>
                      </>
                    ) : (
                      <td colSpan={3}>{t('country.noValidated')}</td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
