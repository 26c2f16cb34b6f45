import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795476595754 implements MigrationInterface {
  name = 'Notifications1795476595754';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_delivery" ("id" BIGSERIAL NOT NULL, "idempotency_key" text NOT NULL, "kind" text NOT NULL, "user_id" uuid, "recipient" text NOT NULL, "subject" text NOT NULL, "window" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "lease_until" TIMESTAMP WITH TIME ZONE, "message_id" text, "content" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "email_delivery_idempotency_key_key" UNIQUE ("idempotency_key"), CONSTRAINT "email_delivery_status_valid" CHECK ("status" IN ('pending', 'sending', 'sent', 'failed')), CONSTRAINT "email_delivery_kind_valid" CHECK ("kind" IN ('digest', 'reminder_due', 'reminder_overdue', 'reminder_review')), CONSTRAINT "email_delivery_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "email_delivery_created_at_idx" ON "email_delivery"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "email_delivery_user_kind_idx" ON "email_delivery"  ("user_id", "kind", "sent_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "process_code" text NOT NULL, "frequency" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "subscription_user_process_key" UNIQUE ("user_id", "process_code"), CONSTRAINT "subscription_frequency_valid" CHECK ("frequency" IN ('weekly', 'monthly')), CONSTRAINT "subscription_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD "time_zone" text NOT NULL DEFAULT 'UTC'`);
    await queryRunner.query(
      `ALTER TABLE "email_delivery" ADD CONSTRAINT "email_delivery_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subscription" ADD CONSTRAINT "subscription_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subscription" ADD CONSTRAINT "subscription_process_code_fkey" FOREIGN KEY ("process_code") REFERENCES "regional_process"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "subscription" DROP CONSTRAINT "subscription_process_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subscription" DROP CONSTRAINT "subscription_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" DROP CONSTRAINT "email_delivery_user_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "time_zone"`);
    await queryRunner.query(`DROP TABLE "subscription"`);
    await queryRunner.query(`DROP INDEX "public"."email_delivery_user_kind_idx"`);
    await queryRunner.query(`DROP INDEX "public"."email_delivery_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "email_delivery"`);
  }
}
