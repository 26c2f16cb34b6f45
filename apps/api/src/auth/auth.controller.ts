import type { AuditContext } from '@app/audit';
import {
  Actor,
  AuthService,
  CurrentActor,
  LoginView,
  MeView,
  Public,
  UsersService,
} from '@app/auth';
import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { AnonymousContext } from '../http/request-context';

export class LoginDto {
  @ApiProperty({ example: 'admin@gcm9.localhost' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MaxLength(200)
  password!: string;
}

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
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Sign in: a short-lived access token for the Authorization header' })
  @ApiOkResponse({ type: LoginView })
  @ApiBadRequestProblem()
  @ApiUnauthorizedResponse({
    description: 'Email or password is incorrect (the same answer either way)',
  })
  @ApiTooManyRequestsResponse({
    description: 'Too many attempts from this address or for this account',
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
  async me(@CurrentActor() actor: Actor): Promise<MeView> {
    return {
      ...(await this.users.get(actor.id)),
      coordinatedCountries: actor.coordinatedCountries,
    };
  }
}
