import type { AppConfig } from '@app/config';
import { UnsubscribeTokens } from './unsubscribe-tokens';

const config = (secret = 'a-secret-of-at-least-thirty-two-characters!!') =>
  ({ auth: { jwtSecret: secret }, mail: { unsubscribeLinkDays: 90 } }) as unknown as AppConfig;

describe('UnsubscribeTokens', () => {
  const tokens = new UnsubscribeTokens(config());
  const now = Date.UTC(2026, 10, 23);

  it('gives back the user and subscriptions of a genuine link', () => {
    const token = tokens.sign('user-1', ['sub-a', 'sub-b'], now);
    expect(tokens.verify(token, now)).toMatchObject({ u: 'user-1', s: ['sub-a', 'sub-b'] });
  });

  it('refuses a link after it expires', () => {
    const token = tokens.sign('user-1', ['sub-a'], now);
    expect(tokens.verify(token, now + 89 * 86400000)).not.toBeNull();
    expect(tokens.verify(token, now + 91 * 86400000)).toBeNull();
  });

  it('refuses a tampered link: another user or subscription, or another signature', () => {
    const token = tokens.sign('user-1', ['sub-a'], now);
    const [, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ u: 'user-2', s: ['sub-a'], e: now / 1000 + 1e6 }),
    ).toString('base64url');
    expect(tokens.verify(`${forged}.${signature}`, now)).toBeNull();
    expect(tokens.verify(`${token}x`, now)).toBeNull();
    expect(tokens.verify(`${token}.extra`, now)).toBeNull();
    expect(tokens.verify('', now)).toBeNull();
    expect(tokens.verify('not-a-token', now)).toBeNull();
  });

  it('refuses a link signed with another secret', () => {
    const other = new UnsubscribeTokens(config('another-secret-of-at-least-thirty-two-chars'));
    expect(tokens.verify(other.sign('user-1', ['sub-a'], now), now)).toBeNull();
  });
});
