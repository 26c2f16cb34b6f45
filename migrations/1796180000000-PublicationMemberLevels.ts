import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each member's implementation level as a publication froze it. Versions published before have
 * none (null): their content and hash stay as they were.
 */
export class PublicationMemberLevels1796180000000 implements MigrationInterface {
  name = 'PublicationMemberLevels1796180000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publication" ADD "member_levels" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publication" DROP COLUMN "member_levels"`);
  }
}
