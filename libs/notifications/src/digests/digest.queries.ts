import type { EntityManager } from 'typeorm';
import type { DigestBaseline, ValidationEvent } from '../domain/digest';
import type { DigestFrequency } from '../entities';

/** Active subscribers of a frequency, optionally only those in one time zone. */
export function digestSubscribers(
  db: EntityManager,
  frequency: DigestFrequency,
  timeZone: string | null,
): Promise<Array<{ id: string; timeZone: string }>> {
  return db.query(
    `SELECT DISTINCT u.id, u.time_zone AS "timeZone"
       FROM subscription s JOIN app_user u ON u.id = s.user_id
      WHERE u.active AND s.frequency = $1 AND ($2::text IS NULL OR u.time_zone = $2)
      ORDER BY u.id`,
    [frequency, timeZone],
  );
}

export interface SubscribedProcessRow {
  /** The subscription's id. */
  id: string;
  process: string;
  processName: string;
}

/** A user's subscriptions of a frequency, in the processes' order. */
export function subscribedProcesses(
  db: EntityManager,
  userId: string,
  frequency: DigestFrequency,
): Promise<SubscribedProcessRow[]> {
  return db.query(
    `SELECT s.id, s.process_code AS process, p.name AS "processName"
       FROM subscription s JOIN regional_process p ON p.code = s.process_code
      WHERE s.user_id = $1 AND s.frequency = $2 ORDER BY p.sort_order, s.process_code`,
    [userId, frequency],
  );
}

export interface SentDigestRow {
  content: DigestBaseline | null;
  sentAt: Date;
}

/** The last digest of a frequency sent to a user, other than the one with `exceptKey`. */
export async function lastSentDigest(
  db: EntityManager,
  userId: string,
  frequency: DigestFrequency,
  exceptKey: string,
): Promise<SentDigestRow | undefined> {
  const [row]: SentDigestRow[] = await db.query(
    `SELECT content, sent_at AS "sentAt" FROM email_delivery
      WHERE user_id = $1 AND kind = 'digest' AND status = 'sent' AND "window" LIKE $2 AND idempotency_key <> $3
      ORDER BY sent_at DESC LIMIT 1`,
    [userId, `${frequency}:%`, exceptKey],
  );
  return row;
}

/** Reports of the processes' members validated after `from`, oldest first. */
export function validationsSince(
  db: EntityManager,
  processes: string[],
  from: Date,
): Promise<ValidationEvent[]> {
  return db.query(
    `SELECT m.process_code AS process, r.period_code::text AS period, r.country_iso3::text AS country,
            c.name AS "countryName", r.action_code::text AS action, to_json(r.validated_at) #>> '{}' AS "validatedAt"
       FROM report r
       JOIN process_membership m ON m.country_iso3 = r.country_iso3 AND m.role = 'member'
       JOIN country c ON c.iso3 = r.country_iso3
      WHERE m.process_code = ANY($1) AND r.state = 'validated' AND r.validated_at > $2
      ORDER BY r.validated_at, r.country_iso3, r.action_code`,
    [processes, from],
  );
}

/** The period being reported on `today`: the next one due, or the latest when none is due any more. */
export async function currentPeriod(db: EntityManager, today: string): Promise<string | null> {
  const [row]: Array<{ code: string }> = await db.query(
    `SELECT code::text AS code FROM reporting_period
      ORDER BY (due_on >= $1) DESC, CASE WHEN due_on >= $1 THEN due_on END ASC, due_on DESC LIMIT 1`,
    [today],
  );
  return row?.code ?? null;
}
