import { Actor } from '@app/auth';
import { CurrentActor } from '../http/access/decorators';
import {
  NotificationInbox,
  NotificationPageView,
  NotificationPreferences,
} from '@app/notifications';
import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBadRequestProblem } from '../http/api-problem.decorators';
import {
  MarkReadDto,
  MarkReadView,
  NotificationListQuery,
  NotificationPageDoc,
  NotificationPreferencesDto,
} from './dto/notification.dto';

/**
 * Workflow notifications: submissions to the coordinators of the country's processes, returns,
 * validations and reopenings to the country's focal points. Each user sees and marks only their
 * own, and chooses how email tells them of each kind.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me')
export class NotificationsController {
  constructor(private readonly inbox: NotificationInbox) {}

  @Get('notifications')
  @ApiOperation({ summary: 'Your notifications, newest first, with how many are unread' })
  @ApiOkResponse({ type: NotificationPageDoc })
  @ApiBadRequestProblem()
  list(
    @CurrentActor() actor: Actor,
    @Query() query: NotificationListQuery,
  ): Promise<NotificationPageView> {
    return this.inbox.list(actor.id, {
      unreadOnly: query.unread ?? false,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  @Post('notifications/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark some of your notifications read (ids), or all of them' })
  @ApiOkResponse({ type: MarkReadView })
  @ApiBadRequestProblem()
  markRead(@CurrentActor() actor: Actor, @Body() body: MarkReadDto): Promise<MarkReadView> {
    return this.inbox.markRead(actor.id, body.all ? 'all' : body.ids!);
  }

  @Get('notification-preferences')
  @ApiOperation({ summary: 'How email tells you of each kind of workflow event' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  preferences(@CurrentActor() actor: Actor): Promise<NotificationPreferences> {
    return this.inbox.preferences(actor.id);
  }

  @Put('notification-preferences')
  @ApiOperation({ summary: 'Choose, for every kind, immediately, in the digest, or off' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiBadRequestProblem()
  setPreferences(
    @CurrentActor() actor: Actor,
    @Body() body: NotificationPreferencesDto,
  ): Promise<NotificationPreferences> {
    return this.inbox.setPreferences(actor.id, body);
  }
}
