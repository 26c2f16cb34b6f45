import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegionalSummaries1795420748645 implements MigrationInterface {
  name = 'RegionalSummaries1795420748645';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "summary_snapshot" ("process_code" text NOT NULL, "period_code" character(4) NOT NULL, "data" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "newest_change_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "summary_snapshot_pkey" PRIMARY KEY ("process_code", "period_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "summary_snapshot" ADD CONSTRAINT "summary_snapshot_process_code_fkey" FOREIGN KEY ("process_code") REFERENCES "regional_process"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "summary_snapshot" ADD CONSTRAINT "summary_snapshot_period_code_fkey" FOREIGN KEY ("period_code") REFERENCES "reporting_period"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "summary_snapshot" DROP CONSTRAINT "summary_snapshot_period_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "summary_snapshot" DROP CONSTRAINT "summary_snapshot_process_code_fkey"`,
    );
    await queryRunner.query(`DROP TABLE "summary_snapshot"`);
  }
}
