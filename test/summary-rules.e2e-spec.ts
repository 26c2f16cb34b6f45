import {
  CHECKLIST_ANSWERS,
  ChecklistAnswer,
  EVIDENCE_KINDS,
  IMPLEMENTATION_STATUSES,
} from '@app/domain';
import { SummariesService } from '@app/summaries';
import { DataSource } from 'typeorm';
import {
  ReferenceInput,
  referenceReportFigures,
  ValidatedReportFacts,
} from '../libs/summaries/src/domain/summary-reference';
import { bearer, signIn, TEST_ADMIN } from './helpers/accounts';
import { openDatabase } from './helpers/database-access';
import { startTestApp, TestApp } from './helpers/test-app';

/** A small deterministic generator (mulberry32): the same data set on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The summary's inputs read straight from the tables, one report at a time. */
async function validatedReports(db: DataSource, members: string[], period: string) {
  const reports: Array<Omit<ValidatedReportFacts, 'answers'> & { id: string }> = await db.query(
    `SELECT r.id, r.country_iso3 AS country, r.action_code AS action, r.status, r.areas,
            (SELECT count(*)::int FROM report_evidence e WHERE e.report_id = r.id) AS evidence,
            to_char(r.validated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "validatedOn"
       FROM report r
      WHERE r.period_code = $1 AND r.state = 'validated' AND r.country_iso3 = ANY($2)`,
    [period, members],
  );
  const answers: Array<{ report: string; item: string; answer: ChecklistAnswer }> = await db.query(
    `SELECT report_id AS report, item_code AS item, answer FROM report_checklist_answer`,
  );
  return reports.map(({ id, ...report }) => ({
    ...report,
    answers: answers.filter((a) => a.report === id),
  }));
}

async function referenceInput(db: DataSource, process: string, period: string) {
  const members: Array<{ iso3: string }> = await db.query(
    `SELECT country_iso3 AS iso3 FROM process_membership WHERE process_code = $1 AND role = 'member'`,
    [process],
  );
  const framework: ReferenceInput['framework'] = {
    actions: await db.query(
      `SELECT a.code, a.short_title AS title,
              ARRAY(SELECT x.area_code::int FROM action_area x WHERE x.action_code = a.code) AS areas
         FROM action a`,
    ),
    checklist: await db.query(
      `SELECT code, text, action_code AS action, area_code AS area FROM checklist_item ORDER BY sort_order`,
    ),
    areas: await db.query(
      `SELECT w.code, w.name_en AS "nameEn", COALESCE(t.text, w.name_en) AS "nameEs"
         FROM work_plan_area w
         LEFT JOIN framework_translation t
           ON t.subject = 'work_plan_area' AND t.code = w.code::text AND t.field = 'name' AND t.locale = 'es'`,
    ),
  };
  const [{ dueOn }] = await db.query(
    `SELECT due_on AS "dueOn" FROM reporting_period WHERE code = $1`,
    [period],
  );
  const codes = members.map((m) => m.iso3);
  return {
    members: codes,
    reports: await validatedReports(db, codes, period),
    previousReports: await validatedReports(db, codes, String(Number(period) - 1)),
    framework,
    dueOn,
    today: new Date().toISOString().slice(0, 10),
  };
}

describe('Summary rules: the SQL against the TypeScript reference', () => {
  let api: TestApp;
  let db: DataSource;
  let admin: string;

  /** Every RCM member's reports of a period, drawn at random: any state, status, areas, answers. */
  async function seedReports(period: string, next: () => number): Promise<void> {
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const members: Array<{ iso3: string }> = await db.query(
      `SELECT country_iso3 AS iso3 FROM process_membership WHERE process_code = 'RCM' AND role = 'member'`,
    );
    const items: Array<{ code: string; action: string }> = await db.query(
      `SELECT code, action_code AS action FROM checklist_item`,
    );
    for (const { iso3 } of members)
      for (const action of ['a', 'b', 'c', 'd', 'e', 'f']) {
        const until = pick(['none', 'draft', 'submitted', 'validated', 'validated', 'validated']);
        if (until === 'none') continue;
        const path = `/api/v1/reports/${iso3}/${period}/${action}`;
        const body = {
          status: pick(IMPLEMENTATION_STATUSES),
          ...(next() < 0.5 ? { areas: [1, 2, 3, 4].filter((a) => a === 2 || next() < 0.4) } : {}),
          checklist: items
            .filter((item) => item.action === action && next() < 0.6)
            .map((item) => ({ item: item.code, answer: pick(CHECKLIST_ANSWERS) })),
          evidence: Array.from({ length: Math.floor(next() * 3) }, (_, i) => ({
            kind: pick(EVIDENCE_KINDS),
            title: `Evidence ${i + 1}`,
          })),
        };
        await api.http.put(path).set(bearer(admin)).send(body).expect(201);
        if (until === 'draft') continue;
        await api.http.post(`${path}/submit`).set(bearer(admin)).expect(200);
        if (until === 'validated')
          await api.http.post(`${path}/validate`).set(bearer(admin)).expect(200);
      }
    // Some validated before the due date (31 March of the next year), the rest after it.
    await db.query(
      `UPDATE report SET validated_at = make_timestamptz(period_code::int + 1, 3, 31, 23, 30, 0, 'UTC') - abs(hashtext(id::text) % 60) * interval '1 day'
        WHERE state = 'validated' AND country_iso3 < 'H' AND period_code = $1`,
      [period],
    );
  }

  beforeAll(async () => {
    api = await startTestApp();
    ({ dataSource: db } = await openDatabase(api));
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    // A seventh action in the framework (the schema allows a–f; this database is the test's
    // own): the number of actions must come from the data.
    await db.query(`ALTER TABLE action DROP CONSTRAINT action_code_valid`);
    await db.query(
      `INSERT INTO action (code, objective_code, short_title, text, protocol_articles)
       SELECT 'g', objective_code, 'A seventh action', 'Added by the test', '-' FROM action WHERE code = 'a'`,
    );
    await db.query(`INSERT INTO action_area (action_code, area_code) VALUES ('g', 1)`);
    await seedReports('2024', random(4));
    await seedReports('2025', random(9));
  });

  afterAll(async () => {
    await db?.destroy();
    await api?.close();
  });

  it('computes the same figures both ways over a random data set', async () => {
    const summaries = api.app.get(SummariesService);
    await summaries.recompute('RCM', '2025');
    const computed = await summaries.get('RCM', '2025');
    const reference = referenceReportFigures(await referenceInput(db, 'RCM', '2025'));

    // The data set exercises the rules: not_applicable beside scored reports, some on time.
    expect(
      reference.actions.some((a) => a.statusCounts.not_applicable > 0 && a.meanScore !== null),
    ).toBe(true);
    expect(reference.timeliness).toBeGreaterThan(0);
    expect(reference.timeliness).toBeLessThan(reference.completeness);
    expect(reference.expectedReports).toBe(reference.members * 7);
    // …and the areas' like-for-like change: some members are comparable, not all of them.
    expect(reference.areas.some((a) => a.comparableMembers > 0 && a.change !== null)).toBe(true);
    expect(reference.areas.some((a) => a.comparableMembers < a.measures)).toBe(true);

    const { actions, areas, ...figures } = reference;
    expect(computed).toMatchObject(figures);
    expect(computed.actions).toEqual(actions);
    expect(computed.areas).toEqual(areas);
    expect(computed.overdue).toHaveLength(computed.members);
    expect(computed.overdue.every((o) => o.missingActions.includes('g'))).toBe(true);
  });
});
