import { dayOf } from './cell-values';
import { readCsv } from './read-csv';

const csv = (text: string) => readCsv(Buffer.from(text, 'utf8'));

describe('readCsv (long form)', () => {
  it('builds one draft per report from its rows, with a BOM and semicolons, refs per line', () => {
    const parsed = csv(
      '\uFEFFcountry;period;action;field;value;version\n' +
        'mex;2025;D;status;planned;2\n' +
        'MEX;2025;d;checklist.d5.answer;yes;2\n' +
        'MEX;2025;d;evidence.2.title;Ley;2\n' +
        'MEX;2025;d;areas;1, 4;2\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.indicatorSets).toEqual([]);
    expect(parsed.reports).toEqual([
      {
        kind: 'report',
        key: { country: 'MEX', period: '2025', action: 'd' },
        draft: {
          status: 'planned',
          checklist: [{ item: 'd5', answer: 'yes' }],
          evidence: [{ title: 'Ley' }],
          areas: [1, 4],
        },
        downloadedVersion: 2,
        origin: 'line 2',
        submit: false,
        refs: {
          status: 'line 2',
          'checklist.0.answer': 'line 3',
          'evidence.0.title': 'line 4',
          areas: 'line 5',
        },
      },
    ]);
  });

  it('refuses a field given twice, an unknown field and versions that disagree within a report', () => {
    const parsed = csv(
      'country,period,action,field,value,version\n' +
        'MEX,2025,d,status,planned,1\n' +
        'MEX,2025,d,status,implemented,1\n' +
        'MEX,2025,d,colour,blue,1\n' +
        'MEX,2025,d,narrative,x,2\n',
    );
    expect(parsed.errors).toEqual([
      { ref: 'line 3', message: 'status is given twice (also line 2)' },
      { ref: 'line 4', message: 'unknown field "colour"' },
      { ref: 'line 5', message: 'version 2 differs from line 2 of the same report' },
    ]);
  });
});

describe('readCsv (indicator cells)', () => {
  it('gathers the rows without action as the indicator values of their country and period', () => {
    const parsed = csv(
      'country,period,action,field,value,version\n' +
        'MEX,2025,,indicator.SOM_PERSONS_CONVICTED.total,10,3\n' +
        'MEX,2025,,indicator.SOM_PERSONS_CONVICTED.female,4,3\n' +
        'MEX,2025,,indicator.SOM_PERSONS_CONVICTED.male,6,3\n' +
        'MEX,2025,,indicator.SOM_PERSONS_CONVICTED.unknown,0,3\n' +
        'MEX,2025,,indicator.SOM_CASES_INVESTIGATED.total,7,3\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.reports).toEqual([]);
    expect(parsed.indicatorSets).toEqual([
      expect.objectContaining({
        kind: 'indicator_values',
        key: { country: 'MEX', period: '2025' },
        downloadedVersion: 3,
        origin: 'line 2',
        errors: [],
        values: [
          {
            indicator: 'SOM_PERSONS_CONVICTED',
            total: 10,
            bySex: { female: 4, male: 6, unknown: 0 },
          },
          { indicator: 'SOM_CASES_INVESTIGATED', total: 7 },
        ],
      }),
    ]);
    expect(parsed.indicatorSets[0]!.refs).toMatchObject({
      'values.0.total': 'line 2',
      'values.0.bySex': 'line 3',
      'values.1.total': 'line 6',
    });
  });

  it('refuses a blank part taken for 0, a count that is not one, a cell given twice', () => {
    const parsed = csv(
      'country,period,action,field,value,version\n' +
        'MEX,2025,,indicator.SOM_PERSONS_CONVICTED.total,10,\n' +
        'MEX,2025,,indicator.SOM_PERSONS_CONVICTED.female,4,\n' +
        'MEX,2025,,indicator.SOM_PERSONS_CONVICTED.male,6,\n' +
        'MEX,2025,,indicator.SOM_CASES_INVESTIGATED.total,-1,\n' +
        'MEX,2025,,indicator.SOM_CASES_INVESTIGATED.total,1,\n' +
        'MEX,2025,,indicator.SOM_MLA_REQUESTS.total,2.5,\n' +
        'MEX,2025,,narrative,x,\n',
    );
    expect(parsed.errors).toEqual([
      {
        ref: 'line 6',
        message: 'indicator.SOM_CASES_INVESTIGATED.total is given twice (also line 5)',
      },
      {
        ref: 'line 8',
        message:
          'unknown field "narrative" for a row without action (indicator.<CODE>.total, indicator.<CODE>.<sex>[.<age>])',
      },
    ]);
    expect(parsed.indicatorSets[0]!.values).toEqual([]);
    expect(parsed.indicatorSets[0]!.errors).toEqual([
      {
        ref: 'line 2',
        message:
          'SOM_PERSONS_CONVICTED: unknown blank while other parts are given; a blank is no data, never 0: fill every part or none',
      },
      {
        ref: 'line 5',
        message:
          'SOM_CASES_INVESTIGATED total must be a whole number from 0 to 1000000000 (found "-1")',
      },
      {
        ref: 'line 7',
        message: 'SOM_MLA_REQUESTS total must be a whole number from 0 to 1000000000 (found "2.5")',
      },
    ]);
  });
});

describe('dayOf', () => {
  it('reads Excel serials, dates and text as a day', () => {
    expect(dayOf(44512)).toBe('2021-11-12');
    expect(dayOf(new Date(Date.UTC(2021, 10, 12)))).toBe('2021-11-12');
    expect(dayOf('2021-11-12')).toBe('2021-11-12');
    expect(dayOf('12/11/2021')).toBe('12/11/2021');
  });
});
