import { nameKey, nameMatcher } from './participant-names';

describe('UNTC participant names', () => {
  // Names as data/reference/countries.csv and the treaty tables write them.
  const match = nameMatcher([
    { name: 'Bolivia, Plurinational State of', iso3: 'BOL', participant: 'BOL' },
    { name: 'Türkiye', iso3: 'TUR', participant: 'TUR' },
    { name: 'Turkey', iso3: 'TUR', participant: 'TUR' },
    { name: 'Palestine, State of', iso3: 'PSE', participant: 'PSE' },
    { name: "Côte d'Ivoire", iso3: 'CIV', participant: 'CIV' },
    { name: 'Congo, Democratic Republic of the', iso3: 'COD', participant: 'COD' },
    { name: 'Congo', iso3: 'COG', participant: 'COG' },
    { name: 'Congo (the)', iso3: 'COG', participant: 'COG' },
    { name: 'Korea, Republic of', iso3: 'KOR', participant: 'KOR' },
    { name: "Korea, Democratic People's Republic of", iso3: 'PRK', participant: 'PRK' },
    { name: 'European Union', iso3: null, participant: 'European Union' },
    { name: 'Georgia', iso3: 'GEO', participant: 'GEO' },
    { name: 'Georgia', iso3: 'SGS', participant: 'SGS' },
  ]);
  const iso3 = (name: string) => match(name)?.participant ?? null;

  it('matches the names UNTC writes', () => {
    expect(iso3('Bolivia (Plurinational State of)')).toBe('BOL');
    expect(iso3('Türkiye')).toBe('TUR');
    expect(iso3('Turkey')).toBe('TUR');
    expect(iso3('State of Palestine')).toBe('PSE');
    expect(iso3('Côte d’Ivoire')).toBe('CIV');
    expect(iso3("Cote d'Ivoire")).toBe('CIV');
    expect(iso3('Democratic Republic of the Congo')).toBe('COD');
    expect(iso3('Congo')).toBe('COG');
    expect(iso3('Republic of Korea')).toBe('KOR');
    expect(iso3("Democratic People's Republic of Korea")).toBe('PRK');
  });

  it('keeps the European Union as a participant without an ISO3 code', () => {
    expect(match('European Union')).toEqual({
      participant: 'European Union',
      iso3: null,
      knownAs: 'European Union',
    });
  });

  it('leaves unknown and ambiguous names unmatched', () => {
    expect(iso3('Atlantis')).toBeNull();
    expect(iso3('Georgia')).toBeNull();
  });

  it('reduces names to accent-, case- and punctuation-free keys', () => {
    expect(nameKey('  Côte d’Ivoire ')).toBe('cote divoire');
    expect(nameKey('United States of America (the)')).toBe('united states of america');
  });
});
