import { Public } from '../http/access/decorators';
import { FrameworkService, FrameworkView, IndicatorListView } from '@app/reference';
import { Controller, Get, UseInterceptors } from '@nestjs/common';
import { ConditionalGet } from '../http/conditional-get';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('reference')
@Public()
@UseInterceptors(ConditionalGet)
@Controller()
export class FrameworkController {
  constructor(private readonly framework: FrameworkService) {}

  @Get('framework')
  @ApiOperation({
    summary:
      'Objective 9: commitment, actions (a)-(f) with Work Plan areas, SDG targets and checklist; indicators',
  })
  @ApiOkResponse({ type: FrameworkView })
  get(): Promise<FrameworkView> {
    return this.framework.get();
  }

  @Get('indicators')
  @ApiOperation({ summary: 'Quantitative indicators with their disaggregation (sex, sex × age)' })
  @ApiOkResponse({ type: IndicatorListView })
  async indicators(): Promise<IndicatorListView> {
    return { items: await this.framework.indicators() };
  }
}
