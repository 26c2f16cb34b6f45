import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { toInt } from './rules';

/** Tokens, sign-in and request limits, sessions, account links, two-factor, single sign-on and the first admin. */
export class AuthVariables {
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

  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'must be at least 12 characters' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  ADMIN_PASSWORD?: string;
}
