import { LOCALES, Locale, Role, ROLES } from '@app/auth';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { IsIso3, IsProcessCode } from '../../http/is-code';
import { IsDisplayName } from '../../http/is-display-name';
import { IsTimeZone } from '../../http/is-time-zone';
import { upperCaseAll } from '../../http/transforms';

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'María López Hernández' })
  @IsOptional()
  @IsDisplayName()
  name?: string;

  @ApiPropertyOptional({ example: 'a new long passphrase', minLength: 12 })
  @IsOptional()
  @IsString()
  @Length(12, 200, { message: 'password must be 12 to 200 characters' })
  password?: string;

  @ApiPropertyOptional({ enum: ROLES, example: 'coordinator' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: LOCALES, example: 'fr' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    example: 'America/Mexico_City',
    default: 'UTC',
    description: 'IANA time zone: scheduled emails go out at local time',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ example: false, description: 'false ends every session of the account' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['GTM', 'HND'] })
  @IsOptional()
  @Transform(upperCaseAll)
  @IsArray()
  @ArrayMaxSize(250)
  @IsIso3({ each: true })
  countries?: string[];

  @ApiPropertyOptional({ type: [String], example: ['RCM'] })
  @IsOptional()
  @Transform(upperCaseAll)
  @IsArray()
  @ArrayMaxSize(50)
  @IsProcessCode({ each: true })
  processes?: string[];
}
