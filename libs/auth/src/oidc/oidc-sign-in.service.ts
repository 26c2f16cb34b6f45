import { AuditTrail } from '@app/audit';
import { AppConfig } from '@app/config';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
// openid-client is ESM-only: TypeScript's CommonJS output require()s it, which Node 20.19+ does
// natively (no top-level await in it or its dependencies); Jest compiles it to CommonJS (see
// transformIgnorePatterns in jest.config.js), as it does for the other ESM-only packages.
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { revokeAccountTokens } from '../account-tokens/account-token.queries';
import { AuthService, SignInOutcome } from '../auth.service';
import { Credentials, credentialsByEmail } from '../sign-in.queries';
import { SessionRequest } from '../sessions/sessions.service';
import { OIDC_FLOW_TTL_MS, openFlow, sealFlow } from './oidc-flow';

/** Why a single sign-on was refused, as the sign-in page names it. */
export type OidcRefusal = 'sso_failed' | 'sso_no_account' | 'sso_email_unverified';

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/**
 * Single sign-on with the deployment's OpenID provider: authorization code flow with PKCE (S256),
 * state and nonce. The provider vouches for the email; the account must already exist here.
 */
@Injectable()
export class OidcSignIn {
  private readonly logger = new Logger(OidcSignIn.name);
  private discovered?: Promise<oidc.Configuration>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditTrail,
    private readonly config: AppConfig,
  ) {}

  get enabled(): { displayName: string } | null {
    const settings = this.config.auth.oidc;
    return settings ? { displayName: settings.displayName } : null;
  }

  /** The provider's authorization URL, and the flow to seal into the browser's cookie. */
  async start(): Promise<{ location: string; flowCookie: string }> {
    const configuration = await this.configuration();
    const flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      expiresAt: Date.now() + OIDC_FLOW_TTL_MS,
    };
    const location = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { location: location.href, flowCookie: sealFlow(this.flowSecret, flow) };
  }

  /** The provider's answer checked (state, PKCE, ID token, nonce); the account's sign-in. */
  async complete(
    query: string,
    flowCookie: string | undefined,
    request: SessionRequest,
  ): Promise<SignInOutcome | { refused: OidcRefusal }> {
    const flow = openFlow(this.flowSecret, flowCookie);
    if (!flow) return this.refuse(request, null, 'sso_failed', 'flow_missing_or_expired');
    let email: string | undefined;
    let verified: unknown;
    try {
      const configuration = await this.configuration();
      const tokens = await oidc.authorizationCodeGrant(
        configuration,
        new URL(`${this.redirectUri}?${query}`),
        {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        },
      );
      const subject = tokens.claims()!.sub;
      // Providers put email in the ID token or only in the userinfo answer (OIDC Core 5.4).
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, subject);
      email = typeof info.email === 'string' ? info.email.trim().toLowerCase() : undefined;
      verified = info.email_verified;
    } catch (error) {
      // The library's message and code name the failed check; no token or secret is in them.
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown';
      this.logger.warn(`Single sign-on refused: ${reason}`);
      return this.refuse(request, null, 'sso_failed', 'provider_answer_rejected');
    }
    if (!email) return this.refuse(request, null, 'sso_failed', 'no_email_claim');
    if (verified !== true)
      return this.refuse(request, email, 'sso_email_unverified', 'email_unverified');
    const user = await credentialsByEmail(this.dataSource.manager, email);
    if (!user) return this.refuse(request, email, 'sso_no_account', 'unknown_email');
    if (!user.active)
      return this.refuse(request, email, 'sso_no_account', 'account_inactive', user);
    // The provider proved the mailbox, as accepting the invitation would: its link is spent.
    await this.dataSource.transaction((manager) =>
      revokeAccountTokens(manager, user.id, 'invitation'),
    );
    return this.auth.firstFactorPassed(user, request, 'oidc');
  }

  private get redirectUri(): string {
    return `${this.config.appBaseUrl}${OIDC_CALLBACK_PATH}`;
  }

  /** A key of its own for the flow cookie, so that no other token's MAC can pass for one. */
  private get flowSecret(): string {
    return `${this.config.auth.jwtSecret}:oidc-flow`;
  }

  /** The provider's metadata, read once; a failed discovery is tried again next time. */
  private configuration(): Promise<oidc.Configuration> {
    const settings = this.config.auth.oidc;
    if (!settings) throw new Error('Single sign-on is not configured');
    this.discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        oidc.ClientSecretBasic(settings.clientSecret),
        // Plain http is for a provider on a developer's machine or a test's, never production.
        settings.issuer.startsWith('http:') && this.config.env !== 'production'
          ? { execute: [oidc.allowInsecureRequests] }
          : undefined,
      )
      .then((configuration) => {
        // Check the ID token's signature with the provider's keys too, not only TLS.
        oidc.enableNonRepudiationChecks(configuration);
        return configuration;
      })
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw error;
      });
    return this.discovered;
  }

  private async refuse(
    request: SessionRequest,
    email: string | null,
    refusal: OidcRefusal,
    reason: string,
    user?: Credentials,
  ): Promise<{ refused: OidcRefusal }> {
    await this.dataSource.transaction((manager) =>
      this.audit.record(
        manager,
        { ...request, id: user?.id ?? null, email },
        {
          action: 'auth.oidc_sign_in_refused',
          entityType: 'user',
          entityId: user?.id ?? email ?? 'unknown',
          after: { reason },
        },
      ),
    );
    return { refused: refusal };
  }
}
