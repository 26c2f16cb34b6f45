import { createHash, createHmac } from 'node:crypto';

/**
 * The secret of an emailed link, derived from the link's id with the server's key: the outbox,
 * the queue and the database only ever hold the id (and the token's hash), yet the worker can
 * rebuild the very token the API stored the hash of. 256 bits, base64url.
 */
export function linkToken(serverSecret: string, linkId: string): string {
  return createHmac('sha256', serverSecret).update(`account-link:${linkId}`).digest('base64url');
}

/** What the database keeps of a token. */
export function linkTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
