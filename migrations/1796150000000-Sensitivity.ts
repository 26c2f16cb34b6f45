import { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `('public', 'regional', 'national')`;

/**
 * Who may read each field: a report's narrative and checklist notes (regional by default), each
 * evidence item (regional until the focal point makes it public), each indicator's values
 * (public). Existing rows take the design's defaults, and so does the content kept of them
 * (validated content, saved versions), so that comparing with it shows no change of level.
 */
export class Sensitivity1796150000000 implements MigrationInterface {
  name = 'Sensitivity1796150000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report" ADD "sensitivity" text NOT NULL DEFAULT 'regional', ADD CONSTRAINT "report_sensitivity_valid" CHECK ("sensitivity" IN ${LEVELS})`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_evidence" ADD "sensitivity" text NOT NULL DEFAULT 'regional', ADD CONSTRAINT "report_evidence_sensitivity_valid" CHECK ("sensitivity" IN ${LEVELS})`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_value" ADD "sensitivity" text NOT NULL DEFAULT 'public', ADD CONSTRAINT "indicator_value_sensitivity_valid" CHECK ("sensitivity" IN ${LEVELS})`,
    );
    await queryRunner.query(
      `CREATE FUNCTION pg_temp.report_with_levels(content jsonb) RETURNS jsonb LANGUAGE sql AS $$
         SELECT jsonb_set(content || '{"sensitivity": "regional"}', '{evidence}',
                          COALESCE((SELECT jsonb_agg(e || '{"sensitivity": "regional"}' ORDER BY n)
                                      FROM jsonb_array_elements(content->'evidence') WITH ORDINALITY AS x(e, n)), '[]'))
       $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION pg_temp.values_with_levels(content jsonb) RETURNS jsonb LANGUAGE sql AS $$
         SELECT COALESCE((SELECT jsonb_agg(v || '{"sensitivity": "public"}' ORDER BY n)
                            FROM jsonb_array_elements(content) WITH ORDINALITY AS x(v, n)), '[]')
       $$`,
    );
    await queryRunner.query(
      `UPDATE "report" SET "validated_content" = pg_temp.report_with_levels("validated_content") WHERE "validated_content" IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "indicator_set" SET "validated_content" = pg_temp.values_with_levels("validated_content") WHERE jsonb_typeof("validated_content") = 'array'`,
    );
    await queryRunner.query(
      `UPDATE "record_version" SET "content" = pg_temp.report_with_levels("content") WHERE "record_type" = 'report' AND jsonb_typeof("content") = 'object'`,
    );
    await queryRunner.query(
      `UPDATE "record_version" SET "content" = pg_temp.values_with_levels("content") WHERE "record_type" = 'indicator_set' AND jsonb_typeof("content") = 'array'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "record_version" SET "content" = (SELECT COALESCE(jsonb_agg(v - 'sensitivity' ORDER BY n), '[]') FROM jsonb_array_elements("content") WITH ORDINALITY AS x(v, n)) WHERE "record_type" = 'indicator_set' AND jsonb_typeof("content") = 'array'`,
    );
    await queryRunner.query(
      `UPDATE "record_version" SET "content" = jsonb_set("content" - 'sensitivity', '{evidence}', (SELECT COALESCE(jsonb_agg(e - 'sensitivity' ORDER BY n), '[]') FROM jsonb_array_elements("content"->'evidence') WITH ORDINALITY AS x(e, n))) WHERE "record_type" = 'report' AND jsonb_typeof("content") = 'object'`,
    );
    await queryRunner.query(
      `UPDATE "indicator_set" SET "validated_content" = (SELECT COALESCE(jsonb_agg(v - 'sensitivity' ORDER BY n), '[]') FROM jsonb_array_elements("validated_content") WITH ORDINALITY AS x(v, n)) WHERE jsonb_typeof("validated_content") = 'array'`,
    );
    await queryRunner.query(
      `UPDATE "report" SET "validated_content" = jsonb_set("validated_content" - 'sensitivity', '{evidence}', (SELECT COALESCE(jsonb_agg(e - 'sensitivity' ORDER BY n), '[]') FROM jsonb_array_elements("validated_content"->'evidence') WITH ORDINALITY AS x(e, n))) WHERE "validated_content" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_value" DROP CONSTRAINT "indicator_value_sensitivity_valid", DROP COLUMN "sensitivity"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_evidence" DROP CONSTRAINT "report_evidence_sensitivity_valid", DROP COLUMN "sensitivity"`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" DROP CONSTRAINT "report_sensitivity_valid", DROP COLUMN "sensitivity"`,
    );
  }
}
