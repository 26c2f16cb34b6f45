import { redactUrl } from './logging.module';

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
