export interface RedisNode {
  readonly host: string;
  readonly port: number;
}

/** The typed configuration every app and library reads; built once at start by `loadConfig`. */
export class AppConfig {
  readonly env!: 'development' | 'production' | 'test';
  readonly http!: {
    readonly host: string;
    readonly port: number;
    readonly bodyLimitBytes: number;
    readonly corsOrigins: '*' | readonly string[];
    readonly shutdownGraceMs: number;
    /** Only behind a reverse proxy: take the client address from X-Forwarded-For. */
    readonly trustProxy: boolean;
    /** Swagger UI at /api/docs and the document at /api/docs-json. */
    readonly apiDocs: boolean;
  };
  readonly workerHealthPort!: number;
  readonly database!: {
    readonly url: string;
    /** A read replica for reads that tolerate lag (lists, summaries, portal); else `url`. */
    readonly readUrl?: string;
    readonly poolSize: number;
  };
  readonly redis!: {
    readonly url: string;
    /** REDIS_PREFIX as a hash tag (`{gcm9}`): every key of the app in one Redis Cluster slot. */
    readonly prefix: string;
    /** Redis Sentinel: where to ask for the primary, and its name. */
    readonly sentinel?: { readonly nodes: readonly RedisNode[]; readonly name: string };
  };
  readonly auth!: {
    /** Signs new access tokens (and verifies them). */
    readonly jwtSecret: string;
    /** Verify tokens signed before a rotation, until they expire; never sign. */
    readonly previousJwtSecrets: readonly string[];
    readonly jwtTtlSeconds: number;
    /** Failed sign-ins allowed per minute from one address, whatever the accounts tried. */
    readonly loginLimitPerIp: number;
    /**
     * Failed sign-ins per 15 minutes for one account from one address; beyond, that address
     * waits. As many failures from all addresses make new addresses wait longer and longer.
     */
    readonly loginLimitPerAccount: number;
    /** Requests of any outcome to the sign-in routes per minute from one address. */
    readonly authRequestLimitPerIp: number;
    /** A session not refreshed for this long ends. */
    readonly sessionIdleMinutes: number;
    /** A session ends this long after sign-in, however active. */
    readonly sessionMaxHours: number;
    /** How long an invitation link works. */
    readonly invitationTtlHours: number;
    /** How long a password-reset link works. */
    readonly passwordResetTtlMinutes: number;
    /** Reset emails per hour for one address, and for one account, whatever was typed. */
    readonly passwordResetLimitPerHour: number;
    /** Summary files (CSV, XLSX, PDF) one user may download per minute. */
    readonly exportLimitPerMinute: number;
    /** Summary recomputes one user may ask for per minute. */
    readonly refreshLimitPerMinute: number;
    /** The AES-256-GCM key of TOTP secrets at rest (32 bytes). */
    readonly twoFactorKey: Buffer;
    /** Accounts of these roles may do nothing but enrol a second factor until they have one. */
    readonly requireTwoFactorRoles: readonly string[];
    /** The first admin, created at setup when there is none. */
    readonly firstAdmin: { readonly email?: string; readonly password?: string };
    /** Single sign-on with an OpenID provider; undefined when the deployment has none. */
    readonly oidc?: {
      readonly issuer: string;
      readonly clientId: string;
      readonly clientSecret: string;
      readonly displayName: string;
    };
  };
  readonly mail!: {
    readonly smtpUrl: string;
    readonly from: string;
    /** SMTP connections the worker's pooled transport opens at most. */
    readonly maxConnections: number;
    /** How long an unsubscribe link in an email works. */
    readonly unsubscribeLinkDays: number;
  };
  readonly schedules!: {
    /** Digests, in each subscriber's own time zone. */
    readonly weeklyDigestCron: string;
    readonly monthlyDigestCron: string;
    /** The daily reminders run (UTC). */
    readonly reminderCron: string;
    /** Focal points are reminded this many days before a period's due date. */
    readonly reminderDaysBeforeDue: number;
    /** Coordinators are reminded of reports waiting in review longer than this. */
    readonly reviewReminderDays: number;
    /** Coordinators get at most one workflow email per window this long (an hour). */
    readonly workflowBatchMs: number;
  };
  readonly jobs!: {
    /** When the nightly recompute of every summary runs (cron, UTC). */
    readonly nightlyCron: string;
    /** How often the worker moves outbox messages into the queue. */
    readonly outboxPollMs: number;
    /** Changes to one summary relayed within this window share one recompute. */
    readonly coalesceMs: number;
    readonly attempts: number;
    /** First retry delay; each later retry waits twice as long. */
    readonly backoffMs: number;
    /** A job whose worker stops renewing this lock is treated as stalled and run again. */
    readonly lockMs: number;
  };
  /** The public portal and its API. */
  readonly portal!: {
    /** Counts from 1 to suppressBelow − 1 are suppressed in anything public. */
    readonly suppressBelow: number;
    /** Public API requests per minute from one address. */
    readonly requestsPerMinute: number;
  };
  readonly appBaseUrl!: string;
  readonly logLevel!: string;
  readonly referenceDataDir!: string;
  /** The built web app the API serves at `/` (skipped when the folder does not exist). */
  readonly webDistDir!: string;
}
