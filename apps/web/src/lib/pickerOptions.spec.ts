import { matchingOptions, type PickerOption } from './pickerOptions';
import { timeZoneOptions } from './timeZones';

const countries: PickerOption[] = [
  { value: 'MEX', label: 'Mexico', detail: 'MEX', lang: 'en' },
  { value: 'GTM', label: 'Guatemala', detail: 'GTM', lang: 'en' },
  { value: 'CRI', label: 'Costa Rica', detail: 'CRI', lang: 'en' },
];
const values = (options: PickerOption[]) => options.map((o) => o.value);

describe('the searchable pickers', () => {
  it('finds an option by its name or its code, in any case, every word typed', () => {
    expect(values(matchingOptions(countries, 'gua'))).toEqual(['GTM']);
    expect(values(matchingOptions(countries, 'mex'))).toEqual(['MEX']);
    expect(values(matchingOptions(countries, 'rica  costa'))).toEqual(['CRI']);
    expect(values(matchingOptions(countries, 'xyz'))).toEqual([]);
    expect(values(matchingOptions(countries, '  '))).toEqual(['MEX', 'GTM', 'CRI']);
  });

  it('ignores accents and underscores', () => {
    const zones = [{ value: 'America/Sao_Paulo', label: 'America / Sao Paulo' }];
    expect(values(matchingOptions(zones, 'são paulo'))).toEqual(['America/Sao_Paulo']);
    expect(values(matchingOptions(zones, 'sao_paulo'))).toEqual(['America/Sao_Paulo']);
  });

  it('offers every zone the runtime knows, UTC and the current value, with the offset now', () => {
    const zones = timeZoneOptions('en', 'America/Buenos_Aires');
    expect(zones.length).toBeGreaterThan(300);
    expect(values(zones)).toEqual(expect.arrayContaining(['UTC', 'America/Buenos_Aires']));
    const mexico = zones.find((z) => z.value === 'America/Mexico_City');
    expect(mexico).toMatchObject({ label: 'America / Mexico City', detail: 'GMT-6' });
    expect(values(matchingOptions(zones, 'mexico city'))).toEqual(['America/Mexico_City']);
  });
});
