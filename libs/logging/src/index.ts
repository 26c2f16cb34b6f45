export {
  AppLogger,
  LoggingModule,
  redactUrl,
  REDACTED_PATHS,
  REQUEST_LOGGER,
} from './logging.module';
export { boundLogLine, cut, serializeError } from './log-bounds';
