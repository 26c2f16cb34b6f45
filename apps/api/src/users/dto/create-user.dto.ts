import { LOCALES, Locale, Role, ROLES } from '@app/auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
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

export class CreateUserDto {
  @ApiProperty({ example: 'fp@sre.gob.mx' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'María López' })
  @IsDisplayName()
  name!: string;

  @ApiPropertyOptional({
    example: 'a long passphrase of one’s own',
    minLength: 12,
    description:
      'For scripts. Without it the account is invited: its owner gets an email to choose one',
  })
  @IsOptional()
  @IsString()
  @Length(12, 200, { message: 'password must be 12 to 200 characters' })
  password?: string;

  @ApiProperty({ enum: ROLES, example: 'focal_point' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ enum: LOCALES, example: 'es', default: 'en' })
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

  @ApiPropertyOptional({
    type: [String],
    example: ['MEX'],
    description: 'Focal points: ISO3 codes',
  })
  @IsOptional()
  @Transform(upperCaseAll)
  @IsArray()
  @ArrayMaxSize(250)
  @IsIso3({ each: true })
  countries?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: [],
    description: 'Coordinators: process codes such as RCM',
  })
  @IsOptional()
  @Transform(upperCaseAll)
  @IsArray()
  @ArrayMaxSize(50)
  @IsProcessCode({ each: true })
  processes?: string[];
}
