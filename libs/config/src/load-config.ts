import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { AppConfig } from './app-config';
import {
  ENVIRONMENT_DEFAULTS,
  Environment,
  OPTIONAL_VARIABLES,
  SECRET_VARIABLES,
} from './environment';

/** A configuration problem, with one line per offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

const DEVELOPMENT_JWT_SECRET = ENVIRONMENT_DEFAULTS.JWT_SECRET;

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
  const env = plainToInstance(Environment, raw);
  const errors = validateSync(env, { forbidUnknownValues: true });
  const problems = errors.map((error) => describe(error, raw));
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
    problems.push(
      'Invalid configuration: JWT_SECRET must be set to a secret of your own in production',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return Object.freeze({
    env: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      corsOrigins:
        env.CORS_ORIGINS === '*'
          ? '*'
          : env.CORS_ORIGINS.split(',').filter((origin) => origin.length > 0),
      shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
      trustProxy: env.TRUST_PROXY === 'true',
    },
    workerHealthPort: env.WORKER_HEALTH_PORT,
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE },
    redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX },
    auth: {
      jwtSecret: env.JWT_SECRET,
      jwtTtlSeconds: env.JWT_TTL_SECONDS,
      loginLimitPerIp: env.LOGIN_LIMIT_PER_IP,
      loginLimitPerAccount: env.LOGIN_LIMIT_PER_ACCOUNT,
      exportLimitPerMinute: env.EXPORT_LIMIT_PER_MINUTE,
      firstAdmin: { email: env.ADMIN_EMAIL?.toLowerCase(), password: env.ADMIN_PASSWORD },
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
    },
    jobs: {
      nightlyCron: env.SUMMARY_NIGHTLY_CRON,
      outboxPollMs: env.OUTBOX_POLL_MS,
      coalesceMs: env.SUMMARY_COALESCE_MS,
      attempts: env.JOB_ATTEMPTS,
      backoffMs: env.JOB_BACKOFF_MS,
      lockMs: env.JOB_LOCK_MS,
    },
    appBaseUrl: env.APP_BASE_URL.replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL,
    referenceDataDir: env.REFERENCE_DATA_DIR,
    webDistDir: env.WEB_DIST_DIR,
  }) as AppConfig;
}
