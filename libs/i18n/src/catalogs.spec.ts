import { CATALOGS, formatMessage, LOCALES, messageParts, type MessageKey } from '.';

const KEYS = Object.keys(CATALOGS.en) as MessageKey[];

describe('the message catalogs', () => {
  it.each(LOCALES)(
    'has every message in %s as valid ICU, with the arguments of the English',
    (locale) => {
      const problems = KEYS.flatMap((key) => {
        const text = CATALOGS[locale][key];
        if (!text.trim()) return [`${key}: empty`];
        const names = messageParts(text).arguments;
        const english = messageParts(CATALOGS.en[key]).arguments;
        return names.join() === english.join()
          ? []
          : [`${key}: {${names}} instead of {${english}}`];
      });
      expect(problems).toEqual([]);
    },
  );

  it('finds the fixed texts and arguments of a message, plural forms included', () => {
    expect(messageParts('{n} to submit in {days, plural, one {# day} other {# days}}')).toEqual({
      literals: [' to submit in ', ' day', ' days'],
      arguments: ['days', 'n'],
    });
    expect(() => messageParts('Due {date')).toThrow();
  });
});

describe('formatMessage', () => {
  it('fills in the values', () => {
    expect(
      formatMessage('es', 'report.title', { country: 'México', period: '2025', action: 'd' }),
    ).toBe('Informe de México, 2025, acción (d)');
  });

  it('chooses the plural form of each language', () => {
    const days = (locale: 'en' | 'es' | 'fr', n: number) =>
      formatMessage(locale, 'review.days', { n });
    expect([days('en', 0), days('en', 1), days('en', 2)]).toEqual(['0 days', '1 day', '2 days']);
    expect([days('es', 0), days('es', 1), days('es', 2)]).toEqual(['0 días', '1 día', '2 días']);
    // French counts 0 as singular.
    expect([days('fr', 0), days('fr', 1), days('fr', 2)]).toEqual(['0 jour', '1 jour', '2 jours']);
  });

  it('chooses among the forms of a select', () => {
    const subject = (frequency: string) =>
      formatMessage('fr', 'email.digestSubject', { frequency, processes: 'RCM' });
    expect(subject('weekly')).toBe('Synthèse hebdomadaire de l’Objectif 9 : RCM');
    expect(subject('monthly')).toBe('Synthèse mensuelle de l’Objectif 9 : RCM');
  });
});
