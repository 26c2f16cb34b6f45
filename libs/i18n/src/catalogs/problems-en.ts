// The API's problem documents in English: one `problem.<code>` per stable code (docs/api.md), and
// the field messages of the common validation rules. The API answers English with the specific
// detail it has; these are what es.ts and fr.ts translate.
export const problemsEn = {
  'problem.validation_failed': 'The request is not valid; see errors for each field.',
  'problem.unauthenticated': 'Sign in first, or sign in again: the session is not valid.',
  'problem.wrong_credentials': 'Email or password is incorrect.',
  'problem.two_factor_enrolment_required':
    'Your role signs in with a second factor: set up two-factor sign-in before anything else.',
  'problem.forbidden': 'Your account may not do this.',
  'problem.not_found': 'What the request names does not exist.',
  'problem.conflict': 'The request clashes with the current state of the record.',
  'problem.period_closed':
    'The {period} reporting period is closed: nothing can change until an admin reopens it.',
  'problem.not_allowed': 'This step is not possible in the record’s current state.',
  'problem.already_exists': 'This already exists: reload it, reapply your change, and save again.',
  'problem.last_admin': 'This is the last active admin; make another admin first.',
  'problem.gone': 'This was withdrawn and is no longer available.',
  'problem.stale_version':
    'This record has changed since you read it (now version {version}). Reload, reapply your change, and save again.',
  'problem.not_created_yet': 'This record does not exist yet; create it without If-Match.',
  'problem.precondition_required':
    'Send If-Match with the ETag of the version you edited (GET it first).',
  'problem.too_many_requests':
    'Too many attempts. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'problem.temporarily_unavailable': 'The tracker is busy right now. Try again in a few seconds.',
  'problem.bad_request': 'The request is not valid.',
  'problem.invalid_json': 'The body is not valid JSON.',
  'problem.body_too_large': 'The request body is larger than this API accepts.',
  'problem.unsupported_media_type': 'Send the body as application/json.',
  'problem.value_out_of_range': 'A value in the request is outside what can be stored.',
  'problem.not_ready': 'The tracker is not ready: a dependency is unavailable.',
  'problem.internal_error': 'Something went wrong on our side. The error has been logged.',

  'problem.field.required': '{field} is required',
  'problem.field.oneOf': '{field} must be one of: {values}',
  'problem.field.tooLong': '{field} must be at most {max} characters',
  'problem.field.iso3': '{field} must be an ISO3 code (three letters) such as MEX',
  'problem.field.date': '{field} must be a date as YYYY-MM-DD',
  'problem.field.url': '{field} must be an http(s) address',
  'problem.field.email': '{field} must be an email address',
  'problem.field.unknown': '{field} is not a field of this request',
  'problem.field.noCountry': 'no country with ISO3 code {code}',
  'problem.field.noProcess': 'no regional process with code {code}',
  'problem.field.needsCountry': 'a focal point needs at least one country',
  'problem.field.needsProcess': 'a coordinator needs at least one regional process',
} as const;

export type ProblemMessages = Record<keyof typeof problemsEn, string>;
