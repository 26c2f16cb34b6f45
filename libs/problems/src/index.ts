export {
  etagOf,
  invalidField,
  MAX_FIELD_ERRORS,
  PreconditionRequired,
  StaleVersion,
  TemporarilyUnavailable,
  TooManyRequests,
  ValidationProblem,
  versionFromIfMatch,
} from './problems';
export type { FieldError } from './problems';
