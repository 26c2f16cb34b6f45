import type { EntityManager } from 'typeorm';
import { issueRequestedReset } from './account-token.queries';
import { linkToken, linkTokenHash } from './link-token';

/**
 * The worker's half of a password-reset request: the link, if the typed email names an active
 * account (the account's id), or undefined. Safe to run again for the same request.
 */
export function issueRequestedResetLink(
  manager: EntityManager,
  serverSecret: string,
  request: { linkId: string; email: string; expiresAt: string },
): Promise<string | undefined> {
  return issueRequestedReset(manager, {
    id: request.linkId,
    email: request.email,
    tokenHash: linkTokenHash(linkToken(serverSecret, request.linkId)),
    expiresAt: new Date(request.expiresAt),
  });
}
