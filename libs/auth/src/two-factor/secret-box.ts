import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** What a sealed secret starts with: the scheme, so another one can follow it one day. */
const SCHEME = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A TOTP secret as the database keeps it: AES-256-GCM under the configured key, bound to its
 * account (the user id is the associated data, so a sealed secret copied to another row fails).
 * `v1:` + base64(iv ‖ tag ‖ ciphertext).
 */
export function sealTotpSecret(key: Buffer, userId: string, secret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(userId, 'utf8'));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return SCHEME + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
}

/** The secret, or null when it was sealed under another key or for another account. */
export function openTotpSecret(key: Buffer, userId: string, stored: string): string | null {
  if (!stored.startsWith(SCHEME)) return null;
  const bytes = Buffer.from(stored.slice(SCHEME.length), 'base64');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES))
      .setAAD(Buffer.from(userId, 'utf8'))
      .setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const opened = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
    return opened.toString('utf8');
  } catch {
    return null;
  }
}
