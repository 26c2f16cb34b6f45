import { Actor } from '@app/auth';
import { PublicationsService, PublicationView } from '@app/publications';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import {
  PublicationListQuery,
  PublicationParams,
  PublishDto,
  WithdrawDto,
} from './dto/publication.dto';

@ApiTags('publications')
@ApiBearerAuth()
@Controller('publications')
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @Post()
  @Roles('admin', 'coordinator')
  @ApiOperation({
    summary: 'Publish: freeze the public view of the stored summary as the next version',
  })
  @ApiCreatedResponse({ type: PublicationView })
  @ApiBadRequestProblem()
  @ApiForbiddenResponse({ description: 'Not a coordinator of the process, nor an admin' })
  @ApiNotFoundResponse({ description: 'No such process or period, or no summary computed yet' })
  publish(@CurrentActor() actor: Actor, @Body() body: PublishDto): Promise<PublicationView> {
    return this.publications.publish(actor, body);
  }

  @Get()
  @ApiOperation({ summary: 'Every published version, withdrawn ones included' })
  @ApiOkResponse({ type: [PublicationView] })
  @ApiBadRequestProblem()
  list(@Query() query: PublicationListQuery): Promise<PublicationView[]> {
    return this.publications.list(query);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Withdraw a version: it stays listed, its content is no longer served' })
  @ApiOkResponse({ type: PublicationView })
  @ApiBadRequestProblem()
  @ApiForbiddenResponse({ description: 'Not a coordinator of the process, nor an admin' })
  @ApiConflictResponse({ description: 'Withdrawn already' })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param() params: PublicationParams,
    @Body() body: WithdrawDto,
  ): Promise<PublicationView> {
    return this.publications.withdraw(actor, params.id, body.reason);
  }
}
