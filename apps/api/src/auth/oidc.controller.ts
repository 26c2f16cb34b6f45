import type { AuditContext } from '@app/audit';
import { OIDC_FLOW_TTL_MS, OidcSignIn } from '@app/auth';
import { AppConfig } from '@app/config';
import { NotFound } from '@app/problems';
import { Controller, Get, Headers, Req, Res } from '@nestjs/common';
import {
  ApiFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../http/access/decorators';
import { setRefreshCookie } from '../http/access/refresh-cookie';
import { apiPath } from '../http/api-prefix';
import { RateLimited } from '../http/rate-limits';
import { AnonymousContext } from '../http/request-context';

/** The sealed PKCE verifier, state and nonce: sent back only to the callback. */
const FLOW_COOKIE = 'gcm9_oidc_flow';
const FLOW_VALUE = /^[A-Za-z0-9_-]{1,2000}\.[A-Za-z0-9_-]{43}$/;

export class SingleSignOnView {
  @ApiProperty({ example: true, description: 'Whether this deployment offers single sign-on' })
  enabled!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Ministry of the Interior',
    description: 'The identity provider’s name for the sign-in button; null without one',
  })
  displayName!: string | null;
}

@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcSignIn,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether single sign-on is offered, and by which provider' })
  @ApiOkResponse({ type: SingleSignOnView })
  status(): SingleSignOnView {
    const enabled = this.oidc.enabled;
    return { enabled: enabled !== null, displayName: enabled?.displayName ?? null };
  }

  @Public()
  @Get('start')
  @RateLimited('sign-in-requests')
  @ApiOperation({ summary: 'Single sign-on: to the identity provider (PKCE, state and nonce)' })
  @ApiFoundResponse({ description: 'To the provider’s authorization endpoint' })
  async start(@Res() reply: FastifyReply): Promise<void> {
    if (!this.oidc.enabled) throw new NotFound('Single sign-on is not configured here.');
    const { location, flowCookie } = await this.oidc.start();
    reply.header('set-cookie', this.flowCookie(flowCookie, OIDC_FLOW_TTL_MS / 1000));
    reply.redirect(location, 302);
  }

  @Public()
  @Get('callback')
  @RateLimited('sign-in-requests')
  @ApiOperation({
    summary:
      'Single sign-on: the provider’s answer. Signed in, to the web app’s sign-in page with #sso=signed-in (it refreshes for its access token); refused, to the sign-in page with ?sso=<reason>; with two-factor on, to the sign-in page with the challenge in the fragment',
  })
  @ApiFoundResponse({ description: 'To the web app' })
  async callback(
    @Req() request: FastifyRequest,
    @AnonymousContext() context: Omit<AuditContext, 'id' | 'email'>,
    @Headers('user-agent') userAgent: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!this.oidc.enabled) throw new NotFound('Single sign-on is not configured here.');
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    const outcome = await this.oidc.complete(query, this.flowCookieOf(request), {
      ...context,
      userAgent,
    });
    // Spent either way: a callback is answered once.
    const cookies = [this.flowCookie('', 0)];
    let target: string;
    if ('refused' in outcome) target = `${this.config.appBaseUrl}/sign-in?sso=${outcome.refused}`;
    else if ('challenge' in outcome)
      target = `${this.config.appBaseUrl}/sign-in#challenge=${outcome.challenge.challengeToken}`;
    else {
      setRefreshCookie(reply, this.config, outcome.refreshToken);
      cookies.push(String(reply.getHeader('set-cookie')));
      // The page takes the access token with a refresh, as a reload of the app would.
      target = `${this.config.appBaseUrl}/sign-in#sso=signed-in`;
    }
    reply.header('set-cookie', cookies);
    reply.redirect(target, 302);
  }

  /**
   * Lax, not Strict: the provider's redirect back is a cross-site navigation, and Strict would
   * keep the cookie from it. Only the callback path ever receives it.
   */
  private flowCookie(value: string, maxAgeSeconds: number): string {
    const attributes = [
      `${FLOW_COOKIE}=${value}`,
      `Path=${apiPath('auth', 'oidc', 'callback')}`,
      `Max-Age=${maxAgeSeconds}`,
      'HttpOnly',
      'SameSite=Lax',
    ];
    if (this.config.env !== 'development') attributes.push('Secure');
    return attributes.join('; ');
  }

  private flowCookieOf(request: FastifyRequest): string | undefined {
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === FLOW_COOKIE && FLOW_VALUE.test(value.join('='))) return value.join('=');
    }
    return undefined;
  }
}
