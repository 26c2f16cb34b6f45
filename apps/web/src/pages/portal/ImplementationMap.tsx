import { levelClass, LEVEL_COLOURS } from '@app/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, type CSSProperties } from 'react';
import type { CountryView, MemberLevelView, PublicationView } from '../../api/generated/api';
import { portalQueries } from '../../api/portal';
import { ErrorNotice, Loading } from '../../components/feedback';
import { useI18n } from '../../i18n';
import { MapTable } from './MapTable';
import { WorldMap, type MapCountry } from './ProtocolMap';

/** The lower bound of each level class, in points of 0–100. */
const CLASS_FROM = LEVEL_COLOURS.map((_, index) => (index * 100) / LEVEL_COLOURS.length);

/** The palette's level colours as the CSS variables the map's classes fill with. */
const LEVEL_FILLS = Object.fromEntries(
  LEVEL_COLOURS.map((colour, index) => [`--map-level-${index}`, colour]),
) as CSSProperties;

const fillOf = (level: MemberLevelView) =>
  level.meanScorePercent === null
    ? 'map-no-data'
    : `map-level-${levelClass(level.meanScorePercent)}`;

/** A process's published implementation level per member: map, legend and table. */
export function ImplementationMap({
  publication,
  countries,
}: {
  publication: PublicationView;
  countries: CountryView[];
}) {
  const { t, number } = useI18n();
  const query = useQuery(portalQueries.publication(publication.id));
  const levels = query.data?.memberLevels;
  const names = useMemo(() => new Map(countries.map((c) => [c.iso3, c])), [countries]);
  const levelText = useCallback(
    (level: MemberLevelView) =>
      level.meanScorePercent === null
        ? t('portal.levels.noData')
        : t('portal.levels.level', { level: number(level.meanScorePercent, 1) }),
    [t, number],
  );
  const byNumeric = useMemo(() => {
    const shown = new Map<string, MapCountry>();
    for (const level of levels ?? []) {
      const country = names.get(level.country);
      if (!country?.m49) continue;
      const name = country.name;
      shown.set(country.m49, {
        iso3: level.country,
        name,
        fill: fillOf(level),
        label: t('portal.levels.shape', {
          name,
          level: levelText(level),
          reported: level.actionsReported,
          expected: level.actionsExpected,
        }),
      });
    }
    return shown;
  }, [levels, names, t, levelText]);

  if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Loading />;
  const title = t('portal.levels.title', {
    process: publication.process,
    period: publication.period,
  });
  if (!levels) return <p>{t('portal.levels.notInVersion')}</p>;
  const rows = levels
    .map((level) => ({ level, name: names.get(level.country)?.name ?? level.country }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div style={LEVEL_FILLS}>
      <p>{t('portal.levels.scale')}</p>
      <ul className="map-legend" aria-label={t('portal.map.legend')}>
        {CLASS_FROM.map((from, index) => (
          <li key={from}>
            <svg width="18" height="18" aria-hidden="true">
              <rect width="18" height="18" className={`map-level-${index}`} />
            </svg>
            {t(
              index === CLASS_FROM.length - 1 ? 'portal.levels.classLast' : 'portal.levels.class',
              {
                from: number(from, 0),
                to: number(from + 100 / LEVEL_COLOURS.length, 0),
              },
            )}
          </li>
        ))}
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <rect width="18" height="18" className="map-no-data" />
          </svg>
          {t('portal.levels.noData')}
        </li>
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <rect width="18" height="18" className="map-outside" />
          </svg>
          {t('portal.levels.notMember')}
        </li>
      </ul>
      <WorldMap byNumeric={byNumeric} title={title} others="map-outside" />
      <MapTable
        label={t('portal.levels.table')}
        columns={[t('portal.levels.levelColumn'), t('portal.levels.actionsColumn')]}
        rows={rows.map(({ level, name }) => ({
          iso3: level.country,
          name,
          cells: [
            levelText(level),
            t('portal.levels.actions', {
              reported: level.actionsReported,
              expected: level.actionsExpected,
            }),
          ],
        }))}
      />
    </div>
  );
}
