import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { CountryView, TreatyStatusView } from '../../api/generated/api';
import { portalQueries } from '../../api/portal';
import { ErrorNotice, Loading } from '../../components/feedback';
import { TableScroll } from '../../components/fields';
import { useI18n } from '../../i18n';
import { together } from '../../lib/loading';
import { ProtocolMap } from './ProtocolMap';
import { MAP_STATUSES, protocolStatusMap, type ProtocolStatusMap } from './protocolStatus';

/** The Protocol's status around the world: the map, its legend and the same as a table. */
export function ProtocolStatusSection() {
  const { t, date } = useI18n();
  const page = together<[CountryView[], TreatyStatusView]>([
    useQuery(portalQueries.allCountries),
    useQuery(portalQueries.protocolStatus),
  ]);
  const [countries, treaty] = page.data ?? [];
  const statuses = useMemo(
    () => (countries && treaty ? protocolStatusMap(countries, treaty) : null),
    [countries, treaty],
  );

  return (
    <section className="card" aria-labelledby="protocol-map-title">
      <h2 id="protocol-map-title">{t('portal.map.title')}</h2>
      {page.error !== null && <ErrorNotice error={page.error} onRetry={page.reload} />}
      {!statuses || !treaty ? (
        page.error === null && <Loading />
      ) : (
        <>
          <p>
            <span lang="en">{treaty.name}</span>.{' '}
            {t('portal.map.cutOff', { date: date(statuses.completeAsOf) })}
          </p>
          <MapLegend statuses={statuses} />
          <ProtocolMap statuses={statuses} />
          <StatusTable statuses={statuses} />
        </>
      )}
    </section>
  );
}

function MapLegend({ statuses }: { statuses: ProtocolStatusMap }) {
  const { t } = useI18n();
  return (
    <ul className="map-legend" aria-label={t('portal.map.legend')}>
      {MAP_STATUSES.map((status) => (
        <li key={status}>
          <svg width="18" height="18" aria-hidden="true">
            <rect width="18" height="18" className={`map-${status}`} />
          </svg>
          {t(`portal.status.${status}`)} ({statuses.all.filter((c) => c.status === status).length})
        </li>
      ))}
    </ul>
  );
}

/** The map's text alternative: every country of the reference data. */
function StatusTable({ statuses }: { statuses: ProtocolStatusMap }) {
  const { t, date } = useI18n();
  return (
    <details className="map-table">
      <summary>{t('portal.map.table')}</summary>
      <TableScroll label={t('portal.map.table')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('portal.country')}</th>
              <th scope="col">{t('country.status')}</th>
              <th scope="col">{t('portal.since')}</th>
            </tr>
          </thead>
          <tbody>
            {statuses.all.map((country) => (
              <tr key={country.iso3}>
                <th scope="row">
                  <Link to={`/public/countries/${country.iso3}`}>
                    <span lang="en">{country.name}</span>
                  </Link>
                </th>
                <td>{t(`portal.status.${country.status}`)}</td>
                <td>
                  {country.status === 'neither'
                    ? t('portal.asOf', { date: date(statuses.completeAsOf) })
                    : date(country.since)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
