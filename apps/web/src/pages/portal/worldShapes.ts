// The countries of world-atlas (Natural Earth, 1:110m), projected once: bundled with the app, so
// the map needs no tiles and no request beyond the API's.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import countries110m from 'world-atlas/countries-110m.json';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface WorldShape {
  /** ISO 3166-1 numeric code; undefined for areas without one (Kosovo, N. Cyprus, Somaliland). */
  numeric: string | undefined;
  /** SVG path data. */
  d: string;
}

let shapes: WorldShape[] | null = null;

/** The projected shapes, computed on first use (not when the app starts). */
export function worldShapes(): WorldShape[] {
  if (shapes) return shapes;
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'Sphere' });
  const toPath = geoPath(projection);
  const countries = feature(countries110m, countries110m.objects.countries);
  shapes = countries.features.map((country) => ({
    numeric: country.id === undefined ? undefined : String(country.id),
    d: toPath(country) ?? '',
  }));
  return shapes;
}

/** The outline of the globe, drawn behind the countries. */
export function sphereOutline(): string {
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'Sphere' });
  return geoPath(projection)({ type: 'Sphere' }) ?? '';
}
