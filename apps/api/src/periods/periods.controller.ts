import { PeriodListView, PeriodsService } from '@app/reference';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('reference')
@Controller('periods')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @Get()
  @ApiOperation({ summary: 'Annual reporting periods with due dates and state (open or closed)' })
  @ApiOkResponse({ type: PeriodListView })
  async list(): Promise<PeriodListView> {
    return { items: await this.periods.list() };
  }
}
