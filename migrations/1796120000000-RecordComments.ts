import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on a part of a reviewed record (a checklist item, an evidence item, an indicator cell
 * or the whole record), in threads that stay open until answered, changed or resolved.
 */
export class RecordComments1796120000000 implements MigrationInterface {
  name = 'RecordComments1796120000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "record_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "record_type" text NOT NULL, "entity_id" text NOT NULL, "thread_id" uuid, "part_kind" text NOT NULL, "part_key" text, "body" text NOT NULL, "record_version" integer NOT NULL, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "resolution" text, CONSTRAINT "record_comment_type_valid" CHECK ("record_type" IN ('report', 'indicator_set')), CONSTRAINT "record_comment_part_valid" CHECK ("part_kind" IN ('record', 'checklist', 'evidence', 'indicator') AND ("part_kind" = 'record') = ("part_key" IS NULL)), CONSTRAINT "record_comment_resolution_valid" CHECK ("resolution" IN ('answered', 'changed', 'resolved') AND "thread_id" IS NULL OR "resolution" IS NULL), CONSTRAINT "record_comment_body_length" CHECK (char_length("body") BETWEEN 1 AND 2000), CONSTRAINT "record_comment_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "record_comment_record_idx" ON "record_comment" ("record_type", "entity_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "record_comment" ADD CONSTRAINT "record_comment_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "record_comment"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_comment" ADD CONSTRAINT "record_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_comment" ADD CONSTRAINT "record_comment_resolved_by_fkey" FOREIGN KEY ("resolved_by") REFERENCES "app_user"("id") ON DELETE RESTRICT`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "record_comment"`);
  }
}
