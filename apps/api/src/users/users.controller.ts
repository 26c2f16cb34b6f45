import { Actor, Invitations, TwoFactor, UserListView, UsersService, UserView } from '@app/auth';
import { etagOf } from '@app/problems';
import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../http/access/decorators';
import { apiPath } from '../http/api-prefix';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserIdParams } from './dto/user-id-params.dto';
import { UserListQuery } from './dto/user-list-query.dto';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: Invitations,
    private readonly twoFactor: TwoFactor,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Accounts, filtered by role, state, country or process (admins)' })
  @ApiOkResponse({ type: UserListView })
  @ApiBadRequestProblem()
  list(@Query() query: UserListQuery): Promise<UserListView> {
    return this.users.list(query);
  }

  @Post()
  @ApiOperation({
    summary: 'Create an account with its role and country or process scopes (admins)',
  })
  @ApiCreatedResponse({ type: UserView })
  @ApiBadRequestProblem()
  @ApiConflictResponse({ description: 'An account with this email exists' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateUserDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserView> {
    const user = await this.users.create(actor, body);
    reply.header('etag', etagOf(user.version)).header('location', apiPath('users', user.id));
    return user;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One account (admins)' })
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ description: 'No such account' })
  async get(
    @Param() params: UserIdParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserView> {
    const user = await this.users.get(params.id);
    reply.header('etag', etagOf(user.version));
    return user;
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change an account: name, role, scopes, locale, password, active (admins)',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag from GET', example: '"1"' })
  @ApiOkResponse({ type: UserView })
  @ApiBadRequestProblem()
  @ApiConflictResponse({ description: 'Would leave no active admin' })
  async update(
    @CurrentActor() actor: Actor,
    @Param() params: UserIdParams,
    @Body() body: UpdateUserDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UserView> {
    const user = await this.users.update(actor, params.id, body, ifMatch);
    reply.header('etag', etagOf(user.version));
    return user;
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Deactivate an account (kept for its history; its sessions end) (admins)',
  })
  @ApiNoContentResponse({ description: 'Deactivated' })
  async deactivate(@CurrentActor() actor: Actor, @Param() params: UserIdParams): Promise<void> {
    await this.users.deactivate(actor, params.id);
  }

  @Post(':id/invitation')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Send the invitation again: a new link, the earlier ones stop working (admins)',
  })
  @ApiNoContentResponse({ description: 'A new invitation is on its way' })
  @ApiNotFoundResponse({ description: 'No such account' })
  @ApiConflictResponse({ description: 'The account is deactivated or already has a password' })
  async resendInvitation(
    @CurrentActor() actor: Actor,
    @Param() params: UserIdParams,
  ): Promise<void> {
    await this.invitations.resend(actor, params.id);
  }

  @Delete(':id/two-factor')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Reset an account’s second factor (lost authenticator): it is off, every session of the account ends and its owner is told by email (admins)',
  })
  @ApiNoContentResponse({ description: 'Off; the account signs in with its password again' })
  @ApiNotFoundResponse({ description: 'No such account' })
  @ApiConflictResponse({ description: 'Two-factor sign-in is off for this account' })
  async resetTwoFactor(@CurrentActor() actor: Actor, @Param() params: UserIdParams): Promise<void> {
    await this.twoFactor.reset(actor, params.id);
  }
}
