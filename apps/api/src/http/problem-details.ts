import { isLostRace } from '@app/database';
import {
  Conflict,
  FieldError,
  Forbidden,
  Gone,
  NotFound,
  PreconditionRequired,
  Problem,
  StaleVersion,
  TemporarilyUnavailable,
  TooManyRequests,
  Unauthenticated,
  ValidationProblem,
} from '@app/problems';
import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';

/** An RFC 9457 problem details body. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  /** Stable and machine-readable (docs/api.md): what a client branches on, in any language. */
  code: string;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const problem = (
  status: number,
  code: string,
  detail: string,
  extra: Partial<ProblemDetails> = {},
): ProblemDetails => ({
  type: 'about:blank',
  title: STATUS_CODES[status] ?? 'Error',
  status,
  code,
  detail,
  ...extra,
});

/** The code of an error Nest or Fastify raised, by its status. */
const CODE_OF_STATUS: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  503: 'temporarily_unavailable',
};
const codeOfStatus = (status: number) =>
  CODE_OF_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');

const INTERNAL_ERROR = 'Something went wrong on our side. The error has been logged.';

// PostgreSQL cannot be used right now: connection refused, lost, shutting down, or pool timeout.
const DATABASE_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const code =
    (error as { code?: string }).code ??
    (error as { driverError?: { code?: string } }).driverError?.code;
  if (code && (DATABASE_UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connect ECONNREFUSED/i.test(message);
}

/** Every pooled connection is busy and none came free in time: load, not an outage. */
export function isDatabaseBusy(error: unknown): boolean {
  return /timeout exceeded when trying to connect/i.test(
    error instanceof Error ? error.message : '',
  );
}

// A value the DTO rules let through but PostgreSQL refuses (data exception, check violation):
// the client's input, so a 400, never a 500. The SQL itself is still never shown.
function isRejectedValue(error: QueryFailedError): boolean {
  const code = (error as { driverError?: { code?: string } }).driverError?.code ?? '';
  return code.startsWith('22') || code === '23514';
}

function fastifyProblem(error: {
  statusCode: number;
  code?: string;
  message: string;
}): ProblemDetails {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(413, 'body_too_large', 'The request body is larger than this API accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(415, 'unsupported_media_type', 'Send the body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'invalid_json', 'The body is empty but declared as JSON.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problem(400, 'invalid_json', 'The body is not valid JSON.');
    default:
      if (error.statusCode === 400 && /JSON/i.test(error.message)) {
        return problem(400, 'invalid_json', 'The body is not valid JSON.');
      }
      return problem(
        error.statusCode,
        codeOfStatus(error.statusCode),
        STATUS_CODES[error.statusCode] ?? 'Request rejected.',
      );
  }
}

/** What @nestjs/terminus throws when a readiness check fails: which dependency, and why. */
function isFailedHealthCheck(
  body: unknown,
): body is { status: 'error'; error?: Record<string, unknown>; details: Record<string, unknown> } {
  return (
    typeof body === 'object' &&
    body !== null &&
    (body as { status?: unknown }).status === 'error' &&
    typeof (body as { details?: unknown }).details === 'object'
  );
}

/** The status and default code of each kind of domain refusal; the libraries know no HTTP. */
const STATUS_OF_PROBLEM: ReadonlyArray<
  [abstract new (...args: never[]) => Problem, number, string]
> = [
  [ValidationProblem, 400, 'validation_failed'],
  [Unauthenticated, 401, 'unauthenticated'],
  [Forbidden, 403, 'forbidden'],
  [NotFound, 404, 'not_found'],
  [Conflict, 409, 'conflict'],
  [Gone, 410, 'gone'],
  [StaleVersion, 412, 'stale_version'],
  [PreconditionRequired, 428, 'precondition_required'],
  [TooManyRequests, 429, 'too_many_requests'],
  [TemporarilyUnavailable, 503, 'temporarily_unavailable'],
];

function domainProblem(error: Problem): ProblemDetails {
  const kind = STATUS_OF_PROBLEM.find(([type]) => error instanceof type);
  // A kind added without a status above is our bug: a logged 500, not a guess.
  if (kind === undefined) return problem(500, 'internal_error', INTERNAL_ERROR);
  const [, status, kindCode] = kind;
  const code = error.code ?? kindCode;
  if (error instanceof ValidationProblem)
    return problem(400, code, error.message, {
      errors: error.errors,
      ...(error.truncated ? { truncated: true } : {}),
    });
  return problem(status, code, error.message, error.extensions);
}

/**
 * Maps any error to problem details. Client errors explain themselves; server errors never
 * leak internals (no SQL, no stack), and an unreachable database is a 503, not a 500.
 */
export function toProblem(error: unknown): ProblemDetails {
  if (error instanceof Problem) return domainProblem(error);
  // Nest's own (an unknown route, the throttler, a failed readiness check) and the API layer's.
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    if (isFailedHealthCheck(body)) {
      const down = Object.keys(body.error ?? {});
      return problem(
        status,
        'not_ready',
        `Not ready: ${down.join(', ') || 'a dependency'} unavailable.`,
        {
          checks: body.details,
        },
      );
    }
    const message =
      typeof body === 'string'
        ? body
        : Array.isArray((body as { message?: unknown }).message)
          ? (body as { message: string[] }).message.join('; ')
          : String((body as { message?: unknown }).message ?? error.message);
    return problem(status, codeOfStatus(status), message);
  }
  if (isLostRace(error)) {
    return problem(
      503,
      'temporarily_unavailable',
      'The tracker is busy with a conflicting change right now. Try again in a moment.',
    );
  }
  if (isDatabaseBusy(error)) {
    return problem(
      503,
      'temporarily_unavailable',
      'The tracker is busy right now. Try again in a few seconds.',
    );
  }
  if (isDatabaseUnavailable(error)) {
    return problem(
      503,
      'temporarily_unavailable',
      'The database is unavailable right now. Try again shortly.',
    );
  }
  if (error instanceof QueryFailedError && isRejectedValue(error)) {
    return problem(
      400,
      'value_out_of_range',
      'A value in the request is outside what can be stored.',
    );
  }
  if (!(error instanceof QueryFailedError)) {
    const fastifyError = error as { statusCode?: number; code?: string; message?: string };
    if (
      typeof fastifyError.statusCode === 'number' &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500
    ) {
      return fastifyProblem(fastifyError as { statusCode: number; code?: string; message: string });
    }
  }
  return problem(500, 'internal_error', INTERNAL_ERROR);
}
