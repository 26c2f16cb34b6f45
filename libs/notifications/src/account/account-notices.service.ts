import { AppConfig } from '@app/config';
import type { AccountNotice } from '@app/queue';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryOutcome, EmailDeliveries } from '../delivery/email-deliveries.service';
import { recipientOf } from '../delivery/recipient.queries';
import { renderSignInFailures } from '../render/account-notice-email';

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

  async send(notice: AccountNotice): Promise<DeliveryOutcome | 'nothing'> {
    const user = await recipientOf(this.dataSource.manager, notice.userId);
    if (!user?.active) return 'nothing';
    const rendered = renderSignInFailures({
      locale: user.locale,
      recipientName: user.name,
      failures: notice.failures,
      appUrl: this.config.appBaseUrl,
    });
    return this.deliveries.deliver({
      key: notice.key,
      kind: notice.kind,
      userId: user.id,
      to: user.email,
      window: notice.key.slice(notice.key.lastIndexOf(':') + 1),
      ...rendered,
      content: { failures: notice.failures },
    });
  }
}
