import { MigrationInterface, QueryRunner } from 'typeorm';

/** A second factor per account: its TOTP secret, the last step used, hashed recovery codes. */
export class TwoFactor1796040002000 implements MigrationInterface {
  name = 'TwoFactor1796040002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "two_factor_secret" text, ADD "two_factor_enabled" boolean NOT NULL DEFAULT false, ADD "two_factor_last_step" bigint, ADD "two_factor_recovery" text array NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "app_user" DROP COLUMN "two_factor_recovery", DROP COLUMN "two_factor_last_step", DROP COLUMN "two_factor_enabled", DROP COLUMN "two_factor_secret"`,
    );
  }
}
