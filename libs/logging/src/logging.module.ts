import { AppConfig } from '@app/config';
import { DynamicModule, LoggerService, Module } from '@nestjs/common';
import pino, { Logger as Pino } from 'pino';
import { boundLogLine, serializeError } from './log-bounds';

/** Credential fields that never reach a log line: logged as such, or as a field of what is logged. */
const CREDENTIALS = ['password', 'accessToken', 'token', 'authorization'];
export const REDACTED_PATHS = [...CREDENTIALS, ...CREDENTIALS.map((field) => `*.${field}`)];

/** A URL as logged: credentials passed in the query (`?access_token=`, `?token=`) are masked. */
export const redactUrl = (url: string): string =>
  url.replace(/([?&](?:access_token|token)=)[^&#]*/gi, '$1[redacted]');

/** The process's log stream: JSON lines on stdout, written in the background. */
const LOG_STREAM = Symbol('LOG_STREAM');
/**
 * Lines are written to stdout in batches of this many bytes, or whatever is pending at each
 * flush: a write per line was a system call (and a wake-up of whatever reads the logs) per
 * request. What is pending is written when the process exits; a SIGKILL loses at most a flush's
 * worth of lines.
 */
const LOG_BATCH_BYTES = 4096;
const LOG_FLUSH_MS = 200;
/** The pino logger of everything but request lines, tagged with the app that wrote them. */
const ROOT_LOGGER = Symbol('ROOT_LOGGER');
/**
 * The logger of request lines, on the same stream: their fields are known and small, so it skips
 * the redaction and bounds that arbitrary lines need (together a fifth of a cached read's CPU
 * when each request had a child logger of the root).
 */
export const REQUEST_LOGGER = Symbol('REQUEST_LOGGER');

/**
 * Nest's logger, written through pino: `log('message', 'Context')` becomes
 * `{"context":"Context","msg":"message"}`; an object or an error given first is logged as fields.
 */
export class AppLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    // Nest passes the context last: `error(message, stack?, context)`.
    const fields: Record<string, unknown> = rest.length ? { context: rest[rest.length - 1] } : {};
    const params = rest.slice(0, -1);
    if (message instanceof Error) fields.err = message;
    else if (typeof message === 'object' && message !== null) Object.assign(fields, message);
    else if (level === 'error' && typeof params[0] === 'string' && /\n\s*at /.test(params[0])) {
      // Nest's own exception handlers call error(message, stack, context).
      const err = new Error(String(message));
      err.stack = params[0];
      this.pino.error({ ...fields, err });
      return;
    }
    if (typeof message === 'object' && message !== null)
      this.pino[level](fields, ...(params as []));
    else this.pino[level](fields, String(message), ...(params as []));
  }
}

/**
 * Structured JSON logs (pino) for an app, written in the background and in batches: a request
 * never waits for its log line to reach stdout (pino flushes what is pending when the process
 * exits). No AsyncLocalStorage per request: it put a hook on every promise of the process; a
 * line about a request names its id itself.
 */
@Module({})
export class LoggingModule {
  static forRoot(app: string): DynamicModule {
    return {
      module: LoggingModule,
      providers: [
        {
          provide: LOG_STREAM,
          useFactory: () =>
            pino.destination({
              dest: 1,
              sync: false,
              minLength: LOG_BATCH_BYTES,
              periodicFlush: LOG_FLUSH_MS,
            }),
        },
        {
          provide: ROOT_LOGGER,
          inject: [AppConfig, LOG_STREAM],
          useFactory: (config: AppConfig, stream: pino.DestinationStream): Pino =>
            pino(
              {
                level: config.logLevel,
                base: { app },
                redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
                formatters: { log: boundLogLine },
                serializers: { err: serializeError },
              },
              stream,
            ),
        },
        {
          provide: REQUEST_LOGGER,
          inject: [AppConfig, LOG_STREAM],
          useFactory: (config: AppConfig, stream: pino.DestinationStream): Pino =>
            pino({ level: config.logLevel, base: { app } }, stream),
        },
        {
          provide: AppLogger,
          inject: [ROOT_LOGGER],
          useFactory: (root: Pino) => new AppLogger(root),
        },
      ],
      exports: [AppLogger, REQUEST_LOGGER],
    };
  }
}
