import type { AuditContext } from '@app/audit';
import {
  Actor,
  AuthService,
  LoginView,
  MeView,
  TwoFactorChallengeView,
  UsersService,
} from '@app/auth';
import { AppConfig } from '@app/config';
import { etagOf } from '@app/problems';
import { Body, Controller, Get, Headers, HttpCode, Patch, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Public } from '../http/access/decorators';
import { setRefreshCookie } from '../http/access/refresh-cookie';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { AnonymousContext } from '../http/request-context';
import { RateLimited } from '../http/rate-limits';
import { LoginDto } from './dto/login.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @RateLimited('sign-in-requests')
  @ApiOperation({
    summary:
      'Sign in: a short-lived access token for the Authorization header, and the session’s refresh token in an HttpOnly cookie',
  })
  @ApiExtraModels(LoginView, TwoFactorChallengeView)
  @ApiOkResponse({
    description: 'Signed in, or (with two-factor sign-in on) a challenge for the code',
    schema: { oneOf: [LoginView, TwoFactorChallengeView].map((m) => ({ $ref: getSchemaPath(m) })) },
  })
  @ApiBadRequestProblem()
  @ApiUnauthorizedResponse({
    description: 'Email or password is incorrect (the same answer either way)',
  })
  @ApiTooManyRequestsResponse({
    description:
      'Too many failed sign-ins from this address, or for this account from this address; Retry-After says when to try again',
  })
  async login(
    @Body() body: LoginDto,
    @AnonymousContext() context: Omit<AuditContext, 'id' | 'email'>,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginView | TwoFactorChallengeView> {
    const outcome = await this.auth.login(body.email, body.password, { ...context, userAgent });
    if ('challenge' in outcome) return outcome.challenge;
    setRefreshCookie(reply, this.config, outcome.refreshToken);
    return outcome.view;
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, with role and scopes' })
  @ApiOkResponse({ type: MeView })
  async me(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeView> {
    const user = await this.users.get(actor.id);
    reply.header('etag', etagOf(user.version));
    return { ...user, coordinatedCountries: actor.coordinatedCountries };
  }

  @Patch('me')
  @RateLimited('own-account')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change your own name, language or time zone' })
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag of GET /me',
    example: '"1"',
  })
  @ApiOkResponse({ type: MeView })
  @ApiBadRequestProblem()
  @ApiPreconditionFailedResponse({ description: 'Your account changed since you read it' })
  async updateMe(
    @CurrentActor() actor: Actor,
    @Body() body: UpdateProfileDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeView> {
    const user = await this.users.update(actor, actor.id, body, ifMatch);
    reply.header('etag', etagOf(user.version));
    return { ...user, coordinatedCountries: actor.coordinatedCountries };
  }
}
