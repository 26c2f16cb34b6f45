import { AppConfig } from '@app/config';
import { TooManyRequests } from '@app/problems';
import { SlidingWindows } from '@app/redis';
import { Injectable } from '@nestjs/common';

const MINUTE = 60_000;
const ACCOUNT_WINDOW_MS = 15 * MINUTE;
/** An address that signed in to an account is known to it for this long. */
const KNOWN_SOURCE_MS = 90 * 24 * 60 * MINUTE;
/** The longest a new address waits, however many failures an account has had. */
const MAX_DELAY_MS = 5 * MINUTE;

/** The account (as typed, normalized) and the client address of one sign-in attempt. */
export interface SignInAttempt {
  email: string;
  source: string;
}

/** How long an address must wait before the next attempt, or 0. */
export function delayForNewSource(accountFailures: number, limit: number): number {
  if (accountFailures < limit) return 0;
  return Math.min(1000 * 2 ** (accountFailures - limit), MAX_DELAY_MS);
}

/**
 * Slows password guessing without letting anyone lock an official out. Only failures count
 * (signing in from eleven tabs is fine), in sliding windows:
 * - one address: LOGIN_LIMIT_PER_IP failures a minute across all accounts;
 * - one account from one address: LOGIN_LIMIT_PER_ACCOUNT failures per 15 minutes;
 * - one account from every address: past the same number, an address that has never signed in
 *   to the account waits 1 s after the latest failure, then 2 s, 4 s… (at most 5 minutes),
 *   while addresses it signed in from before are not slowed at all.
 * Unknown emails are limited exactly like real ones, so the answers never tell them apart.
 */
@Injectable()
export class SignInLimiter {
  constructor(
    private readonly windows: SlidingWindows,
    private readonly config: AppConfig,
  ) {}

  /** Throws 429 with Retry-After when this attempt must wait. */
  async check({ email, source }: SignInAttempt, now = Date.now()): Promise<void> {
    const { loginLimitPerIp, loginLimitPerAccount } = this.config.auth;
    const count = (key: string, windowMs: number) =>
      this.windows.slide(key, windowMs, { record: 'never' }, now);
    const [fromSource, pair, account, known] = await Promise.all([
      count(`sign-in:failures:source:${source}`, MINUTE),
      count(`sign-in:failures:pair:${email}:${source}`, ACCOUNT_WINDOW_MS),
      count(`sign-in:failures:account:${email}`, ACCOUNT_WINDOW_MS),
      count(`sign-in:known:${email}:${source}`, KNOWN_SOURCE_MS),
    ]);
    const waits: number[] = [];
    if (fromSource.count >= loginLimitPerIp) waits.push(fromSource.oldestAt! + MINUTE - now);
    if (pair.count >= loginLimitPerAccount) waits.push(pair.oldestAt! + ACCOUNT_WINDOW_MS - now);
    if (known.count === 0) {
      const delay = delayForNewSource(account.count, loginLimitPerAccount);
      if (delay > 0) waits.push(account.newestAt! + delay - now);
    }
    const wait = Math.max(0, ...waits);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new TooManyRequests(
        seconds,
        `Too many failed sign-ins. Wait ${seconds} s and try again; if you forgot your password, ask an administrator.`,
      );
    }
  }

  /**
   * Records a failed attempt; returns the account's failures in the last 15 minutes, so the
   * caller can warn the owner once the limit is reached.
   */
  async failed({ email, source }: SignInAttempt, now = Date.now()): Promise<number> {
    const record = (key: string, windowMs: number) =>
      this.windows.slide(key, windowMs, { record: 'always' }, now);
    const [, , account] = await Promise.all([
      record(`sign-in:failures:source:${source}`, MINUTE),
      record(`sign-in:failures:pair:${email}:${source}`, ACCOUNT_WINDOW_MS),
      record(`sign-in:failures:account:${email}`, ACCOUNT_WINDOW_MS),
    ]);
    return account.count;
  }

  /** A success clears this address's failures for the account and makes it a known address. */
  async succeeded({ email, source }: SignInAttempt, now = Date.now()): Promise<void> {
    await Promise.all([
      this.windows.clear(`sign-in:failures:pair:${email}:${source}`),
      this.windows.slide(
        `sign-in:known:${email}:${source}`,
        KNOWN_SOURCE_MS,
        { record: 'below', limit: 1 },
        now,
      ),
    ]);
  }
}
