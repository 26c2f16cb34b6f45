import { ProcessDetailView, ProcessesService, ProcessListView } from '@app/reference';
import { Controller, Get, Param, UseInterceptors } from '@nestjs/common';
import { ConditionalGet } from '../http/conditional-get';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { ProcessCodeParams } from './dto/process-code-params.dto';

@ApiTags('reference')
@Public()
@UseInterceptors(ConditionalGet)
@Controller('processes')
export class ProcessesController {
  constructor(private readonly processes: ProcessesService) {}

  @Get()
  @ApiOperation({ summary: 'Regional processes on migration (RCM first) with their member counts' })
  @ApiOkResponse({ type: ProcessListView })
  list(): Promise<ProcessListView> {
    return this.processes.list();
  }

  @Get(':code')
  @ApiOperation({ summary: 'One process with its member, observer and other States' })
  @ApiOkResponse({ type: ProcessDetailView })
  @ApiBadRequestProblem()
  @ApiNotFoundResponse({ description: 'No process with that code' })
  get(@Param() params: ProcessCodeParams): Promise<ProcessDetailView> {
    return this.processes.get(params.code);
  }
}
