import { MigrationInterface, QueryRunner } from 'typeorm';

/** Workflow notifications: the in-app list, each user's email choices, and their two emails. */

export class WorkflowNotifications1795968088147 implements MigrationInterface {
  name = 'WorkflowNotifications1795968088147';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "event_key" text NOT NULL, "record_type" text NOT NULL, "country" character(3) NOT NULL, "period" text NOT NULL, "action" text, "actor_id" uuid, "comment" text, "email" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_event_user_key" UNIQUE ("event_key", "user_id"), CONSTRAINT "notification_record_type_valid" CHECK ("record_type" IN ('report', 'indicator_set')), CONSTRAINT "notification_email_valid" CHECK ("email" IN ('immediately', 'digest', 'off')), CONSTRAINT "notification_kind_valid" CHECK ("kind" IN ('record_submitted', 'record_resubmitted', 'record_returned', 'record_validated', 'record_reopened')), CONSTRAINT "notification_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_unread_idx" ON "notification"  ("user_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_user_idx" ON "notification"  ("user_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" text NOT NULL, "delivery" text NOT NULL, CONSTRAINT "notification_preference_delivery_valid" CHECK ("delivery" IN ('immediately', 'digest', 'off')), CONSTRAINT "notification_preference_kind_valid" CHECK ("kind" IN ('record_submitted', 'record_resubmitted', 'record_returned', 'record_validated', 'record_reopened')), CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" DROP CONSTRAINT "email_delivery_kind_valid"`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" ADD CONSTRAINT "email_delivery_kind_valid" CHECK ("kind" IN ('digest', 'reminder_due', 'reminder_overdue', 'reminder_review', 'sign_in_failures', 'workflow_notice', 'workflow_batch'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "email_delivery" WHERE "kind" IN ('workflow_notice', 'workflow_batch')`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" DROP CONSTRAINT "email_delivery_kind_valid"`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_delivery" ADD CONSTRAINT "email_delivery_kind_valid" CHECK ("kind" IN ('digest', 'reminder_due', 'reminder_overdue', 'reminder_review', 'sign_in_failures'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" DROP CONSTRAINT "notification_preference_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "notification_actor_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "notification_user_id_fkey"`,
    );
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."notification_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
