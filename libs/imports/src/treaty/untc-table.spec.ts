import { headerErrors, parseUntcRows, untcConsent, untcDate, withoutFootnotes } from './untc-table';

describe('UNTC table cells', () => {
  it('reads dates as UNTC writes them, and refuses what is not a day', () => {
    expect(untcDate('12 Dec 2000')).toBe('2000-12-12');
    expect(untcDate('6 Sep 2006')).toBe('2006-09-06');
    expect(untcDate('12-Dec-2000')).toBe('2000-12-12');
    expect(untcDate('2017-07-11')).toBe('2017-07-11');
    expect(untcDate('31 Feb 2001')).toBeNull();
    expect(untcDate('12/12/2000')).toBeNull();
    expect(untcDate('12 Foo 2000')).toBeNull();
  });

  it('reads the act from the suffix after the consent date', () => {
    expect(untcConsent('21 Aug 2002')).toEqual({
      date: '2002-08-21',
      kind: 'ratification',
      code: null,
    });
    expect(untcConsent('19 Sep 2014 a')).toMatchObject({ kind: 'accession', code: 'a' });
    expect(untcConsent('11 Jul 2017 A')).toMatchObject({ kind: 'acceptance', code: 'A' });
    expect(untcConsent('6 Sep 2006 AA')).toMatchObject({ kind: 'approval', code: 'AA' });
    expect(untcConsent('1 Mar 2007 d')).toMatchObject({ kind: 'succession', code: 'd' });
    expect(untcConsent('19 Sep 2014 x')).toBeNull();
  });

  it('removes footnote marks from names, and only those', () => {
    expect(withoutFootnotes('Bolivia (Plurinational State of)1')).toBe(
      'Bolivia (Plurinational State of)',
    );
    expect(withoutFootnotes('Denmark 2, 3')).toBe('Denmark');
    expect(withoutFootnotes('  Türkiye ')).toBe('Türkiye');
  });

  it('names unknown, missing and repeated columns', () => {
    const ref = (i: number) => `column ${i + 1}`;
    const untc = [
      'Participant',
      'Signature',
      'Ratification, Accession(a), Acceptance(A), Approval(AA), Succession(d)',
    ];
    expect(headerErrors(untc, ref)).toEqual([]);
    expect(headerErrors(['Participant', 'Signature', 'Notes'], ref)).toEqual([
      expect.objectContaining({ ref: 'column 3', message: expect.stringContaining('"Notes"') }),
      { ref: 'header', message: 'no consent column' },
    ]);
  });

  it('keeps every row or names it in an error: bad dates, empty rows, duplicates', () => {
    const { rows, errors } = parseUntcRows([
      { ref: 'line 2', participant: 'Albania', signature: '12 Dec 2000', consent: '21 Aug 2002' },
      { ref: 'line 3', participant: 'Angola', signature: '', consent: '19 Sep 2014 a' },
      { ref: 'line 4', participant: 'Albania1', signature: '', consent: '1 Jan 2003' },
      { ref: 'line 5', participant: 'Chad', signature: 'soon', consent: '' },
      { ref: 'line 6', participant: 'Peru', signature: '', consent: '' },
    ]);
    expect(rows.map((row) => row.name)).toEqual(['Albania', 'Angola']);
    expect(errors).toEqual([
      { ref: 'line 4', message: 'Albania is listed twice (also line 2)' },
      { ref: 'line 5', message: 'signature "soon" is not a date like "12 Dec 2000"' },
      { ref: 'line 6', message: 'Peru has neither a signature nor a consent date' },
    ]);
  });
});
