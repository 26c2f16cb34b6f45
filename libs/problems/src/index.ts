export {
  etagOf,
  invalidField,
  PreconditionRequired,
  StaleVersion,
  ValidationProblem,
  versionFromIfMatch,
} from './problems';
export type { FieldError } from './problems';
