import { Actor, LoginView, OwnPassword, Sessions, SessionView } from '@app/auth';
import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { CurrentActor } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { RateLimited } from '../http/rate-limits';
import { ChangePasswordDto } from './dto/change-password.dto';
import { SessionIdParams } from './dto/session-id-params.dto';

/** The security of one's own account: password and sessions. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeSecurityController {
  constructor(
    private readonly ownPassword: OwnPassword,
    private readonly sessions: Sessions,
  ) {}

  @Get('sessions')
  @ApiOperation({ summary: 'Your sessions: device, address, started, last used' })
  @ApiOkResponse({ type: [SessionView] })
  listSessions(@CurrentActor() actor: Actor): Promise<SessionView[]> {
    return this.sessions.list(actor);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @RateLimited('own-account')
  @ApiOperation({ summary: 'End one of your sessions (its tokens stop working at once)' })
  @ApiNoContentResponse({ description: 'Ended' })
  @ApiNotFoundResponse({ description: 'You have no such session' })
  async endSession(@CurrentActor() actor: Actor, @Param() params: SessionIdParams): Promise<void> {
    await this.sessions.revokeOwn(actor, params.id);
  }

  @Post('password')
  @HttpCode(200)
  @RateLimited('own-account')
  @ApiOperation({
    summary: 'Change your password; your other sessions end and this one gets a new token',
  })
  @ApiOkResponse({ type: LoginView })
  @ApiBadRequestProblem()
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords' })
  changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
  ): Promise<LoginView> {
    return this.ownPassword.change(actor, body.currentPassword, body.newPassword);
  }
}
