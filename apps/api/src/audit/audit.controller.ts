import { AuditEventView, AuditTrail } from '@app/audit';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { AuditListDoc } from './dto/audit-event.dto';
import { AuditQuery } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  @ApiOperation({
    summary:
      'The audit trail: every change, transition, account change and failed sign-in (admins)',
  })
  @ApiOkResponse({ type: AuditListDoc })
  @ApiBadRequestProblem()
  list(
    @Query() query: AuditQuery,
  ): Promise<{ items: AuditEventView[]; total: number; page: number; pageSize: number }> {
    return this.audit.list({ ...query, actorId: query.actor });
  }
}
