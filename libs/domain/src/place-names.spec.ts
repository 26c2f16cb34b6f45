import { placeName } from './place-names';

describe('place names in the reader’s language', () => {
  it('names countries by ISO 3166 alpha-2 code and areas by UN M49 code', () => {
    expect(placeName('es', 'MX', 'Mexico')).toBe('México');
    expect(placeName('fr', 'DO', 'Dominican Republic')).toBe('République dominicaine');
    expect(placeName('es', '019', 'Americas')).toBe('América');
    expect(placeName('fr', '013', 'Central America')).toBe('Amérique centrale');
  });

  it('keeps the stored English name in English, and where the code is unknown or missing', () => {
    expect(placeName('en', 'BO', 'Bolivia (Plurinational State of)')).toBe(
      'Bolivia (Plurinational State of)',
    );
    expect(placeName('es', '999', 'Nowhere')).toBe('Nowhere');
    expect(placeName('es', null, 'European Union')).toBe('European Union');
  });
});
