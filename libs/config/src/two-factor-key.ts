import { hkdfSync } from 'node:crypto';

/**
 * The key that encrypts TOTP secrets at rest: TWO_FACTOR_ENCRYPTION_KEY when set (production
 * requires it). Elsewhere, unset, it is derived from JWT_SECRET with HKDF-SHA256 (info
 * "gcm9 two-factor secrets"), so development and tests need nothing more; changing JWT_SECRET
 * there then makes enrolled second factors unreadable (turn them off and on again).
 */
export function twoFactorKeyOf(env: {
  TWO_FACTOR_ENCRYPTION_KEY?: string;
  JWT_SECRET: string;
}): Buffer {
  if (env.TWO_FACTOR_ENCRYPTION_KEY) return Buffer.from(env.TWO_FACTOR_ENCRYPTION_KEY, 'base64');
  return Buffer.from(hkdfSync('sha256', env.JWT_SECRET, 'gcm9', 'gcm9 two-factor secrets', 32));
}
