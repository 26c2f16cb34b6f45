import { Public } from '@app/auth';
import { TreatiesService, TreatyStatusView, TreatyView } from '@app/reference';
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
import { IsOptional, Matches } from 'class-validator';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { IsCalendarDate } from '../http/is-calendar-date';
import { upperCase } from '../http/transforms';

export class TreatyCodeParams {
  @ApiProperty({
    example: 'SOM',
    description: 'SOM (Smuggling of Migrants Protocol), UNTOC or TIP',
  })
  @Transform(upperCase)
  @Matches(/^[A-Z]{2,10}$/, { message: 'code must be a treaty code such as SOM, UNTOC or TIP' })
  code!: string;
}

export class TreatyStatusQuery {
  @ApiPropertyOptional({ example: 'RCM', description: 'Members of this regional process only' })
  @IsOptional()
  @Transform(upperCase)
  @Matches(/^[A-Z][A-Z0-9-]{1,15}$/, { message: 'process must be a process code such as RCM' })
  process?: string;

  @ApiPropertyOptional({
    example: '2025-12-31',
    description:
      'Status on this date (YYYY-MM-DD). Omitted: today, counting parties whose date is unknown.',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

@ApiTags('reference')
@Public()
@Controller('treaties')
export class TreatiesController {
  constructor(private readonly treaties: TreatiesService) {}

  @Get()
  @ApiOperation({ summary: 'Tracked treaties and how far their participant tables are complete' })
  @ApiOkResponse({ type: [TreatyView] })
  list(): Promise<TreatyView[]> {
    return this.treaties.list();
  }

  @Get(':code/status')
  @ApiOperation({
    summary: 'Parties and signatories as of a date, for all participants or a process’s members',
    description:
      'Every row carries its sources and the date its source saw it; `coverage` says how far the data is complete and `publishedCounts` what sources published, so gaps stay visible.',
  })
  @ApiOkResponse({ type: TreatyStatusView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'Unknown treaty or process' })
  status(
    @Param() params: TreatyCodeParams,
    @Query() query: TreatyStatusQuery,
  ): Promise<TreatyStatusView> {
    return this.treaties.status(params.code, query);
  }
}
