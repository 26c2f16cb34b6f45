import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in sessions: the refresh-token family of each sign-in, with its limits and revocation. */
export class AuthSessions1796040001000 implements MigrationInterface {
  name = 'AuthSessions1796040001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "auth_session" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "generation" integer NOT NULL DEFAULT '0', "user_agent" text, "address" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "auth_session_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "auth_session_user_idx" ON "auth_session" ("user_id") WHERE "revoked_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "auth_session"`);
  }
}
