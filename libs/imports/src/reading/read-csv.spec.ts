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
    expect(parsed.reports).toEqual([
      {
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

describe('dayOf', () => {
  it('reads Excel serials, dates and text as a day', () => {
    expect(dayOf(44512)).toBe('2021-11-12');
    expect(dayOf(new Date(Date.UTC(2021, 10, 12)))).toBe('2021-11-12');
    expect(dayOf('2021-11-12')).toBe('2021-11-12');
    expect(dayOf('12/11/2021')).toBe('12/11/2021');
  });
});
