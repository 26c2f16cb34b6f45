import type { AuditContext } from '@app/audit';
import { RefreshView, Sessions } from '@app/auth';
import { AppConfig } from '@app/config';
import { Controller, Headers, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../http/access/decorators';
import {
  clearRefreshCookie,
  REFRESH_COOKIE,
  refreshCookieOf,
  setRefreshCookie,
} from '../http/access/refresh-cookie';
import { RateLimited } from '../http/rate-limits';
import { AnonymousContext } from '../http/request-context';

/** The two routes that take the refresh cookie; every other route ignores it (no CSRF). */
@ApiTags('auth')
@ApiCookieAuth(REFRESH_COOKIE)
@Controller('auth')
export class SessionsController {
  constructor(
    private readonly sessions: Sessions,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @RateLimited('sign-in-requests')
  @ApiOperation({
    summary: 'A new access token for the session of the refresh cookie, which rotates',
  })
  @ApiOkResponse({ type: RefreshView })
  @ApiUnauthorizedResponse({
    description: 'No session, or it ended (idle, too old, signed out, or its token was reused)',
  })
  async refresh(
    @Req() request: FastifyRequest,
    @AnonymousContext() context: Omit<AuditContext, 'id' | 'email'>,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RefreshView> {
    try {
      const refreshed = await this.sessions.refresh(refreshCookieOf(request), {
        ...context,
        userAgent,
      });
      setRefreshCookie(reply, this.config, refreshed.refreshToken);
      return refreshed.view;
    } catch (error) {
      clearRefreshCookie(reply, this.config);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the session of the refresh cookie ends' })
  @ApiNoContentResponse({ description: 'Signed out (also when there was no session)' })
  async logout(
    @Req() request: FastifyRequest,
    @AnonymousContext() context: Omit<AuditContext, 'id' | 'email'>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.end(refreshCookieOf(request), context);
    clearRefreshCookie(reply, this.config);
  }
}
