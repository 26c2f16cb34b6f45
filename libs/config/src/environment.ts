import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;

const CRON = /^(\S+\s+){4}\S+$/;
const URL_WITH = (schemes: string[]) => new RegExp(`^(${schemes.join('|')}):\\/\\/[^\\s]+$`);

/**
 * Environment variables as they arrive, validated one by one so that a bad value is reported
 * by its own name. `AppConfig` is the typed view the application uses.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV!: 'development' | 'production' | 'test';

  @IsString()
  @MinLength(1)
  HOST!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT!: number;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT!: number;

  @Matches(URL_WITH(['postgres', 'postgresql']), {
    message: 'must be a postgres:// URL, e.g. postgres://user@127.0.0.1:5432/gcm9_tracker',
  })
  DATABASE_URL!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE!: number;

  /** A read replica for lists, summaries and the portal; unset: everything reads the primary. */
  @IsOptional()
  @Matches(URL_WITH(['postgres', 'postgresql']), {
    message:
      'must be a postgres:// URL of a read replica, e.g. postgres://reader@replica:5432/gcm9_tracker',
  })
  DATABASE_READ_URL?: string;

  @Matches(URL_WITH(['redis', 'rediss']), {
    message: 'must be a redis:// URL, e.g. redis://127.0.0.1:6379',
  })
  REDIS_URL!: string;

  @Matches(/^(\{[A-Za-z0-9_.:-]{1,64}\}|[A-Za-z0-9_.:-]{1,64})$/, {
    message: 'must be 1-64 letters, digits, or _ . : - (braces around it are allowed)',
  })
  REDIS_PREFIX!: string;

  /** Redis Sentinel: the sentinels to ask for the current primary (REDIS_URL then gives only credentials and db). */
  @IsOptional()
  @Matches(/^[^\s,:]+:\d{1,5}(\s*,\s*[^\s,:]+:\d{1,5})*$/, {
    message: 'must be a comma-separated list of host:port, e.g. sentinel-1:26379,sentinel-2:26379',
  })
  REDIS_SENTINELS?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, {
    message: 'must be the name of the monitored primary, e.g. mymaster',
  })
  REDIS_SENTINEL_NAME?: string;

  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET!: string;

  /** Secrets that signed tokens still in use: verified (by their key id), never used to sign. */
  @IsOptional()
  @Matches(/^\S{32,}(\s*,\s*\S{32,})*$/, {
    message: 'must be a comma-separated list of secrets of at least 32 characters each',
  })
  JWT_PREVIOUS_SECRETS?: string;

  /** Encrypts TOTP secrets at rest (AES-256-GCM): 32 random bytes, base64. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: 'must be 32 bytes in base64 (make one with: openssl rand -base64 32)',
  })
  TWO_FACTOR_ENCRYPTION_KEY?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS!: number;

  @Matches(URL_WITH(['smtp', 'smtps']), {
    message: 'must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:1025',
  })
  SMTP_URL!: string;

  @IsString()
  @Matches(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'must be an address, e.g. "Tracker <no-reply@example.org>"',
  })
  MAIL_FROM!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_CONNECTIONS!: number;

  @Matches(CRON, { message: 'must be a five-field cron expression, e.g. "0 7 * * 1"' })
  DIGEST_WEEKLY_CRON!: string;

  @Matches(CRON, { message: 'must be a five-field cron expression, e.g. "0 7 1 * *"' })
  DIGEST_MONTHLY_CRON!: string;

  @Matches(CRON, { message: 'must be a five-field cron expression, e.g. "0 8 * * *"' })
  REMINDER_CRON!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(180)
  REMINDER_DAYS_BEFORE_DUE!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(180)
  REVIEW_REMINDER_DAYS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  UNSUBSCRIBE_LINK_DAYS!: number;

  @Matches(URL_WITH(['http', 'https']), {
    message: 'must be an http(s):// URL, e.g. http://localhost:3000',
  })
  APP_BASE_URL!: string;

  @IsOptional()
  @Matches(/^(\*|https?:\/\/[^\s,]+(,https?:\/\/[^\s,]+)*)?$/, {
    message: 'must be "*" or a comma-separated list of http(s) origins',
  })
  CORS_ORIGINS?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  API_DOCS?: 'true' | 'false';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES!: number;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(120000)
  SHUTDOWN_GRACE_MS!: number;

  @IsString()
  @MinLength(1)
  REFERENCE_DATA_DIR!: string;

  @IsString()
  @MinLength(1)
  WEB_DIST_DIR!: string;

  @IsIn(['true', 'false'], {
    message: 'must be true (behind a reverse proxy that sets X-Forwarded-For) or false',
  })
  TRUST_PROXY!: 'true' | 'false';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_LIMIT_PER_IP!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_LIMIT_PER_ACCOUNT!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  AUTH_REQUEST_LIMIT_PER_IP!: number;

  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(1440)
  SESSION_IDLE_MINUTES!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(720)
  SESSION_MAX_HOURS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(720)
  INVITATION_TTL_HOURS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(1440)
  PASSWORD_RESET_TTL_MINUTES!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  PASSWORD_RESET_LIMIT_PER_HOUR!: number;

  /** Roles that must sign in with a second factor: a comma-separated list, or `none`. */
  @Matches(
    /^(none|(admin|coordinator|focal_point|analyst)(,(admin|coordinator|focal_point|analyst))*)$/,
    {
      message:
        'must be none or a comma-separated list of roles (admin, coordinator, focal_point, analyst)',
    },
  )
  REQUIRE_TWO_FACTOR_ROLES!: string;

  /** Single sign-on: the OpenID provider's issuer; empty or unset, there is none. */
  @IsOptional()
  @Matches(/^(https?:\/\/[^\s]+)?$/, {
    message: 'must be the provider’s issuer URL, e.g. https://login.gob.example/realms/staff',
  })
  OIDC_ISSUER?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  OIDC_CLIENT_SECRET?: string;

  /** What the sign-in button names, e.g. the ministry's identity service. */
  @IsOptional()
  @IsString()
  @MaxLength(80)
  OIDC_DISPLAY_NAME?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  EXPORT_LIMIT_PER_MINUTE!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  REFRESH_LIMIT_PER_MINUTE!: number;

  /** Public counts from 1 up to one below this are shown as "<N" (small-count suppression). */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(100)
  PUBLIC_SUPPRESS_BELOW!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  PUBLIC_REQUESTS_PER_MINUTE!: number;

  @Matches(CRON, { message: 'must be a five-field cron expression, e.g. "0 2 * * *"' })
  SUMMARY_NIGHTLY_CRON!: string;

  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60000)
  OUTBOX_POLL_MS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600000)
  SUMMARY_COALESCE_MS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(86400000)
  WORKFLOW_BATCH_MS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  JOB_ATTEMPTS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(600000)
  JOB_BACKOFF_MS!: number;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  JOB_LOCK_MS!: number;

  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'must be at least 12 characters' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  ADMIN_PASSWORD?: string;
}
