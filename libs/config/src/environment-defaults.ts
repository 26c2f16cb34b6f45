/** The documented defaults: they work on a machine with PostgreSQL and Redis on localhost. */
export const ENVIRONMENT_DEFAULTS = {
  NODE_ENV: 'development',
  HOST: '0.0.0.0',
  PORT: '3000',
  WORKER_HEALTH_PORT: '3001',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gcm9_tracker',
  DATABASE_POOL_SIZE: '10',
  REDIS_URL: 'redis://127.0.0.1:6379',
  REDIS_PREFIX: 'gcm9',
  JWT_SECRET: 'development-only-secret-change-me-in-production',
  JWT_TTL_SECONDS: '900',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  MAIL_FROM: 'GCM Objective 9 Tracker <no-reply@gcm9.localhost>',
  MAIL_MAX_CONNECTIONS: '5',
  DIGEST_WEEKLY_CRON: '0 7 * * 1',
  DIGEST_MONTHLY_CRON: '0 7 1 * *',
  REMINDER_CRON: '0 8 * * *',
  REMINDER_DAYS_BEFORE_DUE: '14',
  REVIEW_REMINDER_DAYS: '7',
  WORKFLOW_BATCH_MS: '3600000',
  UNSUBSCRIBE_LINK_DAYS: '90',
  APP_BASE_URL: 'http://localhost:3000',
  LOG_LEVEL: 'info',
  BODY_LIMIT_BYTES: '1048576',
  SHUTDOWN_GRACE_MS: '10000',
  REFERENCE_DATA_DIR: 'data/reference',
  WEB_DIST_DIR: 'dist/web',
  TRUST_PROXY: 'false',
  LOGIN_LIMIT_PER_IP: '30',
  LOGIN_LIMIT_PER_ACCOUNT: '10',
  AUTH_REQUEST_LIMIT_PER_IP: '120',
  SESSION_IDLE_MINUTES: '60',
  SESSION_MAX_HOURS: '12',
  INVITATION_TTL_HOURS: '72',
  PASSWORD_RESET_TTL_MINUTES: '30',
  PASSWORD_RESET_LIMIT_PER_HOUR: '5',
  REQUIRE_TWO_FACTOR_ROLES: 'admin,coordinator',
  EXPORT_LIMIT_PER_MINUTE: '30',
  REFRESH_LIMIT_PER_MINUTE: '10',
  PUBLIC_SUPPRESS_BELOW: '5',
  PUBLIC_REQUESTS_PER_MINUTE: '120',
  SUMMARY_NIGHTLY_CRON: '0 2 * * *',
  OUTBOX_POLL_MS: '1000',
  SUMMARY_COALESCE_MS: '2000',
  JOB_ATTEMPTS: '5',
  JOB_BACKOFF_MS: '2000',
  JOB_LOCK_MS: '30000',
} as const;

/**
 * Variables without a fixed default: unset means "not given", or a default that depends on
 * NODE_ENV (a production start allows only its own origin and serves no API docs by default).
 */
export const OPTIONAL_VARIABLES = [
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'JWT_PREVIOUS_SECRETS',
  'TWO_FACTOR_ENCRYPTION_KEY',
  'CORS_ORIGINS',
  'API_DOCS',
  'DATABASE_READ_URL',
  'REDIS_SENTINELS',
  'REDIS_SENTINEL_NAME',
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_DISPLAY_NAME',
] as const;

/** Development origins allowed by default: the app itself and Vite's dev server. */
export const DEVELOPMENT_CORS_ORIGINS = 'http://localhost:3000,http://localhost:5173';

/** Variables whose values are never echoed in an error message. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'JWT_SECRET',
  'JWT_PREVIOUS_SECRETS',
  'TWO_FACTOR_ENCRYPTION_KEY',
  'ADMIN_PASSWORD',
  'DATABASE_READ_URL',
  'OIDC_CLIENT_SECRET',
]);
