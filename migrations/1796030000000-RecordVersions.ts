import { MigrationInterface, QueryRunner } from 'typeorm';

/** The content of each saved version of a reviewed record, so patches merge against their base. */
export class RecordVersions1796030000000 implements MigrationInterface {
  name = 'RecordVersions1796030000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "record_version" ("record_type" text NOT NULL, "entity_id" text NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "record_version_type_valid" CHECK ("record_type" IN ('report', 'indicator_set')), CONSTRAINT "record_version_pkey" PRIMARY KEY ("record_type", "entity_id", "version"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "record_version"`);
  }
}
