import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { toInt, URL_WITH } from './rules';

/** PostgreSQL (primary and replica) and Redis (a server or Sentinel). */
export class StorageVariables {
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
}
