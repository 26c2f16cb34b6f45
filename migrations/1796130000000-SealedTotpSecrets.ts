import { loadConfig } from '@app/config';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

// Migrations are frozen in time: the sealing is written out here rather than imported from
// libs/auth, whose code may change. It is the scheme `v1:` of libs/auth two-factor/secret-box.ts.
const seal = (key: Buffer, userId: string, secret: string): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(userId, 'utf8'));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return 'v1:' + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
};
const open = (key: Buffer, userId: string, stored: string): string => {
  const bytes = Buffer.from(stored.slice(3), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12))
    .setAAD(Buffer.from(userId, 'utf8'))
    .setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
};

/**
 * The key comes from the configuration of the process that migrates (`npm run db:migrate`, the
 * setup command: the same environment as the apps). It is read only when there are secrets to
 * convert, so migrating a new database needs no key.
 */
const keyOf = (): Buffer => loadConfig().auth.twoFactorKey;

/** TOTP secrets stored as they were (base32) are sealed with AES-256-GCM; recovery codes stay hashed. */
export class SealedTotpSecrets1796130000000 implements MigrationInterface {
  name = 'SealedTotpSecrets1796130000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ id: string; secret: string }> = await queryRunner.query(
      `SELECT id, two_factor_secret AS secret FROM app_user
        WHERE two_factor_secret IS NOT NULL AND two_factor_secret NOT LIKE 'v1:%'`,
    );
    if (rows.length === 0) return;
    const key = keyOf();
    for (const { id, secret } of rows)
      await queryRunner.query(`UPDATE app_user SET two_factor_secret = $2 WHERE id = $1`, [
        id,
        seal(key, id, secret),
      ]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ id: string; secret: string }> = await queryRunner.query(
      `SELECT id, two_factor_secret AS secret FROM app_user WHERE two_factor_secret LIKE 'v1:%'`,
    );
    if (rows.length === 0) return;
    const key = keyOf();
    for (const { id, secret } of rows)
      await queryRunner.query(`UPDATE app_user SET two_factor_secret = $2 WHERE id = $1`, [
        id,
        open(key, id, secret),
      ]);
  }
}
