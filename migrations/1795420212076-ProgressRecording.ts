import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressRecording1795420212076 implements MigrationInterface {
  name = 'ProgressRecording1795420212076';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_email" text, "request_id" text, "ip" text, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_event_action_idx" ON "audit_event"  ("action") `);
    await queryRunner.query(
      `CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"  ("occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_entity_type_entity_id_id_idx" ON "audit_event"  ("entity_type", "entity_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "locale" text NOT NULL DEFAULT 'en', "active" boolean NOT NULL DEFAULT true, "token_version" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "app_user_email_key" UNIQUE ("email"), CONSTRAINT "app_user_email_normalized" CHECK ("email" = lower(btrim("email")) AND "email" LIKE '%_@_%'), CONSTRAINT "app_user_locale_valid" CHECK ("locale" IN ('en', 'es', 'fr')), CONSTRAINT "app_user_role_valid" CHECK ("role" IN ('admin', 'focal_point', 'coordinator', 'analyst')), CONSTRAINT "app_user_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_message" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "topic" text NOT NULL, "payload" jsonb NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_message_pending_idx" ON "outbox_message"  ("id") WHERE "processed_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_evidence" ("report_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "url" text, "date" date, "reference" text, CONSTRAINT "report_evidence_kind_valid" CHECK ("kind" IN ('legislation', 'regulation', 'policy', 'protocol', 'agreement', 'case_law', 'statistics', 'report', 'training', 'campaign', 'other')), CONSTRAINT "report_evidence_pkey" PRIMARY KEY ("report_id", "position"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "report" ("state" text NOT NULL DEFAULT 'draft', "version" integer NOT NULL DEFAULT '1', "review_comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "validated_at" TIMESTAMP WITH TIME ZONE, "validated_by" uuid, "validated_content" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "country_iso3" character(3) NOT NULL, "period_code" character(4) NOT NULL, "action_code" character(1) NOT NULL, "status" text NOT NULL DEFAULT 'not_started', "narrative" text NOT NULL DEFAULT '', "areas" smallint array NOT NULL, CONSTRAINT "report_country_period_action_key" UNIQUE ("country_iso3", "period_code", "action_code"), CONSTRAINT "report_version_positive" CHECK ("version" >= 1), CONSTRAINT "report_state_valid" CHECK ("state" IN ('draft', 'submitted', 'returned', 'validated')), CONSTRAINT "report_areas_valid" CHECK ("areas" <@ ARRAY[1, 2, 3, 4]::smallint[] AND cardinality("areas") BETWEEN 1 AND 4), CONSTRAINT "report_status_valid" CHECK ("status" IN ('not_started', 'planned', 'in_progress', 'partially_implemented', 'implemented', 'not_applicable')), CONSTRAINT "report_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "report_period_action_idx" ON "report"  ("period_code", "action_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "report_review_queue_idx" ON "report"  ("state", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_checklist_answer" ("report_id" uuid NOT NULL, "item_code" text NOT NULL, "answer" text NOT NULL, "note" text, CONSTRAINT "report_checklist_answer_valid" CHECK ("answer" IN ('yes', 'partial', 'no', 'unknown')), CONSTRAINT "report_checklist_answer_pkey" PRIMARY KEY ("report_id", "item_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "indicator_value" ("country_iso3" character(3) NOT NULL, "period_code" character(4) NOT NULL, "indicator_code" text NOT NULL, "sex" text NOT NULL, "age_group" text NOT NULL, "value" integer NOT NULL, CONSTRAINT "indicator_value_total_has_no_age" CHECK ("sex" <> 'all' OR "age_group" = 'all'), CONSTRAINT "indicator_value_age_valid" CHECK ("age_group" IN ('all', 'child', 'adult', 'unknown')), CONSTRAINT "indicator_value_sex_valid" CHECK ("sex" IN ('all', 'female', 'male', 'unknown')), CONSTRAINT "indicator_value_non_negative" CHECK ("value" >= 0), CONSTRAINT "indicator_value_pkey" PRIMARY KEY ("country_iso3", "period_code", "indicator_code", "sex", "age_group"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "indicator_set" ("state" text NOT NULL DEFAULT 'draft', "version" integer NOT NULL DEFAULT '1', "review_comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "validated_at" TIMESTAMP WITH TIME ZONE, "validated_by" uuid, "validated_content" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid NOT NULL, "country_iso3" character(3) NOT NULL, "period_code" character(4) NOT NULL, CONSTRAINT "indicator_set_version_positive" CHECK ("version" >= 1), CONSTRAINT "indicator_set_state_valid" CHECK ("state" IN ('draft', 'submitted', 'returned', 'validated')), CONSTRAINT "indicator_set_pkey" PRIMARY KEY ("country_iso3", "period_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "indicator_set_review_queue_idx" ON "indicator_set"  ("state", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_country" ("user_id" uuid NOT NULL, "country_iso3" character(3) NOT NULL, CONSTRAINT "user_country_pkey" PRIMARY KEY ("user_id", "country_iso3"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "user_country_user_id_idx" ON "user_country"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "user_country_country_iso3_idx" ON "user_country"  ("country_iso3") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_process" ("user_id" uuid NOT NULL, "process_code" text NOT NULL, CONSTRAINT "user_process_pkey" PRIMARY KEY ("user_id", "process_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "user_process_user_id_idx" ON "user_process"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "user_process_process_code_idx" ON "user_process"  ("process_code") `,
    );
    await queryRunner.query(
      `ALTER TABLE "report_evidence" ADD CONSTRAINT "report_evidence_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "report_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "report_updated_by_fkey" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "report_submitted_by_fkey" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "report_reviewed_by_fkey" FOREIGN KEY ("reviewed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "report_validated_by_fkey" FOREIGN KEY ("validated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "report_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "report_period_code_fkey" FOREIGN KEY ("period_code") REFERENCES "reporting_period"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "report_action_code_fkey" FOREIGN KEY ("action_code") REFERENCES "action"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_checklist_answer" ADD CONSTRAINT "report_checklist_answer_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_checklist_answer" ADD CONSTRAINT "report_checklist_answer_item_code_fkey" FOREIGN KEY ("item_code") REFERENCES "checklist_item"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_country_iso3_period_code_fkey" FOREIGN KEY ("country_iso3", "period_code") REFERENCES "indicator_set"("country_iso3","period_code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" ADD CONSTRAINT "indicator_set_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" ADD CONSTRAINT "indicator_set_updated_by_fkey" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" ADD CONSTRAINT "indicator_set_submitted_by_fkey" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" ADD CONSTRAINT "indicator_set_reviewed_by_fkey" FOREIGN KEY ("reviewed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" ADD CONSTRAINT "indicator_set_validated_by_fkey" FOREIGN KEY ("validated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" ADD CONSTRAINT "indicator_set_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" ADD CONSTRAINT "indicator_set_period_code_fkey" FOREIGN KEY ("period_code") REFERENCES "reporting_period"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_country" ADD CONSTRAINT "user_country_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_country" ADD CONSTRAINT "user_country_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_process" ADD CONSTRAINT "user_process_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_process" ADD CONSTRAINT "user_process_process_code_fkey" FOREIGN KEY ("process_code") REFERENCES "regional_process"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // The audit trail is append-only: the database itself refuses to change or delete it.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "user_process" DROP CONSTRAINT "user_process_process_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_process" DROP CONSTRAINT "user_process_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_country" DROP CONSTRAINT "user_country_country_iso3_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_country" DROP CONSTRAINT "user_country_user_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" DROP CONSTRAINT "indicator_set_period_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" DROP CONSTRAINT "indicator_set_country_iso3_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" DROP CONSTRAINT "indicator_set_validated_by_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" DROP CONSTRAINT "indicator_set_reviewed_by_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" DROP CONSTRAINT "indicator_set_submitted_by_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" DROP CONSTRAINT "indicator_set_updated_by_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_set" DROP CONSTRAINT "indicator_set_created_by_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_value" DROP CONSTRAINT "indicator_value_indicator_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_value" DROP CONSTRAINT "indicator_value_country_iso3_period_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_checklist_answer" DROP CONSTRAINT "report_checklist_answer_item_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_checklist_answer" DROP CONSTRAINT "report_checklist_answer_report_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "report_action_code_fkey"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "report_period_code_fkey"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "report_country_iso3_fkey"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "report_validated_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "report_reviewed_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "report_submitted_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "report_updated_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "report_created_by_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "report_evidence" DROP CONSTRAINT "report_evidence_report_id_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "public"."user_process_process_code_idx"`);
    await queryRunner.query(`DROP INDEX "public"."user_process_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "user_process"`);
    await queryRunner.query(`DROP INDEX "public"."user_country_country_iso3_idx"`);
    await queryRunner.query(`DROP INDEX "public"."user_country_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "user_country"`);
    await queryRunner.query(`DROP INDEX "public"."indicator_set_review_queue_idx"`);
    await queryRunner.query(`DROP TABLE "indicator_set"`);
    await queryRunner.query(`DROP TABLE "indicator_value"`);
    await queryRunner.query(`DROP TABLE "report_checklist_answer"`);
    await queryRunner.query(`DROP INDEX "public"."report_review_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."report_period_action_idx"`);
    await queryRunner.query(`DROP TABLE "report"`);
    await queryRunner.query(`DROP TABLE "report_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_message_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_type_entity_id_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_occurred_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_action_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
