import pino from 'pino';
import { Writable } from 'node:stream';
import { AppLogger, REDACTED_PATHS, redactUrl } from './logging.module';

describe('redactUrl', () => {
  it('masks an access token passed in the query, keeping the rest of the URL', () => {
    expect(redactUrl('/admin/queues?access_token=eyJhbGciOi.x.y&tab=failed')).toBe(
      '/admin/queues?access_token=[redacted]&tab=failed',
    );
  });

  it('masks a signed token anywhere in the query', () => {
    expect(redactUrl('/api/v1/unsubscribe?lang=es&token=abc.def')).toBe(
      '/api/v1/unsubscribe?lang=es&token=[redacted]',
    );
  });

  it('leaves URLs without credentials alone', () => {
    expect(redactUrl('/api/v1/reports?state=submitted&page=2')).toBe(
      '/api/v1/reports?state=submitted&page=2',
    );
  });
});

describe('AppLogger', () => {
  /** A logger writing JSON lines into an array, configured as the app's. */
  function capture() {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const root = pino(
      { level: 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
      sink,
    );
    return { logger: new AppLogger(root), lines };
  }

  it('writes Nest’s log(message, context) as a message with its context', () => {
    const { logger, lines } = capture();
    logger.log('Worker ready', 'Worker');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, context: 'Worker', msg: 'Worker ready' }),
    ]);
  });

  it('keeps the fields of an object given first, the message after it, and redacts credentials', () => {
    const { logger, lines } = capture();
    logger.error({ requestId: 'req-1', body: { password: 'hunter2' } }, 'GET /x failed', 'HTTP');
    expect(lines[0]).toMatchObject({
      level: 50,
      context: 'HTTP',
      requestId: 'req-1',
      body: { password: '[redacted]' },
      msg: 'GET /x failed',
    });
  });

  it('logs Nest’s error(message, stack, context) as an error with that stack', () => {
    const { logger, lines } = capture();
    logger.error('Boom', 'Error: Boom\n    at handler (file.ts:1:1)', 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({
      level: 50,
      context: 'ExceptionsHandler',
      err: { message: 'Boom', stack: 'Error: Boom\n    at handler (file.ts:1:1)' },
    });
  });

  it('redacts a credential logged as a field of its own, too', () => {
    const { logger, lines } = capture();
    logger.warn({ token: 'abc.def', user: 'u1' }, 'Sign-in refused', 'Auth');
    expect(lines[0]).toMatchObject({ token: '[redacted]', user: 'u1', msg: 'Sign-in refused' });
  });

  it('writes nothing below its level', () => {
    const { logger, lines } = capture();
    logger.debug('details', 'Somewhere');
    logger.verbose('more details', 'Somewhere');
    expect(lines).toEqual([]);
  });
});
