import type { AuditContext } from '@app/audit';
import {
  Actor,
  AuthService,
  LoginView,
  RecoveryCodesView,
  TwoFactor,
  TwoFactorEnrolmentView,
} from '@app/auth';
import { AppConfig } from '@app/config';
import { Body, Controller, Delete, Headers, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, OpenDuringEnrolment, Public } from '../http/access/decorators';
import { setRefreshCookie } from '../http/access/refresh-cookie';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { RateLimited } from '../http/rate-limits';
import { AnonymousContext } from '../http/request-context';
import { TwoFactorCodeDto, TwoFactorSignInDto } from './dto/two-factor.dto';

/** Two-factor sign-in: enrolment on one's own account, and the second step of signing in. */
@ApiTags('auth')
@Controller()
export class TwoFactorController {
  constructor(
    private readonly twoFactor: TwoFactor,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('me/two-factor')
  @OpenDuringEnrolment()
  @HttpCode(200)
  @ApiBearerAuth()
  @RateLimited('own-account')
  @ApiOperation({ summary: 'Start enrolment: a secret, its otpauth:// URI and a QR code (SVG)' })
  @ApiOkResponse({ type: TwoFactorEnrolmentView })
  @ApiConflictResponse({ description: 'Two-factor sign-in is on already' })
  enrol(@CurrentActor() actor: Actor): Promise<TwoFactorEnrolmentView> {
    return this.twoFactor.enrol(actor);
  }

  @Post('me/two-factor/confirm')
  @OpenDuringEnrolment()
  @HttpCode(200)
  @ApiBearerAuth()
  @RateLimited('own-account')
  @ApiOperation({ summary: 'Turn it on with a first code: ten recovery codes, shown once' })
  @ApiOkResponse({ type: RecoveryCodesView })
  @ApiBadRequestProblem()
  @ApiConflictResponse({ description: 'No enrolment started, or on already' })
  confirm(
    @CurrentActor() actor: Actor,
    @Body() body: TwoFactorCodeDto,
  ): Promise<RecoveryCodesView> {
    return this.twoFactor.confirm(actor, body.code);
  }

  @Delete('me/two-factor')
  @HttpCode(204)
  @ApiBearerAuth()
  @RateLimited('own-account')
  @ApiOperation({ summary: 'Turn it off, with a code or a recovery code' })
  @ApiNoContentResponse({ description: 'Off' })
  @ApiBadRequestProblem()
  @ApiConflictResponse({ description: 'It is off' })
  async disable(@CurrentActor() actor: Actor, @Body() body: TwoFactorCodeDto): Promise<void> {
    await this.twoFactor.disable(actor, body.code);
  }

  @Public()
  @Post('auth/login/two-factor')
  @HttpCode(200)
  @RateLimited('sign-in-requests')
  @ApiOperation({ summary: 'Finish a sign-in with a code (TOTP or recovery code)' })
  @ApiOkResponse({ type: LoginView })
  @ApiBadRequestProblem()
  @ApiUnauthorizedResponse({ description: 'Wrong or reused code, or the challenge expired' })
  async signIn(
    @Body() body: TwoFactorSignInDto,
    @AnonymousContext() context: Omit<AuditContext, 'id' | 'email'>,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginView> {
    const signedIn = await this.auth.completeTwoFactor(body.challengeToken, body.code, {
      ...context,
      userAgent,
    });
    setRefreshCookie(reply, this.config, signedIn.refreshToken);
    return signedIn.view;
  }
}
