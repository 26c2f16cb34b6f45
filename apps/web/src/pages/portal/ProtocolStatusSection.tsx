import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type {
  CountryView,
  ProcessView,
  PublicationView,
  TreatyStatusView,
} from '../../api/generated/api';
import { portalQueries } from '../../api/portal';
import { ErrorNotice, Loading } from '../../components/feedback';
import { useI18n } from '../../i18n';
import { together } from '../../lib/loading';
import { ImplementationMap } from './ImplementationMap';
import { MapTable } from './MapTable';
import { latestPublished } from './latestPublished';
import { ProtocolMap } from './ProtocolMap';
import { MAP_STATUSES, protocolStatusMap, type ProtocolStatusMap } from './protocolStatus';

/**
 * The world map: the Protocol's status, or a process's published implementation level per member
 * (its latest publication), chosen with a radio group; each with its legend and a table.
 */
export function ProtocolStatusSection() {
  const { t, date } = useI18n();
  const page = together<[CountryView[], TreatyStatusView, ProcessView[], PublicationView[]]>([
    useQuery(portalQueries.allCountries),
    useQuery(portalQueries.protocolStatus),
    useQuery(portalQueries.processes),
    useQuery(portalQueries.publications()),
  ]);
  const [countries, treaty, processes, publications] = page.data ?? [];
  const statuses = useMemo(
    () => (countries && treaty ? protocolStatusMap(countries, treaty) : null),
    [countries, treaty],
  );
  const latest = (processes ?? []).flatMap((process) => {
    const found = latestPublished(publications ?? [], process.code);
    return found ? [found] : [];
  });
  const [view, setView] = useState('protocol');
  const shown = latest.find((publication) => publication.process === view);

  return (
    <section className="card" aria-labelledby="world-map-title">
      <h2 id="world-map-title">{t('portal.map.heading')}</h2>
      {page.error !== null && <ErrorNotice error={page.error} onRetry={page.reload} />}
      {!statuses || !treaty || !countries ? (
        page.error === null && <Loading />
      ) : (
        <>
          <fieldset className="map-switch">
            <legend>{t('portal.map.show')}</legend>
            <label>
              <input
                type="radio"
                name="map-view"
                value="protocol"
                checked={!shown}
                onChange={() => setView('protocol')}
              />
              {t('portal.map.protocolView')}
            </label>
            {latest.map((publication) => (
              <label key={publication.process}>
                <input
                  type="radio"
                  name="map-view"
                  value={publication.process}
                  checked={shown?.process === publication.process}
                  onChange={() => setView(publication.process)}
                />
                {t('portal.map.levelView', {
                  process: publication.process,
                  date: date(publication.publishedAt),
                  version: publication.version,
                })}
              </label>
            ))}
          </fieldset>
          {shown ? (
            <>
              <h3>{t('portal.levels.title', { process: shown.process, period: shown.period })}</h3>
              <ImplementationMap publication={shown} countries={countries} />
            </>
          ) : (
            <>
              <h3>{t('portal.map.title')}</h3>
              <p>
                <span lang="en">{treaty.name}</span>.{' '}
                {t('portal.map.cutOff', { date: date(statuses.completeAsOf) })}
              </p>
              <MapLegend statuses={statuses} />
              <ProtocolMap statuses={statuses} />
              <StatusTable statuses={statuses} />
            </>
          )}
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
    <MapTable
      label={t('portal.map.table')}
      columns={[t('country.status'), t('portal.since')]}
      rows={statuses.all.map((country) => ({
        iso3: country.iso3,
        name: country.name,
        cells: [
          t(`portal.status.${country.status}`),
          country.status === 'neither'
            ? t('portal.asOf', { date: date(statuses.completeAsOf) })
            : date(country.since),
        ],
      }))}
    />
  );
}
