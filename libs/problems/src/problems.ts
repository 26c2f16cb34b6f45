/**
 * A refusal raised by a library, in the domain's words: what went wrong and what the answer
 * needs, no HTTP. The API's problem-details filter maps each kind to its status.
 */
export abstract class Problem extends Error {
  /** A stable machine code more precise than the kind's own (`period_closed`), if any. */
  readonly code?: string;
  /** The values its message takes in the caller's language (`problem.<code>` in libs/i18n). */
  readonly values: Readonly<Record<string, string | number>>;

  /** Members the problem document carries beside its detail (a conflict's parts, say). */
  constructor(
    detail: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
    described: ProblemCode = {},
  ) {
    super(detail);
    this.name = new.target.name;
    this.code = described.code;
    this.values = described.values ?? {};
  }
}

/** What names a problem for machines and for translation: its code and the values of its message. */
export interface ProblemCode {
  code?: string;
  values?: Record<string, string | number>;
}

/** What the request names does not exist (404). */
export class NotFound extends Problem {}

/** What the request names existed and was taken away on purpose: a withdrawn publication (410). */
export class Gone extends Problem {}

/** The request clashes with the current state: a closed period, a taken email (409). */
export class Conflict extends Problem {}

/** The caller may not do this (403). */
export class Forbidden extends Problem {}

/** No valid session: no token, or one that no longer holds (401). */
export class Unauthenticated extends Problem {}

/** One invalid field of a request, with every rule it broke. */
export interface FieldError {
  field: string;
  messages: string[];
}

/** A refusal lists at most this many fields: a hostile body must not get a huge answer. */
export const MAX_FIELD_ERRORS = 50;

/**
 * A refusal (400) that lists the failing fields (the first MAX_FIELD_ERRORS of them, then `truncated`),
 * raised by the validation pipe or by a service.
 */
export class ValidationProblem extends Problem {
  readonly errors: FieldError[];
  readonly truncated: boolean;

  constructor(
    errors: FieldError[],
    detail = 'The request is not valid; see errors for each field.',
  ) {
    super(detail);
    this.truncated = errors.length > MAX_FIELD_ERRORS;
    this.errors = this.truncated ? errors.slice(0, MAX_FIELD_ERRORS) : errors;
  }
}

/** A single field that passed its shape checks but names something that does not exist. */
export const invalidField = (field: string, message: string) =>
  new ValidationProblem([{ field, messages: [message] }]);

/** 428: an update without If-Match could silently overwrite someone else's change. */
export class PreconditionRequired extends Problem {
  constructor(detail = 'Send If-Match with the ETag of the version you edited (GET it first).') {
    super(detail);
  }
}

/** 412: someone saved a newer version since this client read it. */
export class StaleVersion extends Problem {
  constructor(
    readonly currentVersion: number | null,
    detail = currentVersion === null
      ? 'This record does not exist yet; create it without If-Match.'
      : `This record has changed since you read it (now version ${currentVersion}). Reload, reapply your change, and save again.`,
    code = currentVersion === null ? 'not_created_yet' : 'stale_version',
  ) {
    super(detail, {}, { code, values: { version: currentVersion ?? 0 } });
  }
}

/** The ETag of a version: a strong validator, `"<version>"`. */
export const etagOf = (version: number): string => `"${version}"`;

/**
 * The version an If-Match header asks for: `"3"` (or `W/"3"` and a bare `3`, as some clients
 * send them); undefined when absent. Anything else is not an entity tag this API could have
 * issued: a 400 naming the header, not a 412 that would send the client to reload in vain.
 */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match)
    throw new ValidationProblem([
      {
        field: 'If-Match',
        messages: ['must be the ETag of the version you read, e.g. "3" (with the quotes)'],
      },
    ]);
  return Number(match[1]);
}

/** 429, always with the number of seconds after which the same request would be answered. */
export class TooManyRequests extends Problem {
  constructor(
    readonly retryAfterSeconds: number,
    detail: string,
  ) {
    super(detail, {}, { values: { seconds: retryAfterSeconds } });
  }
}

/**
 * 503 for a moment's contention (a deadlock, a serialization failure) or a dependency that is
 * not answering: try again shortly.
 */
export class TemporarilyUnavailable extends Problem {
  constructor(
    readonly retryAfterSeconds: number,
    detail = 'The tracker is busy with a conflicting change right now. Try again in a moment.',
  ) {
    super(detail);
  }
}
