import { Conflict, StaleVersion, ValidationProblem } from '@app/problems';
import { toProblem } from './problem-details';
import { localizeProblem, problemLocale } from './problem-language';

describe('problemLocale', () => {
  it.each([
    ['es-HN,es;q=0.9,en;q=0.8', undefined, 'es'],
    ['en;q=0.5, fr-CA', 'es', 'fr'],
    ['de-DE, *;q=0.1', 'fr', 'fr'],
    [undefined, 'es', 'es'],
    [undefined, undefined, 'en'],
    ['es;q=0', 'xx', 'en'],
  ])('reads %p with the user locale %p as %p', (header, user, expected) =>
    expect(problemLocale(header, user)).toBe(expected),
  );
});

describe('localizeProblem', () => {
  it('leaves English as the API wrote it', () => {
    const body = toProblem(new Conflict('The 2025 reporting period is closed: saving…'));
    expect(localizeProblem(body, 'en')).toBe(body);
  });

  it('translates the detail of the code, with its values', () => {
    const error = new StaleVersion(4);
    expect(localizeProblem(toProblem(error), 'fr', error.values).detail).toMatch(
      /^Cet enregistrement a changé depuis votre lecture \(version 4 désormais\)/,
    );
    const closed = new Conflict(
      'closed',
      {},
      { code: 'period_closed', values: { period: '2025' } },
    );
    expect(localizeProblem(toProblem(closed), 'es', closed.values).detail).toMatch(
      /^El período de informe 2025 está cerrado/,
    );
  });

  it('translates the messages of the common field rules and keeps the others', () => {
    const error = new ValidationProblem([
      { field: 'status', messages: ['status must be one of the following values: draft, final'] },
      { field: 'name', messages: ['name should not be empty', 'name must not be blank'] },
      { field: 'iso3', messages: ['iso3 must be an ISO3 code (three letters, …) such as MEX'] },
      { field: 'evidence[0].date', messages: ['date must be a date as YYYY-MM-DD'] },
      { field: 'title', messages: ['title must be shorter than or equal to 300 characters'] },
    ]);
    expect(localizeProblem(toProblem(error), 'es')).toMatchObject({
      code: 'validation_failed',
      detail: 'La solicitud no es válida; vea los errores de cada campo.',
      errors: [
        { field: 'status', messages: ['status debe ser uno de: draft, final'] },
        { field: 'name', messages: ['name es obligatorio', 'name must not be blank'] },
        {
          field: 'iso3',
          messages: ['iso3 debe ser un código ISO3 (tres letras), por ejemplo MEX'],
        },
        {
          field: 'evidence[0].date',
          messages: ['date debe ser una fecha con el formato AAAA-MM-DD'],
        },
        { field: 'title', messages: ['title debe tener como máximo 300 caracteres'] },
      ],
    });
  });
});
