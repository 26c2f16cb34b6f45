export { LoggingModule, REDACTED_PATHS } from './logging.module';
