import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'digest', 'reminder_due', 'reminder_overdue', 'reminder_review', 'sign_in_failures', 'workflow_notice', 'workflow_batch', 'invitation', 'password_reset', 'password_changed'`;

/** The notice that an admin reset an account's second factor is an email kind of its own. */
export class TwoFactorResetEmails1796130001000 implements MigrationInterface {
  name = 'TwoFactorResetEmails1796130001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "email_delivery" DROP CONSTRAINT "email_delivery_kind_valid"`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" ADD CONSTRAINT "email_delivery_kind_valid" CHECK ("kind" IN (${KINDS_BEFORE}, 'two_factor_reset'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "email_delivery" WHERE "kind" = 'two_factor_reset'`);
    await queryRunner.query(
      `ALTER TABLE "email_delivery" DROP CONSTRAINT "email_delivery_kind_valid"`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" ADD CONSTRAINT "email_delivery_kind_valid" CHECK ("kind" IN (${KINDS_BEFORE}))`,
    );
  }
}
