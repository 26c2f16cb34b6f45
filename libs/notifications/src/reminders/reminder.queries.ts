import type { EntityManager } from 'typeorm';
import type { OverdueMember, UnsubmittedReport, WaitingSubmission } from '../render/reminder-email';

/** Focal points with actions of their countries not submitted in a period due within `days`. */
export function focalPointsDueSoon(
  db: EntityManager,
  today: string,
  days: number,
): Promise<Array<{ userId: string; period: string }>> {
  return db.query(
    `SELECT DISTINCT uc.user_id AS "userId", p.code::text AS period
       FROM reporting_period p
       JOIN user_country uc ON true
       JOIN app_user u ON u.id = uc.user_id AND u.active AND u.role = 'focal_point'
       CROSS JOIN action a
       LEFT JOIN report r ON r.country_iso3 = uc.country_iso3 AND r.period_code = p.code AND r.action_code = a.code
      WHERE p.state = 'open' AND $1::date BETWEEN p.due_on - $2::int AND p.due_on - 1
        AND (r.id IS NULL OR r.state IN ('draft', 'returned'))`,
    [today, days],
  );
}

/**
 * Coordinators of processes with members still missing validated reports on some action of a
 * period that was due in the past year.
 */
export function coordinatorsOverdue(
  db: EntityManager,
  today: string,
): Promise<Array<{ userId: string; period: string }>> {
  return db.query(
    `WITH overdue AS (
       SELECT m.process_code, p.code AS period
         FROM reporting_period p
         JOIN process_membership m ON m.role = 'member'
         LEFT JOIN report r ON r.country_iso3 = m.country_iso3 AND r.period_code = p.code AND r.state = 'validated'
        WHERE p.state = 'open' AND p.due_on < $1::date AND p.due_on >= $1::date - 366
        GROUP BY m.process_code, p.code, m.country_iso3
       HAVING count(r.id) < (SELECT count(*) FROM action))
     SELECT DISTINCT up.user_id AS "userId", o.period::text AS period
       FROM overdue o JOIN user_process up ON up.process_code = o.process_code
       JOIN app_user u ON u.id = up.user_id AND u.active AND u.role = 'coordinator'`,
    [today],
  );
}

/** Coordinators with submissions of their processes' members waiting more than `days`. */
export function coordinatorsWithWaitingReviews(
  db: EntityManager,
  today: string,
  days: number,
): Promise<Array<{ userId: string }>> {
  return db.query(
    `WITH waiting AS (SELECT country_iso3, submitted_at FROM report WHERE state = 'submitted'
                      UNION ALL
                      SELECT country_iso3, submitted_at FROM indicator_set WHERE state = 'submitted')
     SELECT DISTINCT up.user_id AS "userId"
       FROM user_process up
       JOIN app_user u ON u.id = up.user_id AND u.active AND u.role = 'coordinator'
       JOIN process_membership m ON m.process_code = up.process_code AND m.role = 'member'
       JOIN waiting w ON w.country_iso3 = m.country_iso3
      WHERE w.submitted_at < $1::date - $2::int`,
    [today, days],
  );
}

/**
 * Reports (by action) and indicator values waiting more than `days` for a coordinator's review,
 * oldest first; indicator values are named `indicatorValues`.
 */
export function waitingForReview(
  db: EntityManager,
  query: { userId: string; today: string; days: number; indicatorValues: string },
): Promise<WaitingSubmission[]> {
  return db.query(
    `WITH waiting AS (
       SELECT country_iso3, period_code, '(' || action_code || ')' AS item, submitted_at FROM report WHERE state = 'submitted'
       UNION ALL
       SELECT country_iso3, period_code, $4 AS item, submitted_at FROM indicator_set WHERE state = 'submitted')
     SELECT DISTINCT w.country_iso3::text AS country, c.name AS "countryName", w.period_code::text AS period,
            w.item, to_json(w.submitted_at) #>> '{}' AS "submittedAt"
       FROM user_process up
       JOIN process_membership m ON m.process_code = up.process_code AND m.role = 'member'
       JOIN waiting w ON w.country_iso3 = m.country_iso3
       JOIN country c ON c.iso3 = w.country_iso3
      WHERE up.user_id = $1 AND w.submitted_at < $2::date - $3::int
      ORDER BY "submittedAt", country, item`,
    [query.userId, query.today, query.days, query.indicatorValues],
  );
}

export async function periodDue(
  db: EntityManager,
  code: string,
): Promise<{ code: string; dueOn: string } | undefined> {
  const [row]: Array<{ code: string; dueOn: string }> = await db.query(
    `SELECT code::text AS code, due_on AS "dueOn" FROM reporting_period WHERE code = $1`,
    [code],
  );
  return row;
}

/** The actions of a focal point's countries not submitted for a period. */
export function unsubmittedReports(
  db: EntityManager,
  userId: string,
  period: string,
): Promise<UnsubmittedReport[]> {
  return db.query(
    `SELECT uc.country_iso3::text AS country, c.name AS "countryName", '(' || a.code || ')' AS action,
            COALESCE(r.state, 'missing') AS state
       FROM user_country uc JOIN country c ON c.iso3 = uc.country_iso3
       CROSS JOIN action a
       LEFT JOIN report r ON r.country_iso3 = uc.country_iso3 AND r.period_code = $2 AND r.action_code = a.code
      WHERE uc.user_id = $1 AND (r.id IS NULL OR r.state IN ('draft', 'returned'))
      ORDER BY c.name, a.code`,
    [userId, period],
  );
}

/** The members of a coordinator's processes missing validated reports for a period. */
export function overdueMembersOf(
  db: EntityManager,
  userId: string,
  period: string,
): Promise<OverdueMember[]> {
  return db.query(
    `WITH members AS (SELECT DISTINCT m.country_iso3 AS iso3
                        FROM user_process up
                        JOIN process_membership m ON m.process_code = up.process_code AND m.role = 'member'
                       WHERE up.user_id = $1),
     missing AS (SELECT mb.iso3, array_agg(a.code::text ORDER BY a.code) AS actions
                   FROM members mb CROSS JOIN action a
                   LEFT JOIN report r ON r.country_iso3 = mb.iso3 AND r.period_code = $2
                                     AND r.action_code = a.code AND r.state = 'validated'
                  WHERE r.id IS NULL GROUP BY mb.iso3)
     SELECT ms.iso3::text AS country, c.name AS "countryName", ms.actions AS "missingActions"
       FROM missing ms JOIN country c ON c.iso3 = ms.iso3 ORDER BY c.name`,
    [userId, period],
  );
}
