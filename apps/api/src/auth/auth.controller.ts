import type { AuditContext } from '@app/audit';
import { Actor, AuthService, LoginView, MeView, UsersService } from '@app/auth';
import { etagOf } from '@app/problems';
import { Body, Controller, Get, Headers, HttpCode, Patch, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Public } from '../http/access/decorators';
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
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @RateLimited('sign-in-requests')
  @ApiOperation({ summary: 'Sign in: a short-lived access token for the Authorization header' })
  @ApiOkResponse({ type: LoginView })
  @ApiBadRequestProblem()
  @ApiUnauthorizedResponse({
    description: 'Email or password is incorrect (the same answer either way)',
  })
  @ApiTooManyRequestsResponse({
    description:
      'Too many failed sign-ins from this address, or for this account from this address; Retry-After says when to try again',
  })
  login(
    @Body() body: LoginDto,
    @AnonymousContext() context: Omit<AuditContext, 'id' | 'email'>,
  ): Promise<LoginView> {
    return this.auth.login(body.email, body.password, context);
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
