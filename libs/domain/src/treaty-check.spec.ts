import { prefilledAnswer, treatyMismatch, TreatyStanding } from './treaty-check';

const standing = (fields: Partial<TreatyStanding> = {}): TreatyStanding => ({
  treaty: 'protocol',
  standing: 'party',
  consentDate: '2004-01-01',
  consentKind: 'ratification',
  sources: ['UNTC', 'Gazette'],
  completeAsOf: '2025-06-30',
  ...fields,
});
const party = standing();
const notParty = standing({ standing: 'not_party', consentDate: null, consentKind: null });

describe('prefilledAnswer', () => {
  it('answers yes for a party, saying since when, how, and where that comes from', () => {
    expect(prefilledAnswer(party)).toEqual({
      answer: 'yes',
      note: 'Pre-filled from the treaty record: party since 2004-01-01 by ratification (sources: UNTC, Gazette; complete as of 2025-06-30).',
    });
  });

  it('answers no where no binding act is recorded', () => {
    expect(prefilledAnswer(notParty)).toEqual({
      answer: 'no',
      note: 'Pre-filled from the treaty record: no binding act recorded (sources: UNTC, Gazette; complete as of 2025-06-30).',
    });
  });

  it('says so when a party’s date is unknown, rather than inventing one', () => {
    const { answer, note } = prefilledAnswer(standing({ consentDate: null, consentKind: null }));
    expect(answer).toBe('yes');
    expect(note).toContain('party (date unknown)');
    expect(note).not.toContain('since');
    expect(note).not.toContain(' by ');
  });

  it('gives the kind of consent even when its date is unknown', () => {
    const { note } = prefilledAnswer(standing({ consentDate: null, consentKind: 'accession' }));
    expect(note).toContain('party (date unknown) by accession');
  });

  it('gives the date alone when the kind of consent is unknown', () => {
    const { note } = prefilledAnswer(standing({ consentKind: null }));
    expect(note).toContain('party since 2004-01-01 (sources:');
  });
});

describe('treatyMismatch', () => {
  it('flags "yes" where the record shows no binding act', () => {
    expect(treatyMismatch('a1', 'yes', notParty)).toEqual({
      code: 'treaty_record_mismatch',
      item: 'a1',
      message:
        'Answer "yes" contradicts the protocol treaty record: no binding act recorded (complete as of 2025-06-30; sources: UNTC, Gazette).',
    });
  });

  it('flags "no" where the record shows a party', () => {
    expect(treatyMismatch('a2', 'no', party)).toEqual({
      code: 'treaty_record_mismatch',
      item: 'a2',
      message:
        'Answer "no" contradicts the protocol treaty record: party since 2004-01-01 by ratification (complete as of 2025-06-30; sources: UNTC, Gazette).',
    });
  });

  it('does not flag answers that agree with the record', () => {
    expect(treatyMismatch('a1', 'yes', party)).toBeNull();
    expect(treatyMismatch('a1', 'no', notParty)).toBeNull();
  });

  it.each(['partial', 'unknown'] as const)('never flags a "%s" answer', (answer) => {
    expect(treatyMismatch('a1', answer, party)).toBeNull();
    expect(treatyMismatch('a1', answer, notParty)).toBeNull();
  });

  it('never flags the answer it pre-filled itself', () => {
    for (const record of [party, notParty, standing({ consentDate: null })]) {
      expect(treatyMismatch('a1', prefilledAnswer(record).answer, record)).toBeNull();
    }
  });
});
