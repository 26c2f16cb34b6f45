import { MigrationInterface, QueryRunner } from 'typeorm';

/** Emails about an account to its owner: the warning of repeated failed sign-ins. */
export class AccountNotices1795963148024 implements MigrationInterface {
  name = 'AccountNotices1795963148024';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "email_delivery" DROP CONSTRAINT "email_delivery_kind_valid"`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" ADD CONSTRAINT "email_delivery_kind_valid" CHECK ("kind" IN ('digest', 'reminder_due', 'reminder_overdue', 'reminder_review', 'sign_in_failures'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "email_delivery" WHERE "kind" = 'sign_in_failures'`);
    await queryRunner.query(
      `ALTER TABLE "email_delivery" DROP CONSTRAINT "email_delivery_kind_valid"`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" ADD CONSTRAINT "email_delivery_kind_valid" CHECK ("kind" IN ('digest', 'reminder_due', 'reminder_overdue', 'reminder_review'))`,
    );
  }
}
