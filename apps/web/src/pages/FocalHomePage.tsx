import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { FrameworkView, PeriodView } from '../api/generated/api';
import { queries } from '../api/queries';
import { FrameworkText } from '../components/badges';
import { ErrorNotice, Loading, PageHeading } from '../components/feedback';
import { WorkOffline } from '../components/WorkOffline';
import { useI18n } from '../i18n';
import { today } from '../lib/dates';
import { together } from '../lib/loading';
import { useMe } from '../lib/session';
import { periodsByUrgency } from './focalHome';
import { GridTable, type CountryData } from './FocalHomeGrid';

/** Focal point home: per country, a period × action grid with state, status and what is due. */
export function FocalHomePage() {
  const { t } = useI18n();
  const me = useMe();
  const framework = useQuery(queries.framework);
  const periods = useQuery(queries.periods);
  const each = <Q,>(query: (iso3: string) => Q) => ({ queries: me.countries.map(query) });
  const countries = useQueries(each(queries.country));
  const reports = useQueries(each((iso3) => queries.reports({ country: iso3 })));
  const sets = useQueries(each((iso3) => queries.indicatorSets({ country: iso3 })));
  const load = together([framework, periods, ...countries, ...reports, ...sets]);
  const grids: CountryData[] | undefined =
    load.data &&
    me.countries.map((_, i) => ({
      country: countries[i].data!,
      reports: reports[i].data!.items,
      indicators: sets[i].data!.items,
    }));

  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.intro')}</p>
      {load.loading && !load.data && <Loading />}
      {load.error !== null && <ErrorNotice error={load.error} onRetry={load.reload} />}
      {grids && me.countries.length === 0 && <p>{t('home.noCountries')}</p>}
      {grids?.map((data) => (
        <CountryGrid
          key={data.country.iso3}
          data={data}
          periods={[...periods.data!].reverse()}
          framework={framework.data!}
        />
      ))}
    </>
  );
}

function CountryGrid({
  data,
  periods,
  framework,
}: {
  data: CountryData;
  periods: PeriodView[];
  framework: FrameworkView;
}) {
  const { t, date } = useI18n();
  const iso3 = data.country.iso3;
  const actions = framework.actions.map((a) => a.code);
  const returned = data.reports.filter((r) => r.state === 'returned');
  const headingId = `country-${iso3}`;
  const next = periods
    .filter((p) => p.state === 'open' && p.dueOn >= today())
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  const { now, others } = periodsByUrgency(periods, actions, data.reports, today());

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={`/countries/${iso3}`}>
          <span lang="en">{data.country.name}</span>
        </Link>
      </h2>
      {next && (
        <p className="due-line">
          {t('home.nextDue', { period: next.code, date: date(next.dueOn) })}
        </p>
      )}
      {returned.length > 0 && (
        <div className="notice notice-warning">
          <h3>{t('home.returnedTitle')}</h3>
          <ul>
            {returned.map((r) => (
              <li key={`${r.period}-${r.action}`}>
                <Link to={`/reports/${iso3}/${r.period}/${r.action}`}>
                  {t('home.continueLabel', { action: r.action, period: r.period })}
                </Link>
                {': '}
                <q data-user-content>{r.reviewComment}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {now.length > 0 ? (
        <GridTable data={data} rows={now} actions={actions} />
      ) : (
        <p>{t('home.nothingNow')}</p>
      )}
      {others.length > 0 && (
        <details className="other-periods">
          <summary>{t('home.otherPeriods', { n: others.length })}</summary>
          <GridTable data={data} rows={others} actions={actions} others />
        </details>
      )}
      <WorkOffline
        iso3={iso3}
        periods={periods.filter((p) => p.state === 'open').map((p) => p.code)}
      />
      <details className="legend-actions">
        <summary>{t('home.actionsLegend')}</summary>
        <dl>
          {framework.actions.map((action) => (
            <div key={action.code}>
              <dt>{t('common.actionCode', { action: action.code })}</dt>
              <dd>
                <FrameworkText working={action.workingTranslations.includes('shortTitle')}>
                  {action.shortTitle}
                </FrameworkText>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
