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

/** The columns of a RecipientRow, from `app_user` under alias `u`. */
export const RECIPIENT_COLUMNS = `u.id, u.email, u.name, u.locale, u.time_zone AS "timeZone", u.active`;

export async function recipientOf(
  db: EntityManager,
  userId: string,
): Promise<RecipientRow | undefined> {
  const [row]: RecipientRow[] = await db.query(
    `SELECT ${RECIPIENT_COLUMNS} FROM app_user u WHERE u.id = $1`,
    [userId],
  );
  return row;
}
