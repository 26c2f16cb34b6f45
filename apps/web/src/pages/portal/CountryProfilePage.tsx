import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { STATUSES, type ImplementationStatus } from '../../api/codes';
import type { FrameworkView, PublicReportStatusView } from '../../api/generated/api';
import { portalQueries } from '../../api/portal';
import { queries } from '../../api/queries';
import { Seeded, StatusBadge } from '../../components/badges';
import { ErrorNotice, Loading, PageHeading } from '../../components/feedback';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';
import { together } from '../../lib/loading';
import { Treaties } from '../CountryPages';

/** `/public/countries/MEX`: treaty status with its sources, and the validated reports' statuses. */
export function CountryProfilePage({ iso3 }: { iso3: string }) {
  const { t } = useI18n();
  const profile = useQuery(portalQueries.country(iso3));
  const page = together([profile, useQuery(queries.framework)] as const);
  const country = profile.data?.country;
  const title = country?.name ?? iso3;

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/public">{t('portal.title')}</Link>
          </li>
          <li aria-current="page">{iso3}</li>
        </ol>
      </nav>
      <PageHeading title={title}>
        <span lang="en">{title}</span> <span className="hint">{iso3}</span>
      </PageHeading>
      {page.error !== null && <ErrorNotice error={page.error} onRetry={page.reload} />}
      {!page.data ? (
        page.error === null && <Loading />
      ) : (
        <>
          <Treaties country={page.data[0].country} />
          <ReportStatuses reports={page.data[0].reports} framework={page.data[1]} />
          <PublicTexts reports={page.data[0].reports} />
        </>
      )}
    </>
  );
}

/** What focal points made public of their validated reports: narratives and evidence. */
function PublicTexts({ reports }: { reports: PublicReportStatusView[] }) {
  const { t } = useI18n();
  const shown = reports.filter((r) => r.narrative !== null || r.evidence.length > 0);
  if (shown.length === 0) return null;
  return (
    <section className="card" aria-labelledby="profile-texts">
      <h2 id="profile-texts">{t('portal.publicTexts')}</h2>
      {shown.map((report) => (
        <article key={`${report.period}-${report.action}`}>
          <h3>{t('portal.reportHeading', { period: report.period, action: report.action })}</h3>
          {report.narrative !== null && (
            <p className="prose" data-user-content>
              {report.narrative}
            </p>
          )}
          {report.evidence.length > 0 && (
            <ul>
              {report.evidence.map((e, i) => (
                <li key={i} data-user-content>
                  {e.url ? <a href={e.url}>{e.title}</a> : e.title}
                  {e.reference && ` (${e.reference})`}
                  {e.date && ` ${e.date}`}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </section>
  );
}

const isImplementationStatus = (value: string): value is ImplementationStatus =>
  (STATUSES as readonly string[]).includes(value);

/** One row per period, one column per action: the status of each validated report. */
function ReportStatuses({
  reports,
  framework,
}: {
  reports: PublicReportStatusView[];
  framework: FrameworkView;
}) {
  const { t } = useI18n();
  const periods = [...new Set(reports.map((r) => r.period))].sort().reverse();
  const statusOf = (period: string, action: string) =>
    reports.find((r) => r.period === period && r.action === action)?.status;
  return (
    <section className="card" aria-labelledby="profile-reports">
      <h2 id="profile-reports">{t('portal.validatedReports')}</h2>
      {periods.length === 0 ? (
        <p>{t('country.noValidated')}</p>
      ) : (
        <TableScroll label={t('portal.validatedReports')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('common.period')}</th>
                {framework.actions.map((action) => (
                  <th scope="col" key={action.code}>
                    ({action.code}) <Seeded>{action.shortTitle}</Seeded>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period}>
                  <th scope="row">{period}</th>
                  {framework.actions.map((action) => {
                    const status = statusOf(period, action.code);
                    return (
                      <td key={action.code}>
                        {status === undefined
                          ? t('summary.noData')
                          : isImplementationStatus(status) && <StatusBadge status={status} />}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
