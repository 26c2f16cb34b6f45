import { Actor, LoginView, OwnPassword } from '@app/auth';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { CurrentActor } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { RateLimited } from '../http/rate-limits';
import { ChangePasswordDto } from './dto/change-password.dto';

/** The security of one's own account: password (and, with the later steps, sessions). */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeSecurityController {
  constructor(private readonly ownPassword: OwnPassword) {}

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
