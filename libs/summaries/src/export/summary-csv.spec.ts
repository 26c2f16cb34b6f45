import { parse } from 'csv-parse/sync';
import { csvDelimiterOf, csvText, summaryCsv } from './summary-csv';
import { OBSERVATION_COLUMNS } from './summary-observations';
import { summaryFixture as summary } from './testing/summary.fixture';

describe('summaryCsv (tidy long form)', () => {
  const rows: Array<Record<string, string>> = parse(summaryCsv(summary), {
    columns: true,
    bom: true,
  });
  const find = (keys: Record<string, string>) =>
    rows.filter((row) => Object.entries(keys).every(([key, value]) => row[key] === value));

  it('has every key in its own column, and each row the process and period', () => {
    expect(Object.keys(rows[0])).toEqual([...OBSERVATION_COLUMNS]);
    expect(rows.every((row) => row.process === 'RCM' && row.period === '2025')).toBe(true);
  });

  it('writes one row per observation: a key combination and measure appear once', () => {
    const keyOf = (row: Record<string, string>) =>
      OBSERVATION_COLUMNS.filter((c) => c !== 'value' && c !== 'unit')
        .map((c) => row[c])
        .join('|');
    expect(new Set(rows.map(keyOf)).size).toBe(rows.length);
  });

  it('puts the parts of a total in the sex and age columns, not in the measure', () => {
    const convicted = find({ indicator: 'SOM_PERSONS_CONVICTED', measure: 'total' });
    expect(convicted.map((r) => [r.sex, r.age, r.value])).toEqual([
      ['', '', '12'],
      ['female', '', '2'],
      ['male', '', '7'],
      ['unknown', '', '0'],
    ]);
    expect(
      find({ indicator: 'SOM_PERSONS_CONVICTED', measure: 'comparableMembers' })[0].value,
    ).toBe('1');
  });

  it('leaves no data empty, never 0, and keeps a reported 0', () => {
    const campaigns = find({ indicator: 'PUBLIC_CAMPAIGNS', measure: 'total', sex: '' });
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0].value).toBe('');
    expect(find({ area: '3', measure: 'scorePercent' })[0].value).toBe('');
    expect(find({ measure: 'timeliness' })[0].value).toBe('0');
  });

  it('says a member’s treaty standing is unknown past the complete date', () => {
    expect(find({ section: 'protocol', country: 'MEX' })[0].value).toBe('unknown');
    expect(find({ measure: 'partiesAtLeast' })[0].value).toBe('yes');
    expect(find({ section: 'protocol', measure: 'change' })[0].value).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(find({ measure: 'treatyMismatch', country: 'GTM' })[0].value).toBe(
      '\'=HYPERLINK("http://x") contradicts',
    );
  });
});

describe('CSV for spreadsheets in the reader’s language', () => {
  it('starts with a UTF-8 BOM so Excel reads accents', () => {
    expect(summaryCsv(summary).startsWith('\uFEFFsection,')).toBe(true);
  });

  it('uses ; and a decimal comma where the language writes 1,5 (es, fr)', () => {
    expect([csvDelimiterOf('es'), csvDelimiterOf('fr'), csvDelimiterOf('en')]).toEqual([
      'semicolon',
      'semicolon',
      'comma',
    ]);
    const rows = [{ name: 'Área 1; Sur', share: 1.5, note: '=SUM(A1)' }];
    expect(csvText(['name', 'share', 'note'], rows, 'semicolon')).toBe(
      'name;share;note\r\n"Área 1; Sur";1,5;"\'=SUM(A1)"\r\n',
    );
    expect(csvText(['name', 'share'], [{ name: 'a, b', share: 1.5 }])).toBe(
      'name,share\r\n"a, b",1.5\r\n',
    );
  });

  it('reads back the same cells with ; as with ,', () => {
    const read = (delimiter: 'comma' | 'semicolon'): Array<Record<string, string>> =>
      parse(summaryCsv(summary, delimiter), {
        columns: true,
        bom: true,
        delimiter: delimiter === 'semicolon' ? ';' : ',',
      });
    const semicolon = read('semicolon');
    const comma = read('comma');
    expect(semicolon.length).toBe(comma.length);
    expect(semicolon.map((row) => row.value.replace(',', '.'))).toEqual(
      comma.map((row) => row.value),
    );
  });
});
