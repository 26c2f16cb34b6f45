import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameMatcher } from './participant-names';

/** The matcher built from data/reference/countries.csv alone, as the database holds it. */
function countriesMatcher() {
  const rows = parse(readFileSync(join(__dirname, '../../../../data/reference/countries.csv')), {
    columns: true,
  }) as Array<{ iso3: string; name: string; unterm_short_name: string }>;
  return nameMatcher(
    rows.flatMap((row) =>
      [row.name, row.unterm_short_name]
        .filter(Boolean)
        .map((name) => ({ name, iso3: row.iso3, participant: row.iso3 })),
    ),
  );
}

describe('UNTC names against the countries reference data', () => {
  const match = countriesMatcher();

  it.each([
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Türkiye', 'TUR'],
    ['State of Palestine', 'PSE'],
    ["Côte d'Ivoire", 'CIV'],
    ['Democratic Republic of the Congo', 'COD'],
    ['Congo', 'COG'],
    ['Iran (Islamic Republic of)', 'IRN'],
    ['Venezuela (Bolivarian Republic of)', 'VEN'],
    ['Micronesia (Federated States of)', 'FSM'],
    ['Netherlands (Kingdom of the)', 'NLD'],
    ['United Republic of Tanzania', 'TZA'],
    ['Republic of Moldova', 'MDA'],
    ['Republic of Korea', 'KOR'],
    ["Democratic People's Republic of Korea", 'PRK'],
    ["Lao People's Democratic Republic", 'LAO'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ['United States of America', 'USA'],
    ['Niger', 'NER'],
    ['Nigeria', 'NGA'],
    ['Guinea', 'GIN'],
    ['Equatorial Guinea', 'GNQ'],
    ['Dominica', 'DMA'],
    ['Dominican Republic', 'DOM'],
    ['Sudan', 'SDN'],
    ['South Sudan', 'SSD'],
    ['Eswatini', 'SWZ'],
    ['North Macedonia', 'MKD'],
    ['Czechia', 'CZE'],
  ])('%s is %s', (name, iso3) => {
    expect(match(name)?.participant).toBe(iso3);
  });

  it('does not know the European Union as a country', () => {
    expect(match('European Union')).toBeNull();
  });
});
