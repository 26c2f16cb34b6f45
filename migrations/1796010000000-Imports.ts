import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded workbooks and CSV files: the file until it is applied or discarded, the preview the
 * worker computed from it, and the outcome of applying it.
 */
export class Imports1796010000000 implements MigrationInterface {
  name = 'Imports1796010000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "uploaded_by" uuid NOT NULL, "uploader" jsonb NOT NULL, "file_name" text NOT NULL, "file_type" text NOT NULL, "file" bytea, "state" text NOT NULL DEFAULT 'queued', "progress" integer NOT NULL DEFAULT 0, "preview" jsonb, "failure" text, "result" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "import_batch_file_type_valid" CHECK ("file_type" IN ('xlsx', 'csv')), CONSTRAINT "import_batch_state_valid" CHECK ("state" IN ('queued', 'processing', 'previewed', 'failed', 'applied', 'discarded')), CONSTRAINT "import_batch_progress_valid" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "import_batch_uploaded_by_idx" ON "import_batch" ("uploaded_by", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_uploaded_by_fkey" FOREIGN KEY ("uploaded_by") REFERENCES "app_user"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_batch"`);
  }
}
