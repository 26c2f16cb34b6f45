import { Actor } from '@app/auth';
import { PeriodListView, PeriodsService, PeriodView } from '@app/reference';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Public, Roles } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { CreatePeriodDto } from './dto/create-period.dto';
import { PeriodCodeParams } from './dto/period-code-params.dto';
import { UpdatePeriodDto } from './dto/update-period.dto';

@ApiTags('reference')
@Controller('periods')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Annual reporting periods with due dates and state (open or closed)' })
  @ApiOkResponse({ type: PeriodListView })
  async list(): Promise<PeriodListView> {
    return { items: await this.periods.list() };
  }

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Add a reporting period (admins)' })
  @ApiCreatedResponse({ type: PeriodView })
  @ApiBadRequestProblem()
  @ApiConflictResponse({ description: 'The period exists' })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePeriodDto): Promise<PeriodView> {
    return this.periods.create(actor, body.year, body.dueOn);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Close or reopen a period, or move its due date (admins)' })
  @ApiOkResponse({ type: PeriodView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'No such period' })
  update(
    @CurrentActor() actor: Actor,
    @Param() params: PeriodCodeParams,
    @Body() body: UpdatePeriodDto,
  ): Promise<PeriodView> {
    return this.periods.update(actor, params.code, body);
  }
}
