import { AppConfig } from '@app/config';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { boundLogLine, cut, serializeError } from './log-bounds';

/** Request and credential fields that never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
  '*.token',
];

/** A URL as logged: credentials passed in the query (`?access_token=`, `?token=`) are masked. */
export const redactUrl = (url: string): string =>
  url.replace(/([?&](?:access_token|token)=)[^&#]*/gi, '$1[redacted]');

/** Structured JSON logs (pino), one line per request with its request id, for an app. */
@Module({})
export class LoggingModule {
  static forRoot(app: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            // Every route, in the path syntax of Nest 11 (the default '*' draws a warning).
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
            pinoHttp: [
              {
                level: config.logLevel,
                base: { app },
                redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
                // The HTTP adapter assigns the id (honouring X-Request-Id); the log reuses it.
                genReqId: (req: IncomingMessage) => req.headers['x-request-id'] as string,
                autoLogging: {
                  ignore: (req: IncomingMessage) => req.url?.startsWith('/api/v1/health') ?? false,
                },
                formatters: { log: boundLogLine },
                serializers: {
                  err: serializeError,
                  req: (req: { id: string; method: string; url: string }) => ({
                    id: req.id,
                    method: req.method,
                    url: cut(redactUrl(req.url)),
                  }),
                  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
                },
              },
              // Written in the background: a request never waits for its log line to reach stdout
              // (pino flushes what is pending when the process exits).
              pino.destination({ dest: 1, sync: false }),
            ],
          }),
        }),
      ],
    };
  }
}
