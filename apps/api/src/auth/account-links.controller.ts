import type { AuditContext } from '@app/audit';
import { Invitations } from '@app/auth';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Public } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { RateLimited } from '../http/rate-limits';
import { AnonymousContext } from '../http/request-context';
import { AccountLinkPasswordDto } from './dto/account-link.dto';

/** What the links emailed to an account's owner lead to: no session, the token is the proof. */
@ApiTags('auth')
@Controller('auth')
export class AccountLinksController {
  constructor(private readonly invitations: Invitations) {}

  @Public()
  @Post('invitation/accept')
  @HttpCode(204)
  @RateLimited('sign-in-requests')
  @ApiOperation({ summary: 'Accept an invitation: choose the password; the account is active' })
  @ApiNoContentResponse({ description: 'Password set; sign in with it' })
  @ApiBadRequestProblem()
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address' })
  async acceptInvitation(
    @Body() body: AccountLinkPasswordDto,
    @AnonymousContext() context: Omit<AuditContext, 'id' | 'email'>,
  ): Promise<void> {
    await this.invitations.accept(body.token, body.password, context);
  }
}
