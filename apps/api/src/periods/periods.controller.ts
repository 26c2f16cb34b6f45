import { Actor, CurrentActor, Public, Roles } from '@app/auth';
import {
  PERIOD_STATES,
  PeriodListView,
  PeriodsService,
  PeriodState,
  PeriodView,
} from '@app/reference';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { IsCalendarDate } from '../http/is-calendar-date';

export class CreatePeriodDto {
  @ApiProperty({ example: 2027, description: 'The year; the period runs 1 January – 31 December' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ example: '2028-03-31', description: 'Default: 31 March of the next year' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}

export class UpdatePeriodDto {
  @ApiPropertyOptional({
    enum: PERIOD_STATES,
    example: 'closed',
    description: 'closed: no more edits or submissions',
  })
  @IsOptional()
  @IsIn(PERIOD_STATES)
  state?: PeriodState;

  @ApiPropertyOptional({ example: '2026-04-30' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;
}

export class PeriodCodeParams {
  @ApiProperty({ example: '2025' })
  @Matches(/^\d{4}$/, { message: 'code must be a year such as 2025' })
  code!: string;
}

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
