import { FrameworkTexts } from './framework-texts';

describe('framework texts in a language', () => {
  const texts = new FrameworkTexts('es', [
    {
      subject: 'action',
      code: 'd',
      field: 'shortTitle',
      text: 'Tipificar',
      translation: 'working',
    },
    { subject: 'action', code: 'a', field: 'text', text: 'Promover', translation: 'official' },
  ]);

  it('gives the translation where there is one, else the English', () => {
    expect(texts.text('action', 'd', 'shortTitle', 'Criminalize')).toBe('Tipificar');
    expect(texts.text('action', 'd', 'text', 'Adopt legislative')).toBe('Adopt legislative');
    expect(FrameworkTexts.english().text('action', 'd', 'shortTitle', 'Criminalize')).toBe(
      'Criminalize',
    );
  });

  it('names the fields that are working translations, not official ones', () => {
    expect(texts.workingFields('action', 'd', ['shortTitle', 'text'])).toEqual(['shortTitle']);
    expect(texts.workingFields('action', 'a', ['shortTitle', 'text'])).toEqual([]);
  });
});
