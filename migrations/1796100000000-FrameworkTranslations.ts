import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The framework's texts in Spanish and French, each official (with its source) or a working
 * translation. The Work Plan areas' Spanish names move here from their own column, so that
 * every translated text is in one place.
 */
export class FrameworkTranslations1796100000000 implements MigrationInterface {
  name = 'FrameworkTranslations1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "framework_translation" ("subject" text NOT NULL, "code" text NOT NULL, "field" text NOT NULL, "locale" text NOT NULL, "text" text NOT NULL, "translation" text NOT NULL, "source_id" text, CONSTRAINT "framework_translation_subject_valid" CHECK ("subject" IN ('objective', 'action', 'work_plan_area', 'sdg_target', 'checklist_item', 'indicator')), CONSTRAINT "framework_translation_locale_valid" CHECK ("locale" IN ('es', 'fr')), CONSTRAINT "framework_translation_kind_valid" CHECK ("translation" IN ('official', 'working')), CONSTRAINT "framework_translation_official_has_source" CHECK ("translation" = 'working' OR "source_id" IS NOT NULL), CONSTRAINT "framework_translation_pkey" PRIMARY KEY ("subject", "code", "field", "locale"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_translation" ADD CONSTRAINT "framework_translation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The plan's Spanish names are official; their source is the plan the areas were seeded from.
    await queryRunner.query(
      `INSERT INTO "framework_translation" ("subject", "code", "field", "locale", "text", "translation", "source_id")
       SELECT 'work_plan_area', w."code"::text, 'name', 'es', w."name_es", 'official', o."id"
         FROM "work_plan_area" w JOIN "source" o ON o."id" = 'RCM-WP-2019-2025'`,
    );
    await queryRunner.query(`ALTER TABLE "work_plan_area" DROP COLUMN "name_es"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "work_plan_area" ADD "name_es" text`);
    await queryRunner.query(
      `UPDATE "work_plan_area" w SET "name_es" = COALESCE(
         (SELECT t."text" FROM "framework_translation" t
           WHERE t."subject" = 'work_plan_area' AND t."code" = w."code"::text AND t."field" = 'name' AND t."locale" = 'es'),
         w."name_en")`,
    );
    await queryRunner.query(`ALTER TABLE "work_plan_area" ALTER COLUMN "name_es" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "framework_translation"`);
  }
}
