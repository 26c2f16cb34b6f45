import { ApiError } from '../api/client';
import {
  getCountries,
  getCountry,
  getFramework,
  getProcesses,
  listReports,
} from '../api/endpoints';
import { ACTION_CODES, type ReportListItem } from '../api/types';
import { Seeded, StatusBadge } from '../components/badges';
import { ErrorNotice, Loading, Notice, PageHeading } from '../components/feedback';
import { SelectField, TableScroll } from '../components/fields';
import { useI18n } from '../i18n';
import { mayRead } from '../lib/permissions';
import { Link, useRouter } from '../lib/router';
import { useMe } from '../lib/session';
import { useApi } from '../lib/useApi';

/** `/countries?process=RCM`: the members of a regional process. */
export function CountryListPage() {
  const { t } = useI18n();
  const { search, navigate } = useRouter();
  const process = search.get('process') ?? 'RCM';
  const processes = useApi(() => getProcesses(), []);
  const countries = useApi((signal) => getCountries(process, signal), [process]);

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
  const { t, date, dateTime } = useI18n();
  const me = useMe();
  const data = useApi(
    async (signal) => {
      const [country, framework] = await Promise.all([getCountry(iso3, signal), getFramework()]);
      // Lists leave out the countries one may not read: say so rather than show nothing.
      let reports: ReportListItem[] | null = null;
      if (mayRead(me, iso3))
        try {
          reports = (
            await listReports({ country: iso3, state: 'validated', sort: '-period' }, signal)
          ).items;
        } catch (error) {
          if (!(error instanceof ApiError) || error.status !== 403) throw error;
        }
      return { country, framework, reports };
    },
    [iso3, me.id],
  );

  const title = data.data ? data.data.country.name : iso3;
  if (!data.data)
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        {data.error !== null ? (
          <ErrorNotice error={data.error} onRetry={data.reload} />
        ) : (
          <Loading />
        )}
      </>
    );

  const { country, framework, reports } = data.data;
  const latest = (action: string) =>
    reports?.filter((r) => r.action === action).sort((a, b) => b.period.localeCompare(a.period))[0];

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/countries">{t('nav.countries')}</Link>
          </li>
          <li aria-current="page">{country.iso3}</li>
        </ol>
      </nav>
      <PageHeading title={country.name}>
        <span lang="en">{country.name}</span> <span className="hint">{country.iso3}</span>
      </PageHeading>
      {country.subregion && (
        <p className="lead">
          <span lang="en">{country.region?.name}</span> ·{' '}
          <span lang="en">{country.subregion.name}</span>
        </p>
      )}

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
                {ACTION_CODES.map((code) => {
                  const report = latest(code);
                  const action = framework.actions.find((a) => a.code === code);
                  return (
                    <tr key={code}>
                      <th scope="row">
                        ({code}) {action && <Seeded>{action.shortTitle}</Seeded>}
                      </th>
                      {report ? (
                        <>
                          <td>
                            <Link to={`/reports/${iso3}/${report.period}/${code}`}>
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
    </>
  );
}
