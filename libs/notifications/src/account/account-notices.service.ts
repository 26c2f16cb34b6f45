import { issueRequestedResetLink, linkToken } from '@app/auth';
import { AppConfig } from '@app/config';
import type { AccountNotice } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryOutcome, EmailDeliveries } from '../delivery/email-deliveries.service';
import { RecipientRow, recipientOf } from '../delivery/recipient.queries';
import type { RenderedEmail } from '../render/digest-email';
import {
  renderAccountLink,
  renderPasswordChanged,
  renderTwoFactorReset,
} from '../render/account-link-email';
import { renderSignInFailures } from '../render/account-notice-email';
import { linkIsPending } from './account-link.queries';

/** The page of the web app each link opens; the token travels in the URL fragment. */
const LINK_PAGES = { invitation: 'invitation', password_reset: 'reset-password' } as const;

/**
 * Emails about an account to its owner, whatever their digest settings: each goes out once, under
 * the key the API gave it when it raised the notice.
 */
@Injectable()
export class AccountNotices {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: EmailDeliveries,
    private readonly config: AppConfig,
  ) {}

  async send(raised: AccountNotice): Promise<DeliveryOutcome | 'nothing'> {
    const notice = await this.resolve(raised);
    if (!notice) return 'nothing';
    const user = await recipientOf(this.dataSource.manager, notice.userId);
    if (!user?.active) return 'nothing';
    const email = await this.render(notice, user);
    if (!email) return 'nothing';
    return this.deliveries.deliver({
      key: notice.key,
      kind: notice.kind,
      userId: user.id,
      to: user.email,
      window: notice.key.slice(notice.key.lastIndexOf(':') + 1),
      ...email.rendered,
      content: email.content,
    });
  }

  /** A reset request becomes a reset email when its email names an active account. */
  private async resolve(
    notice: AccountNotice,
  ): Promise<Exclude<AccountNotice, { kind: 'password_reset_request' }> | null> {
    if (notice.kind !== 'password_reset_request') return notice;
    const userId = await issueRequestedResetLink(
      this.dataSource.manager,
      this.config.auth.jwtSecret,
      notice,
    );
    if (!userId) return null;
    const { key, linkId, expiresAt } = notice;
    return { kind: 'password_reset', userId, key, linkId, expiresAt };
  }

  /** The email, and what its delivery record keeps (never a link's token); null: nothing to send. */
  private async render(
    notice: Exclude<AccountNotice, { kind: 'password_reset_request' }>,
    user: RecipientRow,
  ): Promise<{ rendered: RenderedEmail; content: Record<string, unknown> } | null> {
    const appUrl = this.config.appBaseUrl;
    switch (notice.kind) {
      case 'sign_in_failures':
        return {
          rendered: renderSignInFailures({
            locale: user.locale,
            recipientName: user.name,
            failures: notice.failures,
            appUrl,
          }),
          content: { failures: notice.failures },
        };
      case 'invitation':
      case 'password_reset': {
        // A link revoked or used since (re-sent, deactivated) is not worth an email.
        if (!(await linkIsPending(this.dataSource.manager, notice.linkId))) return null;
        const token = linkToken(this.config.auth.jwtSecret, notice.linkId);
        const rendered = renderAccountLink({
          kind: notice.kind,
          locale: user.locale,
          timeZone: user.timeZone,
          recipientName: user.name,
          url: `${appUrl}/${LINK_PAGES[notice.kind]}#token=${token}`,
          expiresAt: new Date(notice.expiresAt),
        });
        return { rendered, content: { expiresAt: notice.expiresAt } };
      }
      case 'password_changed':
        return {
          rendered: renderPasswordChanged({
            locale: user.locale,
            recipientName: user.name,
            appUrl,
          }),
          content: {},
        };
      case 'two_factor_reset':
        return {
          rendered: renderTwoFactorReset({
            locale: user.locale,
            recipientName: user.name,
            appUrl,
          }),
          content: {},
        };
    }
  }
}
