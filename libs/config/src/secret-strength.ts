/**
 * Signing secrets written in this repository (defaults, examples, an old compose fallback):
 * anyone can read them, so production refuses them whatever their length. A unit test scans
 * the repository's files for `JWT_SECRET` values and fails when one is missing here.
 */
export const PUBLISHED_SECRETS: ReadonlySet<string> = new Set([
  'development-only-secret-change-me-in-production',
  'local-compose-only-secret-replace-before-any-real-use',
]);

/** The least a production signing secret must carry (HS256 keys: as many bits as the hash). */
export const MIN_SECRET_BITS = 256;

// The smallest usual alphabet that holds every character of the secret.
const ALPHABETS: ReadonlyArray<{ size: number; pattern: RegExp }> = [
  { size: 10, pattern: /^[0-9]+$/ },
  { size: 16, pattern: /^[0-9a-f]+$/ },
  { size: 16, pattern: /^[0-9A-F]+$/ },
  { size: 32, pattern: /^[A-Z2-7]+=*$/ },
  { size: 64, pattern: /^[A-Za-z0-9+/_-]+=*$/ },
  { size: 95, pattern: /^[\x20-\x7e]+$/ },
];

/**
 * An upper estimate of a secret's entropy in bits, as if each character were drawn at random
 * from the smallest usual alphabet that holds them all (digits, hex, base32, base64, printable
 * ASCII). Repetition gives itself away: the estimate counts at most twice as many characters
 * as the secret has distinct pairs of neighbours, so `aaaa…` or a repeated word scores low. A
 * random value from `openssl rand -base64 32` scores 258; `openssl rand -hex 32` scores 256.
 */
export function estimateSecretBits(secret: string): number {
  const body = secret.replace(/=+$/, '');
  if (body.length === 0) return 0;
  const alphabet = ALPHABETS.find(({ pattern }) => pattern.test(secret))?.size ?? 256;
  const pairs = new Set<string>();
  for (let i = 1; i < body.length; i++) pairs.add(body.slice(i - 1, i + 1));
  const counted = Math.min(body.length, 2 * pairs.size + 1);
  return Math.floor(counted * Math.log2(alphabet));
}

/** Why a secret cannot sign production tokens, or null when it can. */
export function weakSecretReason(secret: string): string | null {
  if (PUBLISHED_SECRETS.has(secret))
    return 'is written in the repository, so anyone can sign tokens with it';
  const bits = estimateSecretBits(secret);
  if (bits < MIN_SECRET_BITS)
    return `carries about ${bits} bits of entropy; production needs ${MIN_SECRET_BITS} (generate one: openssl rand -base64 48)`;
  return null;
}
