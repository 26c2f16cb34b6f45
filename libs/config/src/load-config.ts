import { ValidationError } from 'class-validator';
import { AppConfig, RedisNode } from './app-config';
import { Environment, readEnvironment } from './environment';
import {
  DEVELOPMENT_CORS_ORIGINS,
  ENVIRONMENT_DEFAULTS,
  OPTIONAL_VARIABLES,
  SECRET_VARIABLES,
} from './environment-defaults';
import { weakSecretReason } from './secret-strength';
import { twoFactorKeyOf } from './two-factor-key';

/** A configuration problem, with one line per offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

function describe(error: ValidationError, raw: Record<string, string | undefined>): string {
  const name = error.property;
  // class-validator's own messages start with the name; ours do not: print it once.
  const reasons = Object.values(error.constraints ?? {})
    .map((message) => (message.startsWith(`${name} `) ? message.slice(name.length + 1) : message))
    .join('; ');
  const value = raw[name];
  const shown =
    value === undefined || SECRET_VARIABLES.has(name) ? '' : ` (got ${JSON.stringify(value)})`;
  return `Invalid configuration: ${name} ${reasons}${shown}`;
}

/**
 * Reads the environment, applies the documented defaults and validates every variable.
 * Throws a ConfigError naming each bad variable; never returns a half-valid config.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string | undefined> = {};
  for (const [name, fallback] of Object.entries(ENVIRONMENT_DEFAULTS)) {
    const value = source[name];
    raw[name] = value === undefined || value === '' ? fallback : value;
  }
  for (const name of OPTIONAL_VARIABLES) {
    if (source[name] !== undefined && source[name] !== '') raw[name] = source[name];
  }
  const { env, errors } = readEnvironment(raw);
  const problems = errors.map((error) => describe(error, raw));
  const previousJwtSecrets = (env.JWT_PREVIOUS_SECRETS ?? '')
    .split(',')
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
  if (env.NODE_ENV === 'production')
    problems.push(...productionSecretProblems(env, previousJwtSecrets));
  if (Boolean(env.REDIS_SENTINELS) !== Boolean(env.REDIS_SENTINEL_NAME))
    problems.push(
      'Invalid configuration: REDIS_SENTINELS and REDIS_SENTINEL_NAME go together (set both or neither)',
    );
  const oidcMissing = (['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const).filter(
    (name) => env.OIDC_ISSUER && !env[name],
  );
  if (oidcMissing.length > 0)
    problems.push(`Invalid configuration: OIDC_ISSUER needs ${oidcMissing.join(' and ')} as well`);
  if (problems.length > 0) throw new ConfigError(problems);
  return appConfigOf(env, previousJwtSecrets);
}

/**
 * Bull keeps each queue's keys under its prefix and runs scripts over several of them, which
 * Redis Cluster allows only within one hash slot: braces make the prefix the slot's hash tag.
 */
function hashTagged(prefix: string): string {
  return /^\{[^{}]+\}$/.test(prefix) ? prefix : `{${prefix}}`;
}

function redisNodes(list: string): RedisNode[] {
  return list.split(',').map((entry) => {
    const [host, port] = entry.trim().split(':');
    return { host, port: Number(port) };
  });
}

/** The typed view of a validated environment, with the defaults that depend on NODE_ENV. */
function appConfigOf(env: Environment, previousJwtSecrets: string[]): AppConfig {
  const production = env.NODE_ENV === 'production';
  const appBaseUrl = env.APP_BASE_URL.replace(/\/+$/, '');
  // A production start trusts only its own origin unless told otherwise.
  const corsOrigins =
    env.CORS_ORIGINS ?? (production ? new URL(appBaseUrl).origin : DEVELOPMENT_CORS_ORIGINS);

  return Object.freeze({
    env: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      corsOrigins:
        corsOrigins === '*' ? '*' : corsOrigins.split(',').filter((origin) => origin.length > 0),
      apiDocs: (env.API_DOCS ?? (production ? 'false' : 'true')) === 'true',
      shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
      trustProxy: env.TRUST_PROXY === 'true',
    },
    workerHealthPort: env.WORKER_HEALTH_PORT,
    database: {
      url: env.DATABASE_URL,
      readUrl: env.DATABASE_READ_URL,
      poolSize: env.DATABASE_POOL_SIZE,
    },
    redis: {
      url: env.REDIS_URL,
      prefix: hashTagged(env.REDIS_PREFIX),
      sentinel: env.REDIS_SENTINELS
        ? { nodes: redisNodes(env.REDIS_SENTINELS), name: env.REDIS_SENTINEL_NAME! }
        : undefined,
    },
    auth: {
      jwtSecret: env.JWT_SECRET,
      previousJwtSecrets,
      jwtTtlSeconds: env.JWT_TTL_SECONDS,
      loginLimitPerIp: env.LOGIN_LIMIT_PER_IP,
      loginLimitPerAccount: env.LOGIN_LIMIT_PER_ACCOUNT,
      authRequestLimitPerIp: env.AUTH_REQUEST_LIMIT_PER_IP,
      sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
      sessionMaxHours: env.SESSION_MAX_HOURS,
      invitationTtlHours: env.INVITATION_TTL_HOURS,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      passwordResetLimitPerHour: env.PASSWORD_RESET_LIMIT_PER_HOUR,
      exportLimitPerMinute: env.EXPORT_LIMIT_PER_MINUTE,
      refreshLimitPerMinute: env.REFRESH_LIMIT_PER_MINUTE,
      twoFactorKey: twoFactorKeyOf(env),
      requireTwoFactorRoles:
        env.REQUIRE_TWO_FACTOR_ROLES === 'none' ? [] : env.REQUIRE_TWO_FACTOR_ROLES.split(','),
      firstAdmin: { email: env.ADMIN_EMAIL?.toLowerCase(), password: env.ADMIN_PASSWORD },
      oidc: oidcOf(env),
    },
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      maxConnections: env.MAIL_MAX_CONNECTIONS,
      unsubscribeLinkDays: env.UNSUBSCRIBE_LINK_DAYS,
    },
    schedules: {
      weeklyDigestCron: env.DIGEST_WEEKLY_CRON,
      monthlyDigestCron: env.DIGEST_MONTHLY_CRON,
      reminderCron: env.REMINDER_CRON,
      reminderDaysBeforeDue: env.REMINDER_DAYS_BEFORE_DUE,
      reviewReminderDays: env.REVIEW_REMINDER_DAYS,
      workflowBatchMs: env.WORKFLOW_BATCH_MS,
    },
    jobs: {
      nightlyCron: env.SUMMARY_NIGHTLY_CRON,
      outboxPollMs: env.OUTBOX_POLL_MS,
      coalesceMs: env.SUMMARY_COALESCE_MS,
      attempts: env.JOB_ATTEMPTS,
      backoffMs: env.JOB_BACKOFF_MS,
      lockMs: env.JOB_LOCK_MS,
    },
    portal: {
      suppressBelow: env.PUBLIC_SUPPRESS_BELOW,
      requestsPerMinute: env.PUBLIC_REQUESTS_PER_MINUTE,
    },
    appBaseUrl,
    logLevel: env.LOG_LEVEL,
    referenceDataDir: env.REFERENCE_DATA_DIR,
    webDistDir: env.WEB_DIST_DIR,
  }) as AppConfig;
}

/** Single sign-on when an issuer is set (its client was checked with it). */
function oidcOf(env: Environment): AppConfig['auth']['oidc'] {
  if (!env.OIDC_ISSUER) return undefined;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    displayName: env.OIDC_DISPLAY_NAME ?? new URL(env.OIDC_ISSUER).hostname,
  };
}

/** A production signing secret must be unpublished and random enough, old ones included. */
function productionSecretProblems(env: Environment, previous: string[]): string[] {
  const problems: string[] = [];
  const current = weakSecretReason(env.JWT_SECRET);
  if (current) problems.push(`Invalid configuration: JWT_SECRET ${current}`);
  if (!env.TWO_FACTOR_ENCRYPTION_KEY)
    problems.push(
      'Invalid configuration: TWO_FACTOR_ENCRYPTION_KEY is required in production (make one with: openssl rand -base64 32)',
    );
  previous.forEach((secret, index) => {
    const reason = weakSecretReason(secret);
    if (reason)
      problems.push(`Invalid configuration: JWT_PREVIOUS_SECRETS (secret ${index + 1}) ${reason}`);
  });
  return problems;
}
