import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import type { CountryProtocolStatus, ProtocolStatusMap } from './protocolStatus';
import { useRovingFocus } from './useRovingFocus';
import { MAP_HEIGHT, MAP_WIDTH, sphereOutline, worldShapes } from './worldShapes';

/** A country's accessible name on the map and in the table: its name, status and since when. */
export function useStatusLabel(completeAsOf: string) {
  const { t, date } = useI18n();
  return useCallback(
    (country: CountryProtocolStatus) => {
      const status = t(`portal.status.${country.status}`);
      const vars = { name: country.name, status };
      if (country.status === 'neither')
        return t('portal.map.shapeAsOf', { ...vars, date: date(completeAsOf) });
      return country.since
        ? t('portal.map.shapeSince', { ...vars, date: date(country.since) })
        : t('portal.map.shape', vars);
    },
    [t, date, completeAsOf],
  );
}

/** A country the map shows: its fill class and the name its shape says. */
export interface MapCountry {
  iso3: string;
  name: string;
  fill: string;
  label: string;
}

/** The world map of Protocol status: one focusable shape per country the reference data knows. */
export function ProtocolMap({ statuses }: { statuses: ProtocolStatusMap }) {
  const { t } = useI18n();
  const label = useStatusLabel(statuses.completeAsOf);
  const byNumeric = useMemo(
    () =>
      new Map(
        [...statuses.byNumeric].map(([numeric, country]) => [
          numeric,
          { ...country, fill: `map-${country.status}`, label: label(country) },
        ]),
      ),
    [statuses, label],
  );
  return <WorldMap byNumeric={byNumeric} title={t('portal.map.title')} others="map-unknown" />;
}

/**
 * A world map with one focusable shape per country given (by ISO 3166-1 numeric code); the
 * shapes of other countries are drawn with the `others` class and are not focusable.
 */
export function WorldMap({
  byNumeric,
  title,
  others,
}: {
  byNumeric: Map<string, MapCountry>;
  title: string;
  others: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const shapes = useMemo(
    () =>
      worldShapes().map((shape) => ({
        ...shape,
        country: shape.numeric ? byNumeric.get(shape.numeric) : undefined,
      })),
    [byNumeric],
  );
  const items = useMemo(
    () =>
      shapes
        .flatMap((s) => (s.country ? [{ key: s.country.iso3, name: s.country.name }] : []))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [shapes],
  );
  const open = (iso3: string) => navigate(`/public/countries/${iso3}`);
  const roving = useRovingFocus(items, open);
  const focused = shapes.find((s) => s.country?.iso3 === roving.active);

  return (
    <div className="world-map">
      <p id="map-help" className="hint">
        {t('portal.map.help')}
      </p>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label={title}
        aria-describedby="map-help"
        onKeyDown={roving.onKeyDown}
      >
        <defs>
          {/* Unknown (or no published data) is told apart by texture, not by colour alone. */}
          <pattern id="map-hatch" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="map-hatch-ground" />
            <path d="M0 6 L6 0" className="map-hatch-line" />
          </pattern>
        </defs>
        <path d={sphereOutline()} className="map-sphere" aria-hidden="true" />
        {shapes.map((shape, index) =>
          shape.country ? (
            <path
              key={shape.country.iso3}
              d={shape.d}
              className={`map-country ${shape.country.fill}`}
              role="link"
              aria-label={shape.country.label}
              onClick={() => open(shape.country!.iso3)}
              {...roving.itemProps(shape.country.iso3)}
            />
          ) : (
            <path
              key={`area-${index}`}
              d={shape.d}
              className={`map-country ${others}`}
              aria-hidden="true"
            />
          ),
        )}
        {/* The focused country's outline drawn again on top, so no neighbour hides it; dark and
            light together, to show on every fill. */}
        {focused && (
          <g className="map-focus-ring" aria-hidden="true">
            <path d={focused.d} className="map-focus-outer" />
            <path d={focused.d} className="map-focus-inner" />
          </g>
        )}
      </svg>
    </div>
  );
}
