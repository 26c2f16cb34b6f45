import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { toInt, URL_WITH } from './rules';

/** The HTTP server, the worker's health port, logging and where the app finds its files. */
export class ServerVariables {
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
}
