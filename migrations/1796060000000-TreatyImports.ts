import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * UN Treaty Collection participant tables uploaded by administrators: what the table said
 * (the preview), the file's SHA-256 and the day it was read, and what applying it wrote. The
 * file itself is not kept: it is read once, at the upload, and the hash identifies it.
 */
export class TreatyImports1796060000000 implements MigrationInterface {
  name = 'TreatyImports1796060000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "treaty_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "treaty_code" text NOT NULL, "uploaded_by" uuid NOT NULL, "file_name" text NOT NULL, "file_type" text NOT NULL, "file_sha256" char(64) NOT NULL, "read_on" date NOT NULL, "state" text NOT NULL DEFAULT 'previewed', "preview" jsonb NOT NULL, "result" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "treaty_import_file_type_valid" CHECK ("file_type" IN ('xlsx', 'csv')), CONSTRAINT "treaty_import_state_valid" CHECK ("state" IN ('previewed', 'applied')), CONSTRAINT "treaty_import_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "treaty_import" ADD CONSTRAINT "treaty_import_treaty_code_fkey" FOREIGN KEY ("treaty_code") REFERENCES "treaty"("code") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "treaty_import" ADD CONSTRAINT "treaty_import_uploaded_by_fkey" FOREIGN KEY ("uploaded_by") REFERENCES "app_user"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "treaty_import"`);
  }
}
