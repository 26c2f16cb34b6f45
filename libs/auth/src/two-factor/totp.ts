import { Secret, TOTP } from 'otpauth';
import { createHash, randomBytes } from 'node:crypto';

const PERIOD_SECONDS = 30;
const ISSUER = 'GCM Objective 9 Tracker';

/** A new TOTP secret (160 bits, RFC 4226's recommendation), base32. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totpOf = (secret: string, label: string) =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** The otpauth:// URI an authenticator app reads (from the QR code). */
export const totpUri = (secret: string, label: string): string => totpOf(secret, label).toString();

/**
 * The 30-second step a code belongs to (this one or either neighbour, for clock drift), or null:
 * the caller accepts each step once, so a code cannot be replayed in its window.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret, 'check').validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** Ten single-use recovery codes, shown once: `xxxx-xxxx-xxxx` of base32 letters and digits. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const text = new Secret({ buffer: randomBytes(8).buffer }).base32.slice(0, 12).toLowerCase();
    return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8, 12)}`;
  });
}

/** What is kept of a recovery code: codes are random enough that a plain SHA-256 suffices. */
export const recoveryCodeHash = (code: string): string =>
  createHash('sha256').update(code.trim().toLowerCase()).digest('hex');
