import { Actor } from '@app/auth';
import { SubscriptionsService, SubscriptionView } from '@app/notifications';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../http/access/decorators';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import { UserIdParams } from '../users/dto/user-id-params.dto';
import { SubscribeDto } from './dto/subscribe.dto';
import { SubscriptionDoc } from './dto/subscription.dto';
import { SubscriptionIdParams, UserSubscriptionParams } from './dto/subscription-params.dto';

/**
 * Digest subscriptions: each signed-in user manages their own (`/me/subscriptions`); admins
 * manage anyone's (`/users/{id}/subscriptions`). Digests go out in the user's time zone.
 */
@ApiTags('subscriptions')
@ApiBearerAuth()
@Controller()
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get('me/subscriptions')
  @ApiOperation({ summary: 'Your digest subscriptions' })
  @ApiOkResponse({ type: [SubscriptionDoc] })
  mine(@CurrentActor() actor: Actor): Promise<SubscriptionView[]> {
    return this.subscriptions.list(actor.id);
  }

  @Post('me/subscriptions')
  @ApiOperation({
    summary: 'Subscribe to a regional process’s digest, or change its frequency',
  })
  @ApiCreatedResponse({ type: SubscriptionDoc, description: 'Subscribed' })
  @ApiOkResponse({ type: SubscriptionDoc, description: 'Frequency changed' })
  @ApiBadRequestProblem()
  subscribeMe(
    @CurrentActor() actor: Actor,
    @Body() body: SubscribeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubscriptionView> {
    return this.subscribe(actor, actor.id, body, reply);
  }

  @Delete('me/subscriptions/:subscriptionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop a digest' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such subscription of yours' })
  async unsubscribeMe(
    @CurrentActor() actor: Actor,
    @Param() params: SubscriptionIdParams,
  ): Promise<void> {
    await this.subscriptions.unsubscribe(actor, actor.id, params.subscriptionId);
  }

  @Get('users/:id/subscriptions')
  @Roles('admin')
  @ApiOperation({ summary: 'A user’s digest subscriptions (admins)' })
  @ApiOkResponse({ type: [SubscriptionDoc] })
  @ApiNotFoundResponse({ description: 'No such user' })
  ofUser(@Param() params: UserIdParams): Promise<SubscriptionView[]> {
    return this.subscriptions.list(params.id);
  }

  @Post('users/:id/subscriptions')
  @Roles('admin')
  @ApiOperation({ summary: 'Subscribe a user to a digest, or change its frequency (admins)' })
  @ApiCreatedResponse({ type: SubscriptionDoc })
  @ApiBadRequestProblem()
  subscribeUser(
    @CurrentActor() actor: Actor,
    @Param() params: UserIdParams,
    @Body() body: SubscribeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubscriptionView> {
    return this.subscribe(actor, params.id, body, reply);
  }

  @Delete('users/:id/subscriptions/:subscriptionId')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop a user’s digest (admins)' })
  @ApiNoContentResponse()
  async unsubscribeUser(
    @CurrentActor() actor: Actor,
    @Param() params: UserSubscriptionParams,
  ): Promise<void> {
    await this.subscriptions.unsubscribe(actor, params.id, params.subscriptionId);
  }

  private async subscribe(
    actor: Actor,
    userId: string,
    body: SubscribeDto,
    reply: FastifyReply,
  ): Promise<SubscriptionView> {
    const { subscription, created } = await this.subscriptions.subscribe(actor, userId, body);
    reply.status(created ? 201 : 200);
    return subscription;
  }
}
