import { MigrationInterface, QueryRunner } from 'typeorm';

/** Published, citable snapshots of the public view of regional summaries. */
export class Publications1796000000000 implements MigrationInterface {
  name = 'Publications1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "process_code" text NOT NULL, "period_code" character(4) NOT NULL, "version" integer NOT NULL, "note" text NOT NULL, "content" jsonb NOT NULL, "content_hash" character(64) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by" uuid NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawal_reason" text, CONSTRAINT "publication_version_key" UNIQUE ("process_code", "period_code", "version"), CONSTRAINT "publication_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "publication" ADD CONSTRAINT "publication_process_code_fkey" FOREIGN KEY ("process_code") REFERENCES "regional_process"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "publication" ADD CONSTRAINT "publication_period_code_fkey" FOREIGN KEY ("period_code") REFERENCES "reporting_period"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "publication" DROP CONSTRAINT "publication_period_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "publication" DROP CONSTRAINT "publication_process_code_fkey"`,
    );
    await queryRunner.query(`DROP TABLE "publication"`);
  }
}
