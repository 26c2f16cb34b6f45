import { MEMBERSHIP_ROLES, MembershipRole } from '@app/reference';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { upperCase } from '../../http/transforms';
import { IsProcessCode } from '../../http/is-code';

export class CountryListQuery {
  @ApiPropertyOptional({
    example: 'RCM',
    description: 'Regional process code: its States in `role`',
  })
  @IsOptional()
  @Transform(upperCase)
  @IsProcessCode()
  process?: string;

  @ApiPropertyOptional({
    enum: [...MEMBERSHIP_ROLES, 'any'],
    default: 'member',
    example: 'observer',
    description: 'With `process`: which of its States',
  })
  @IsOptional()
  @IsIn([...MEMBERSHIP_ROLES, 'any'])
  role?: MembershipRole | 'any';

  @ApiPropertyOptional({
    example: 'Central America',
    description: 'UN M49 region, sub-region or intermediate region, by code (013) or name',
  })
  @IsOptional()
  @MaxLength(64)
  @Matches(/^[\p{L}0-9 ,.'()-]+$/u, { message: 'region must be an M49 code or name' })
  region?: string;
}
