export {
  Conflict,
  etagOf,
  Forbidden,
  Gone,
  invalidField,
  MAX_FIELD_ERRORS,
  NotFound,
  PreconditionRequired,
  Problem,
  StaleVersion,
  TemporarilyUnavailable,
  TooManyRequests,
  Unauthenticated,
  ValidationProblem,
  versionFromIfMatch,
} from './problems';
export type { FieldError, ProblemCode } from './problems';
