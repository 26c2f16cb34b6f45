import {
  Actor,
  CurrentActor,
  LOCALES,
  Locale,
  Role,
  ROLES,
  Roles,
  UserListView,
  UsersService,
  UserView,
} from '@app/auth';
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
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import type { FastifyReply } from 'fastify';
import { IsDisplayName } from '../http/is-display-name';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { IsTimeZone } from '../http/is-time-zone';
import { PageQuery } from '../http/pagination';
import { upperCase } from '../http/transforms';
import { IsIso3, IsProcessCode } from '../http/is-code';

const upperCaseAll = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((item) => (typeof item === 'string' ? item.trim().toUpperCase() : item))
    : value;

export class CreateUserDto {
  @ApiProperty({ example: 'fp@sre.gob.mx' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'María López' })
  @IsDisplayName()
  name!: string;

  @ApiProperty({ example: 'a long passphrase of one’s own', minLength: 12 })
  @IsString()
  @Length(12, 200, { message: 'password must be 12 to 200 characters' })
  password!: string;

  @ApiProperty({ enum: ROLES, example: 'focal_point' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ enum: LOCALES, example: 'es', default: 'en' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    example: 'America/Mexico_City',
    default: 'UTC',
    description: 'IANA time zone: scheduled emails go out at local time',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['MEX'],
    description: 'Focal points: ISO3 codes',
  })
  @IsOptional()
  @Transform(upperCaseAll)
  @IsArray()
  @ArrayMaxSize(250)
  @IsIso3({ each: true })
  countries?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: [],
    description: 'Coordinators: process codes such as RCM',
  })
  @IsOptional()
  @Transform(upperCaseAll)
  @IsArray()
  @ArrayMaxSize(50)
  @IsProcessCode({ each: true })
  processes?: string[];
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'María López Hernández' })
  @IsOptional()
  @IsDisplayName()
  name?: string;

  @ApiPropertyOptional({ example: 'a new long passphrase', minLength: 12 })
  @IsOptional()
  @IsString()
  @Length(12, 200, { message: 'password must be 12 to 200 characters' })
  password?: string;

  @ApiPropertyOptional({ enum: ROLES, example: 'coordinator' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: LOCALES, example: 'fr' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    example: 'America/Mexico_City',
    default: 'UTC',
    description: 'IANA time zone: scheduled emails go out at local time',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ example: false, description: 'false ends every session of the account' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['GTM', 'HND'] })
  @IsOptional()
  @Transform(upperCaseAll)
  @IsArray()
  @ArrayMaxSize(250)
  @IsIso3({ each: true })
  countries?: string[];

  @ApiPropertyOptional({ type: [String], example: ['RCM'] })
  @IsOptional()
  @Transform(upperCaseAll)
  @IsArray()
  @ArrayMaxSize(50)
  @IsProcessCode({ each: true })
  processes?: string[];
}

export class UserListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES, example: 'focal_point' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({ example: 'MEX' })
  @IsOptional()
  @Transform(upperCase)
  @IsIso3()
  country?: string;

  @ApiPropertyOptional({ example: 'RCM' })
  @IsOptional()
  @Transform(upperCase)
  @IsProcessCode()
  process?: string;
}

export class UserIdParams {
  @ApiProperty({ example: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10' })
  @IsUUID('all', { message: 'id must be a user id (UUID)' })
  id!: string;
}

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

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
    reply.header('etag', etagOf(user.version)).header('location', `/api/v1/users/${user.id}`);
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
}
