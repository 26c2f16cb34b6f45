import { Public } from '@app/auth';
import {
  CountriesService,
  CountryDetailView,
  CountryListView,
  MEMBERSHIP_ROLES,
  MembershipRole,
} from '@app/reference';
import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { upperCase } from '../http/transforms';

export class CountryListQuery {
  @ApiPropertyOptional({
    example: 'RCM',
    description: 'Regional process code: its States in `role`',
  })
  @IsOptional()
  @Transform(upperCase)
  @Matches(/^[A-Z][A-Z0-9-]{1,15}$/, { message: 'process must be a process code such as RCM' })
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

export class Iso3Params {
  @ApiProperty({ example: 'MEX', description: 'ISO 3166-1 alpha-3 code' })
  @Transform(upperCase)
  @Matches(/^[A-Z]{3}$/, { message: 'iso3 must be three letters (ISO 3166-1 alpha-3), e.g. MEX' })
  iso3!: string;
}

@ApiTags('reference')
@Public()
@Controller('countries')
export class CountriesController {
  constructor(private readonly countries: CountriesService) {}

  @Get()
  @ApiOperation({ summary: 'Countries, filtered by regional process or UN M49 region' })
  @ApiOkResponse({ type: CountryListView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'Unknown process or region' })
  list(@Query() query: CountryListQuery): Promise<CountryListView> {
    return this.countries.list(query);
  }

  @Get(':iso3')
  @ApiOperation({ summary: 'One country with its process memberships and treaty status' })
  @ApiOkResponse({ type: CountryDetailView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'No country with that code' })
  get(@Param() params: Iso3Params): Promise<CountryDetailView> {
    return this.countries.get(params.iso3);
  }
}
