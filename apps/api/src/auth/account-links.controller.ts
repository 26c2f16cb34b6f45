import type { AuditContext } from '@app/audit';
import { Invitations, PasswordResets } from '@app/auth';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Public } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { RateLimited } from '../http/rate-limits';
import { AnonymousContext } from '../http/request-context';
import { AccountLinkPasswordDto, ForgotPasswordDto } from './dto/account-link.dto';

/** What the links emailed to an account's owner lead to: no session, the token is the proof. */
@ApiTags('auth')
@Controller('auth')
export class AccountLinksController {
  constructor(
    private readonly invitations: Invitations,
    private readonly resets: PasswordResets,
  ) {}

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

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @RateLimited('sign-in-requests')
  @ApiOperation({
    summary:
      'Forgotten password: a reset link goes to the account with this email, if there is one',
  })
  @ApiAcceptedResponse({ description: 'The same answer whether or not an account has the email' })
  @ApiBadRequestProblem()
  @ApiTooManyRequestsResponse({ description: 'Too many reset requests from this address' })
  async forgotPassword(
    @Body() body: ForgotPasswordDto,
    @AnonymousContext() context: Omit<AuditContext, 'id' | 'email'>,
  ): Promise<void> {
    await this.resets.request(body.email, context);
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  @RateLimited('sign-in-requests')
  @ApiOperation({ summary: 'Choose a new password with a reset link; every session ends' })
  @ApiNoContentResponse({ description: 'Password set; sign in with it' })
  @ApiBadRequestProblem()
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address' })
  async resetPassword(
    @Body() body: AccountLinkPasswordDto,
    @AnonymousContext() context: Omit<AuditContext, 'id' | 'email'>,
  ): Promise<void> {
    await this.resets.reset(body.token, body.password, context);
  }
}
