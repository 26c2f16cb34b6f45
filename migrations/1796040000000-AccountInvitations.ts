import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'digest', 'reminder_due', 'reminder_overdue', 'reminder_review', 'sign_in_failures', 'workflow_notice', 'workflow_batch'`;

/** Invited accounts (no password yet) and the single-use links emailed to account owners. */
export class AccountInvitations1796040000000 implements MigrationInterface {
  name = 'AccountInvitations1796040000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "account_token" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_token_purpose_valid" CHECK ("purpose" IN ('invitation', 'password_reset')), CONSTRAINT "account_token_token_hash_key" UNIQUE ("token_hash"), CONSTRAINT "account_token_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "account_token_pending_idx" ON "account_token" ("user_id", "purpose") WHERE "used_at" IS NULL AND "revoked_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_token" ADD CONSTRAINT "account_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" DROP CONSTRAINT "email_delivery_kind_valid"`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" ADD CONSTRAINT "email_delivery_kind_valid" CHECK ("kind" IN (${KINDS_BEFORE}, 'invitation', 'password_reset', 'password_changed'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "email_delivery" WHERE "kind" IN ('invitation', 'password_reset', 'password_changed')`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" DROP CONSTRAINT "email_delivery_kind_valid"`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" ADD CONSTRAINT "email_delivery_kind_valid" CHECK ("kind" IN (${KINDS_BEFORE}))`,
    );
    await queryRunner.query(`DROP TABLE "account_token"`);
    // Invited accounts have no password to keep: they go with their invitations.
    await queryRunner.query(`DELETE FROM "app_user" WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
  }
}
