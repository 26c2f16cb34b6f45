import { QueryFailedError } from 'typeorm';
import { boundLogLine, MAX_FIELD_CHARS, serializeError } from './log-bounds';

describe('serializeError', () => {
  it('never keeps the bound parameters of a failed query, and shortens its statement', () => {
    const hash = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA';
    const driverError = Object.assign(new Error('value too long'), { code: '22001' });
    const error = new QueryFailedError(
      `UPDATE app_user SET password_hash = $1 WHERE id = $2 ${'-- padding '.repeat(500)}`,
      [hash, 'a-user-id'],
      driverError,
    );
    const logged = serializeError(error);
    expect(JSON.stringify(logged)).not.toContain(hash);
    expect(logged).toMatchObject({ type: 'QueryFailedError', code: '22001' });
    expect(logged).not.toHaveProperty('parameters');
    expect(logged).not.toHaveProperty('driverError');
    expect(String(logged.query).length).toBeLessThan(MAX_FIELD_CHARS + 40);
  });

  it('keeps what explains an ordinary error', () => {
    const logged = serializeError(new TypeError('boom'));
    expect(logged).toMatchObject({ type: 'TypeError', message: 'boom' });
    expect(String(logged.stack)).toContain('TypeError: boom');
  });
});

describe('boundLogLine', () => {
  it('cuts long text and large objects, and leaves small lines as they are', () => {
    const small = { job: '12', name: 'recompute', changed: true };
    expect(boundLogLine(small)).toBe(small);
    const summary = { areas: Array.from({ length: 5000 }, (_, i) => ({ code: i, score: 0.5 })) };
    const bounded = boundLogLine({ job: '13', result: summary, note: 'x'.repeat(50_000) });
    expect(JSON.stringify(bounded).length).toBeLessThan(3 * MAX_FIELD_CHARS);
    expect(bounded).toMatchObject({ job: '13', result: expect.stringMatching(/left out/) });
  });
});
