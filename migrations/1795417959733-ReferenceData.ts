import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferenceData1795417959733 implements MigrationInterface {
  name = 'ReferenceData1795417959733';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "source" ("id" text NOT NULL, "description" text NOT NULL, "url" text, "used_for" text NOT NULL, CONSTRAINT "source_id_format" CHECK ("id" ~ '^[A-Z][A-Za-z0-9._-]*$'), CONSTRAINT "source_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "objective" ("code" text NOT NULL, "number" smallint NOT NULL, "title" text NOT NULL, "commitment" text NOT NULL, "source_id" text NOT NULL, "source_reference" text NOT NULL, CONSTRAINT "objective_number_key" UNIQUE ("number"), CONSTRAINT "objective_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sdg_target" ("code" text NOT NULL, "goal" smallint NOT NULL, "text" text NOT NULL, CONSTRAINT "sdg_target_code_format" CHECK ("code" ~ '^[0-9]{1,2}\\.[0-9a-z]{1,2}$'), CONSTRAINT "sdg_target_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "work_plan_area" ("code" smallint NOT NULL, "plan_code" text NOT NULL, "name_en" text NOT NULL, "name_es" text NOT NULL, CONSTRAINT "work_plan_area_code_range" CHECK ("code" BETWEEN 1 AND 4), CONSTRAINT "work_plan_area_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "action" ("code" character(1) NOT NULL, "objective_code" text NOT NULL, "short_title" text NOT NULL, "text" text NOT NULL, "protocol_articles" text NOT NULL, CONSTRAINT "action_code_valid" CHECK ("code" IN ('a', 'b', 'c', 'd', 'e', 'f')), CONSTRAINT "action_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "checklist_item" ("code" text NOT NULL, "action_code" character(1) NOT NULL, "sort_order" smallint NOT NULL, "text" text NOT NULL, "protocol_reference" text NOT NULL, "area_code" smallint, "prefill" text, CONSTRAINT "checklist_item_prefill_valid" CHECK ("prefill" IN ('treaty:SOM', 'treaty:UNTOC')), CONSTRAINT "checklist_item_code_format" CHECK ("code" ~ '^[a-f][0-9]{1,2}$' AND left("code", 1) = "action_code"), CONSTRAINT "checklist_item_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "checklist_item_action_code_idx" ON "checklist_item"  ("action_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "country" ("iso3" character(3) NOT NULL, "iso2" character(2) NOT NULL, "m49" character(3) NOT NULL, "name" text NOT NULL, "unterm_short_name" text, "un_member" boolean NOT NULL, "un_member_basis" text NOT NULL, "region" text, "region_code" character(3), "subregion" text, "subregion_code" character(3), "intermediate_region" text, "intermediate_region_code" character(3), "ldc" boolean NOT NULL DEFAULT false, "lldc" boolean NOT NULL DEFAULT false, "sids" boolean NOT NULL DEFAULT false, CONSTRAINT "country_iso2_key" UNIQUE ("iso2"), CONSTRAINT "country_m49_key" UNIQUE ("m49"), CONSTRAINT "country_region_pair" CHECK (("region" IS NULL) = ("region_code" IS NULL)), CONSTRAINT "country_m49_format" CHECK ("m49" ~ '^[0-9]{3}$'), CONSTRAINT "country_iso2_format" CHECK ("iso2" ~ '^[A-Z]{2}$'), CONSTRAINT "country_iso3_format" CHECK ("iso3" ~ '^[A-Z]{3}$'), CONSTRAINT "country_pkey" PRIMARY KEY ("iso3"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "country_region_code_idx" ON "country"  ("region_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "indicator" ("code" text NOT NULL, "sort_order" smallint NOT NULL, "name" text NOT NULL, "disaggregation" text NOT NULL, "action_code" character(1) NOT NULL, "area_code" smallint NOT NULL, "sdg_indicator" text, CONSTRAINT "indicator_disaggregation_valid" CHECK ("disaggregation" IN ('none', 'sex', 'sex_age')), CONSTRAINT "indicator_code_format" CHECK ("code" ~ '^[A-Z][A-Z0-9_]{2,63}$'), CONSTRAINT "indicator_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "treaty" ("code" text NOT NULL, "name" text NOT NULL, "untc_reference" text NOT NULL, "entry_into_force_on" date, "complete_as_of" date NOT NULL, "complete_source_id" text NOT NULL, "gap" text NOT NULL, CONSTRAINT "treaty_untc_reference_key" UNIQUE ("untc_reference"), CONSTRAINT "treaty_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reference_figure" ("id" text NOT NULL, "topic" text NOT NULL, "figure" text NOT NULL, "value" text NOT NULL, "unit" text NOT NULL, "reference_date" text NOT NULL, "treaty_code" text, "source_id" text NOT NULL, "note" text, CONSTRAINT "reference_figure_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "reference_figure_treaty_code_idx" ON "reference_figure"  ("treaty_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "regional_process" ("code" text NOT NULL, "name" text NOT NULL, "sort_order" smallint NOT NULL, "working_languages" text array NOT NULL DEFAULT '{}', "members_figure_id" text, CONSTRAINT "regional_process_name_key" UNIQUE ("name"), CONSTRAINT "regional_process_code_format" CHECK ("code" ~ '^[A-Z][A-Z0-9-]{1,15}$'), CONSTRAINT "regional_process_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "process_membership" ("process_code" text NOT NULL, "country_iso3" character(3) NOT NULL, "role" text NOT NULL, "role_in_source" text NOT NULL, "name_in_source" text NOT NULL, "source_id" text NOT NULL, "source_date" text NOT NULL, "note" text, CONSTRAINT "process_membership_role_valid" CHECK ("role" IN ('member', 'observer', 'unspecified')), CONSTRAINT "process_membership_pkey" PRIMARY KEY ("process_code", "country_iso3"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "process_membership_country_iso3_idx" ON "process_membership"  ("country_iso3") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reporting_period" ("code" character(4) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "due_on" date NOT NULL, "state" text NOT NULL DEFAULT 'open', CONSTRAINT "reporting_period_state_valid" CHECK ("state" IN ('open', 'closed')), CONSTRAINT "reporting_period_dates_ordered" CHECK ("starts_on" <= "ends_on" AND "ends_on" < "due_on"), CONSTRAINT "reporting_period_code_format" CHECK ("code" ~ '^[0-9]{4}$'), CONSTRAINT "reporting_period_pkey" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "treaty_participation" ("treaty_code" text NOT NULL, "participant" text NOT NULL, "country_iso3" character(3), "participant_name" text NOT NULL, "status" text NOT NULL, "signature_date" date, "consent_date" date, "consent_kind" text, "untc_action_code" text, "source_ids" text array NOT NULL, "status_as_of" text NOT NULL, "note" text, "origin" text NOT NULL DEFAULT 'seed', CONSTRAINT "treaty_participation_sources_present" CHECK (cardinality("source_ids") > 0), CONSTRAINT "treaty_participation_participant_is_country" CHECK ("country_iso3" IS NULL OR "participant" = "country_iso3"), CONSTRAINT "treaty_participation_signatory_has_signature" CHECK ("status" <> 'signatory' OR ("signature_date" IS NOT NULL AND "consent_date" IS NULL)), CONSTRAINT "treaty_participation_origin_valid" CHECK ("origin" IN ('seed', 'untc_import')), CONSTRAINT "treaty_participation_untc_code_valid" CHECK ("untc_action_code" IN ('a', 'A', 'AA', 'd')), CONSTRAINT "treaty_participation_consent_kind_valid" CHECK ("consent_kind" IN ('ratification', 'accession', 'acceptance', 'approval', 'succession')), CONSTRAINT "treaty_participation_status_valid" CHECK ("status" IN ('party', 'signatory', 'unconfirmed')), CONSTRAINT "treaty_participation_pkey" PRIMARY KEY ("treaty_code", "participant"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "treaty_participation_country_iso3_idx" ON "treaty_participation"  ("country_iso3") `,
    );
    await queryRunner.query(
      `CREATE TABLE "action_area" ("action_code" character(1) NOT NULL, "area_code" smallint NOT NULL, CONSTRAINT "action_area_pkey" PRIMARY KEY ("action_code", "area_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "action_area_action_code_idx" ON "action_area"  ("action_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "action_area_area_code_idx" ON "action_area"  ("area_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "action_sdg_target" ("action_code" character(1) NOT NULL, "sdg_target_code" text NOT NULL, CONSTRAINT "action_sdg_target_pkey" PRIMARY KEY ("action_code", "sdg_target_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "action_sdg_target_action_code_idx" ON "action_sdg_target"  ("action_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "action_sdg_target_sdg_target_code_idx" ON "action_sdg_target"  ("sdg_target_code") `,
    );
    await queryRunner.query(
      `ALTER TABLE "objective" ADD CONSTRAINT "objective_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "action_objective_code_fkey" FOREIGN KEY ("objective_code") REFERENCES "objective"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist_item" ADD CONSTRAINT "checklist_item_action_code_fkey" FOREIGN KEY ("action_code") REFERENCES "action"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist_item" ADD CONSTRAINT "checklist_item_area_code_fkey" FOREIGN KEY ("area_code") REFERENCES "work_plan_area"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator" ADD CONSTRAINT "indicator_action_code_fkey" FOREIGN KEY ("action_code") REFERENCES "action"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator" ADD CONSTRAINT "indicator_area_code_fkey" FOREIGN KEY ("area_code") REFERENCES "work_plan_area"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "treaty" ADD CONSTRAINT "treaty_complete_source_id_fkey" FOREIGN KEY ("complete_source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reference_figure" ADD CONSTRAINT "reference_figure_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reference_figure" ADD CONSTRAINT "reference_figure_treaty_code_fkey" FOREIGN KEY ("treaty_code") REFERENCES "treaty"("code") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_process" ADD CONSTRAINT "regional_process_members_figure_id_fkey" FOREIGN KEY ("members_figure_id") REFERENCES "reference_figure"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_membership" ADD CONSTRAINT "process_membership_process_code_fkey" FOREIGN KEY ("process_code") REFERENCES "regional_process"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_membership" ADD CONSTRAINT "process_membership_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_membership" ADD CONSTRAINT "process_membership_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "treaty_participation" ADD CONSTRAINT "treaty_participation_treaty_code_fkey" FOREIGN KEY ("treaty_code") REFERENCES "treaty"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "treaty_participation" ADD CONSTRAINT "treaty_participation_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "country"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_area" ADD CONSTRAINT "action_area_action_code_fkey" FOREIGN KEY ("action_code") REFERENCES "action"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_area" ADD CONSTRAINT "action_area_area_code_fkey" FOREIGN KEY ("area_code") REFERENCES "work_plan_area"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_sdg_target" ADD CONSTRAINT "action_sdg_target_action_code_fkey" FOREIGN KEY ("action_code") REFERENCES "action"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_sdg_target" ADD CONSTRAINT "action_sdg_target_sdg_target_code_fkey" FOREIGN KEY ("sdg_target_code") REFERENCES "sdg_target"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "action_sdg_target" DROP CONSTRAINT "action_sdg_target_sdg_target_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_sdg_target" DROP CONSTRAINT "action_sdg_target_action_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_area" DROP CONSTRAINT "action_area_area_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_area" DROP CONSTRAINT "action_area_action_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "treaty_participation" DROP CONSTRAINT "treaty_participation_country_iso3_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "treaty_participation" DROP CONSTRAINT "treaty_participation_treaty_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_membership" DROP CONSTRAINT "process_membership_source_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_membership" DROP CONSTRAINT "process_membership_country_iso3_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "process_membership" DROP CONSTRAINT "process_membership_process_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_process" DROP CONSTRAINT "regional_process_members_figure_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reference_figure" DROP CONSTRAINT "reference_figure_treaty_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reference_figure" DROP CONSTRAINT "reference_figure_source_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "treaty" DROP CONSTRAINT "treaty_complete_source_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "indicator_area_code_fkey"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "indicator_action_code_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "checklist_item" DROP CONSTRAINT "checklist_item_area_code_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist_item" DROP CONSTRAINT "checklist_item_action_code_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "action_objective_code_fkey"`);
    await queryRunner.query(`ALTER TABLE "objective" DROP CONSTRAINT "objective_source_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."action_sdg_target_sdg_target_code_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_sdg_target_action_code_idx"`);
    await queryRunner.query(`DROP TABLE "action_sdg_target"`);
    await queryRunner.query(`DROP INDEX "public"."action_area_area_code_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_area_action_code_idx"`);
    await queryRunner.query(`DROP TABLE "action_area"`);
    await queryRunner.query(`DROP INDEX "public"."treaty_participation_country_iso3_idx"`);
    await queryRunner.query(`DROP TABLE "treaty_participation"`);
    await queryRunner.query(`DROP TABLE "reporting_period"`);
    await queryRunner.query(`DROP INDEX "public"."process_membership_country_iso3_idx"`);
    await queryRunner.query(`DROP TABLE "process_membership"`);
    await queryRunner.query(`DROP TABLE "regional_process"`);
    await queryRunner.query(`DROP INDEX "public"."reference_figure_treaty_code_idx"`);
    await queryRunner.query(`DROP TABLE "reference_figure"`);
    await queryRunner.query(`DROP TABLE "treaty"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
    await queryRunner.query(`DROP INDEX "public"."country_region_code_idx"`);
    await queryRunner.query(`DROP TABLE "country"`);
    await queryRunner.query(`DROP INDEX "public"."checklist_item_action_code_idx"`);
    await queryRunner.query(`DROP TABLE "checklist_item"`);
    await queryRunner.query(`DROP TABLE "action"`);
    await queryRunner.query(`DROP TABLE "work_plan_area"`);
    await queryRunner.query(`DROP TABLE "sdg_target"`);
    await queryRunner.query(`DROP TABLE "objective"`);
    await queryRunner.query(`DROP TABLE "source"`);
  }
}
