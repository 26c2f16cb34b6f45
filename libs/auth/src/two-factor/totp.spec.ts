import { Secret, TOTP } from 'otpauth';
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpStep, totpUri } from './totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const codeAt = (time: number) =>
    new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: time });

  it('accepts the current code and a neighbour step, naming the step', () => {
    const now = 1_800_000_000_000;
    expect(totpStep(secret, codeAt(now), now)).toBe(Math.floor(now / 30000));
    expect(totpStep(secret, codeAt(now - 30000), now)).toBe(Math.floor(now / 30000) - 1);
    expect(totpStep(secret, codeAt(now - 120000), now)).toBeNull();
    expect(totpStep(secret, 'abcdef', now)).toBeNull();
  });

  it('makes an otpauth URI and ten distinct recovery codes', () => {
    expect(totpUri(secret, 'fp@sre.gob.mx')).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
    expect(recoveryCodeHash(` ${codes[0].toUpperCase()} `)).toBe(recoveryCodeHash(codes[0]));
  });
});
