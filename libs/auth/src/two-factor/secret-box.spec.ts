import { randomBytes, randomUUID } from 'node:crypto';
import { openTotpSecret, sealTotpSecret } from './secret-box';

describe('TOTP secrets at rest', () => {
  const key = randomBytes(32);
  const userId = randomUUID();
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('seals a secret so that only its key and its account open it', () => {
    const sealed = sealTotpSecret(key, userId, secret);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain(secret);
    expect(sealTotpSecret(key, userId, secret)).not.toBe(sealed); // a new IV each time
    expect(openTotpSecret(key, userId, sealed)).toBe(secret);
    expect(openTotpSecret(randomBytes(32), userId, sealed)).toBeNull();
    expect(openTotpSecret(key, randomUUID(), sealed)).toBeNull();
  });

  it('refuses a tampered, truncated or unsealed value', () => {
    const sealed = sealTotpSecret(key, userId, secret);
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(openTotpSecret(key, userId, `v1:${bytes.toString('base64')}`)).toBeNull();
    expect(openTotpSecret(key, userId, 'v1:AAAA')).toBeNull();
    expect(openTotpSecret(key, userId, secret)).toBeNull();
  });
});
