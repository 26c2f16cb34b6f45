export { LoggingModule, redactUrl, REDACTED_PATHS } from './logging.module';
export { boundLogLine, serializeError } from './log-bounds';
