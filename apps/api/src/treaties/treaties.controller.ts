import { TreatiesService, TreatyStatusView, TreatyView } from '@app/reference';
import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ConditionalGet } from '../http/conditional-get';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { TreatyCodeParams } from './dto/treaty-code-params.dto';
import { TreatyStatusQuery } from './dto/treaty-status-query.dto';

@ApiTags('reference')
@Public()
@UseInterceptors(ConditionalGet)
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
