export { LoggingModule, redactUrl, REDACTED_PATHS } from './logging.module';
