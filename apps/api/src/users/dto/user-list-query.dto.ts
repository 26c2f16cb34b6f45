import { Role, ROLES } from '@app/auth';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IsIso3, IsProcessCode } from '../../http/is-code';
import { PageQuery } from '../../http/pagination';
import { upperCase } from '../../http/transforms';

export class UserListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES, example: 'focal_point' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({ example: 'MEX' })
  @IsOptional()
  @Transform(upperCase)
  @IsIso3()
  country?: string;

  @ApiPropertyOptional({ example: 'RCM' })
  @IsOptional()
  @Transform(upperCase)
  @IsProcessCode()
  process?: string;
}
