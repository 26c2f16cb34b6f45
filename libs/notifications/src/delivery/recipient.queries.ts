import type { EntityManager } from 'typeorm';

/** The user an email goes to. */
export interface RecipientRow {
  id: string;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
  active: boolean;
}

export async function recipientOf(
  db: EntityManager,
  userId: string,
): Promise<RecipientRow | undefined> {
  const [row]: RecipientRow[] = await db.query(
    `SELECT id, email, name, locale, time_zone AS "timeZone", active FROM app_user WHERE id = $1`,
    [userId],
  );
  return row;
}
