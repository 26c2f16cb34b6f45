import {
  ACCESS_DENIED,
  AccessScope as Scope,
  mayAccessCountry,
  Operation,
  readableCountries,
} from './access-policy';

const admin: Scope = { role: 'admin', countries: [], coordinatedCountries: [] };
const analyst: Scope = { role: 'analyst', countries: [], coordinatedCountries: [] };
const focalPointOfMex: Scope = {
  role: 'focal_point',
  countries: ['MEX'],
  coordinatedCountries: [],
};
const coordinatorOfMexAndGtm: Scope = {
  role: 'coordinator',
  countries: [],
  coordinatedCountries: ['MEX', 'GTM'],
};

const OPERATIONS: Operation[] = ['read', 'write', 'review'];

describe('mayAccessCountry', () => {
  it.each(OPERATIONS)('lets an admin %s any country', (operation) => {
    expect(mayAccessCountry(admin, operation, 'MEX')).toBe(true);
    expect(mayAccessCountry(admin, operation, 'FRA')).toBe(true);
  });

  describe('a focal point', () => {
    it('reads and writes the reports of their own country', () => {
      expect(mayAccessCountry(focalPointOfMex, 'read', 'MEX')).toBe(true);
      expect(mayAccessCountry(focalPointOfMex, 'write', 'MEX')).toBe(true);
    });

    it('does not review their own country’s reports', () => {
      expect(mayAccessCountry(focalPointOfMex, 'review', 'MEX')).toBe(false);
    });

    it.each(OPERATIONS)('of MEX cannot %s GTM', (operation) => {
      expect(mayAccessCountry(focalPointOfMex, operation, 'GTM')).toBe(false);
    });

    it('reads and writes every one of several countries, and no other', () => {
      const both: Scope = { ...focalPointOfMex, countries: ['MEX', 'BLZ'] };
      expect(mayAccessCountry(both, 'write', 'MEX')).toBe(true);
      expect(mayAccessCountry(both, 'write', 'BLZ')).toBe(true);
      expect(mayAccessCountry(both, 'write', 'GTM')).toBe(false);
    });

    it('gains nothing from coordinated countries, which are not theirs', () => {
      const odd: Scope = { ...focalPointOfMex, coordinatedCountries: ['GTM'] };
      expect(mayAccessCountry(odd, 'read', 'GTM')).toBe(false);
      expect(mayAccessCountry(odd, 'review', 'GTM')).toBe(false);
    });

    it('matches country codes exactly', () => {
      expect(mayAccessCountry(focalPointOfMex, 'read', 'mex')).toBe(false);
      expect(mayAccessCountry(focalPointOfMex, 'read', '')).toBe(false);
    });
  });

  describe('a coordinator', () => {
    it('reads and reviews the reports of their processes’ member States', () => {
      for (const iso3 of ['MEX', 'GTM']) {
        expect(mayAccessCountry(coordinatorOfMexAndGtm, 'read', iso3)).toBe(true);
        expect(mayAccessCountry(coordinatorOfMexAndGtm, 'review', iso3)).toBe(true);
      }
    });

    it('does not edit or submit reports, even of member States', () => {
      expect(mayAccessCountry(coordinatorOfMexAndGtm, 'write', 'MEX')).toBe(false);
      expect(mayAccessCountry(coordinatorOfMexAndGtm, 'write', 'GTM')).toBe(false);
    });

    it.each(OPERATIONS)('cannot %s a country outside their processes', (operation) => {
      expect(mayAccessCountry(coordinatorOfMexAndGtm, operation, 'FRA')).toBe(false);
    });

    it('gains nothing from a country list, which coordinators do not have', () => {
      const odd: Scope = { ...coordinatorOfMexAndGtm, countries: ['FRA'] };
      expect(mayAccessCountry(odd, 'read', 'FRA')).toBe(false);
    });
  });

  describe('an analyst', () => {
    it('reads every country', () => {
      expect(mayAccessCountry(analyst, 'read', 'MEX')).toBe(true);
      expect(mayAccessCountry(analyst, 'read', 'FRA')).toBe(true);
    });

    it.each(['write', 'review'] as const)('may not %s any country', (operation) => {
      expect(mayAccessCountry(analyst, operation, 'MEX')).toBe(false);
      const scoped: Scope = { ...analyst, countries: ['MEX'], coordinatedCountries: ['MEX'] };
      expect(mayAccessCountry(scoped, operation, 'MEX')).toBe(false);
    });
  });
});

describe('readableCountries', () => {
  it('gives admins and analysts every country', () => {
    expect(readableCountries(admin)).toBe('all');
    expect(readableCountries(analyst)).toBe('all');
  });

  it('gives a focal point their own countries', () => {
    expect(readableCountries({ ...focalPointOfMex, countries: ['MEX', 'BLZ'] })).toEqual([
      'MEX',
      'BLZ',
    ]);
  });

  it('gives a coordinator their processes’ member States', () => {
    expect(readableCountries(coordinatorOfMexAndGtm)).toEqual(['MEX', 'GTM']);
  });

  it('agrees with mayAccessCountry for reading', () => {
    const actors = [admin, analyst, focalPointOfMex, coordinatorOfMexAndGtm];
    for (const actor of actors) {
      const readable = readableCountries(actor);
      for (const iso3 of ['MEX', 'GTM', 'FRA']) {
        const listed = readable === 'all' || readable.includes(iso3);
        expect(listed).toBe(mayAccessCountry(actor, 'read', iso3));
      }
    }
  });
});

describe('ACCESS_DENIED', () => {
  it('has a message for every operation', () => {
    for (const operation of OPERATIONS) {
      expect(ACCESS_DENIED[operation]).toMatch(/^Your account may not /);
    }
    expect(new Set(Object.values(ACCESS_DENIED)).size).toBe(OPERATIONS.length);
  });
});
