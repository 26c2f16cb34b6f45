import { NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  Conflict,
  Forbidden,
  NotFound,
  PreconditionRequired,
  StaleVersion,
  TemporarilyUnavailable,
  TooManyRequests,
  Unauthenticated,
  ValidationProblem,
} from '@app/problems';
import { toProblem } from './problem-details';

describe('toProblem', () => {
  it('keeps a client error’s message', () => {
    expect(toProblem(new NotFoundException('No country with ISO3 code "ZZZ"'))).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      code: 'not_found',
      detail: 'No country with ISO3 code "ZZZ"',
    });
  });

  it.each([
    [new Unauthenticated('Sign in first.'), 401, 'Unauthorized', 'unauthenticated'],
    [new Forbidden('Not yours.'), 403, 'Forbidden', 'forbidden'],
    [new NotFound('No such thing.'), 404, 'Not Found', 'not_found'],
    [new Conflict('Closed.'), 409, 'Conflict', 'conflict'],
    [new Conflict('Closed.', {}, { code: 'period_closed' }), 409, 'Conflict', 'period_closed'],
    [new StaleVersion(3), 412, 'Precondition Failed', 'stale_version'],
    [new StaleVersion(null), 412, 'Precondition Failed', 'not_created_yet'],
    [new PreconditionRequired(), 428, 'Precondition Required', 'precondition_required'],
    [new TooManyRequests(5, 'Slow down.'), 429, 'Too Many Requests', 'too_many_requests'],
    [new TemporarilyUnavailable(1), 503, 'Service Unavailable', 'temporarily_unavailable'],
  ])(
    'answers a domain error %p with its status, the standard title and its code',
    (error, status, title, code) =>
      expect(toProblem(error)).toEqual({
        type: 'about:blank',
        title,
        status,
        code,
        detail: error.message,
      }),
  );

  it('lists field errors of a validation problem', () => {
    const problem = toProblem(new ValidationProblem([{ field: 'asOf', messages: ['bad'] }]));
    expect(problem).toMatchObject({ status: 400, errors: [{ field: 'asOf', messages: ['bad'] }] });
    const many = Array.from({ length: 60 }, (_, i) => ({ field: `f${i}`, messages: ['bad'] }));
    expect(toProblem(new ValidationProblem(many))).toMatchObject({ truncated: true });
  });

  it('maps a lost database to 503 and never leaks SQL or internals', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    expect(toProblem(refused)).toMatchObject({
      status: 503,
      detail: expect.not.stringContaining('5432'),
    });
    const sql = new QueryFailedError(
      'SELECT secret FROM users',
      [],
      new Error('relation "users" does not exist'),
    );
    const problem = toProblem(sql);
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toMatch(/secret|users/);
  });

  it('tells a saturated connection pool (busy) from an unreachable database', () => {
    expect(toProblem(new Error('timeout exceeded when trying to connect'))).toMatchObject({
      status: 503,
      detail: 'The tracker is busy right now. Try again in a few seconds.',
    });
    expect(
      toProblem(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toMatchObject({ status: 503, detail: expect.stringContaining('database is unavailable') });
  });

  it('answers 400 for a value the database refuses, without its SQL', () => {
    const outOfRange = new QueryFailedError(
      'INSERT INTO report_evidence (date) VALUES ($1)',
      ['0000-01-01'],
      Object.assign(new Error('date/time field value out of range: "0000-01-01"'), {
        code: '22008',
      }),
    );
    const problem = toProblem(outOfRange);
    expect(problem.status).toBe(400);
    expect(JSON.stringify(problem)).not.toMatch(/INSERT|report_evidence/);
  });

  it('explains HTTP parser errors raised before a route', () => {
    expect(
      toProblem({ statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: 'x' }),
    ).toMatchObject({ status: 413 });
    expect(
      toProblem({ statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', message: 'x' }),
    ).toMatchObject({ status: 415 });
  });
});
