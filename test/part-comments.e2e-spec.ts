import { bearer, createAccount, type Account } from './helpers/accounts';
import { eventually } from './helpers/eventually';
import { startWorkflowWorld, type WorkflowWorld } from './helpers/workflow-people';

const REPORT = '/api/v1/reports/MEX/2026/d';
const LAW = 'Ley de Migración';

interface Thread {
  id: string;
  part: { kind: string; key: string | null };
  open: boolean;
  resolution: string | null;
  comments: { id: string; body: string; author: string }[];
}

describe('Comments on the parts of a report', () => {
  let w: WorkflowWorld;
  let analyst: Account;
  let onD3: Thread;
  let onLaw: Thread;
  let onNarrative: Thread;

  const comment = (who: Account, body: object, path = REPORT) =>
    w.api.http.post(`${path}/comments`).set(bearer(who.token)).send(body);
  const threads = async (who: Account): Promise<Thread[]> =>
    (await w.api.http.get(`${REPORT}/comments`).set(bearer(who.token)).expect(200)).body.items;

  beforeAll(async () => {
    w = await startWorkflowWorld();
    analyst = await createAccount(w.api, w.admin, 'analyst');
    await w.api.http
      .put(REPORT)
      .set(bearer(w.mexico.token))
      .send({
        status: 'in_progress',
        narrative: 'Smuggling is an offence.',
        checklist: [
          { item: 'd1', answer: 'yes' },
          { item: 'd3', answer: 'no' },
        ],
        evidence: [{ kind: 'legislation', title: LAW, reference: 'art. 159' }],
      })
      .expect(201);
    await w.transition(w.mexico, 'd', 'submit');
  });

  afterAll(async () => {
    await w?.close();
  });

  it('lets the coordinator comment on a checklist item, an evidence item and the whole report', async () => {
    onD3 = (
      await comment(w.coordinator, {
        part: { kind: 'checklist', key: 'd3' },
        body: 'Which article makes enabling illegal stay an offence?',
      }).expect(201)
    ).body;
    expect(onD3).toMatchObject({
      part: { kind: 'checklist', key: 'd3' },
      open: true,
      resolution: null,
      recordVersion: 2,
      comments: [{ author: w.coordinator.email }],
    });
    onLaw = (
      await comment(w.coordinator, {
        part: { kind: 'evidence', key: LAW },
        body: 'Please add the link to the published law.',
      }).expect(201)
    ).body;
    onNarrative = (
      await comment(w.coordinator, {
        part: { kind: 'record' },
        body: 'Say which authority prosecutes.',
      }).expect(201)
    ).body;
    expect(onNarrative.part).toEqual({ kind: 'record', key: null });
    expect((await threads(w.mexico)).map((thread) => thread.id)).toEqual([
      onD3.id,
      onLaw.id,
      onNarrative.id,
    ]);
  });

  it('refuses a part the report does not have, naming the field', async () => {
    const unknownItem = await comment(w.coordinator, {
      part: { kind: 'checklist', key: 'd9' },
      body: 'Hm.',
    }).expect(400);
    expect(unknownItem.body.errors).toEqual([
      { field: 'part.key', messages: [expect.stringContaining('checklist item of action (d)')] },
    ]);
    const unknownEvidence = await comment(w.coordinator, {
      part: { kind: 'evidence', key: 'Código Penal' },
      body: 'Hm.',
    }).expect(400);
    expect(unknownEvidence.body.errors[0].field).toBe('part.key');
    const wrongKind = await comment(w.coordinator, {
      part: { kind: 'indicator', key: 'OFFICIALS_TRAINED.all.all' },
      body: 'Hm.',
    }).expect(400);
    expect(wrongKind.body.errors[0].field).toBe('part.kind');
    const blank = await comment(w.coordinator, {
      part: { kind: 'checklist', key: 'd3', extra: 1 },
      body: ' ',
    }).expect(400);
    expect(blank.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'body',
      'part.extra',
    ]);
    const tooLong = await comment(w.coordinator, {
      part: { kind: 'record' },
      body: 'x'.repeat(2001),
    }).expect(400);
    expect(tooLong.body.errors[0].field).toBe('body');
  });

  it('keeps to each person’s scope: focal points only reply, others neither read nor write', async () => {
    await comment(w.mexico, { part: { kind: 'checklist', key: 'd1' }, body: 'Me?' }).expect(403);
    await comment(w.guatemala, { replyTo: onD3.id, body: 'Not my country.' }).expect(403);
    await w.api.http.get(`${REPORT}/comments`).set(bearer(w.guatemala.token)).expect(403);
    await comment(w.outsider, { part: { kind: 'record' }, body: 'Not my process.' }).expect(403);
    await comment(analyst, { replyTo: onD3.id, body: 'Just reading.' }).expect(403);
    await w.api.http.get(`${REPORT}/comments`).set(bearer(analyst.token)).expect(200);
    await w.api.http
      .post(`${REPORT}/comments/${onD3.id}/resolve`)
      .set(bearer(w.mexico.token))
      .expect(403);
    // A comment of another record is not a thread of this one.
    await w.api.http.put('/api/v1/reports/MEX/2026/a').set(bearer(w.mexico.token)).send({
      status: 'planned',
    });
    await w.transition(w.mexico, 'a', 'submit');
    const elsewhere = (
      await comment(
        w.coordinator,
        { part: { kind: 'record' }, body: 'On (a).' },
        '/api/v1/reports/MEX/2026/a',
      ).expect(201)
    ).body as Thread;
    const stray = await comment(w.mexico, { replyTo: elsewhere.id, body: 'Wrong report.' }).expect(
      400,
    );
    expect(stray.body.errors[0].field).toBe('replyTo');
  });

  it('lists the open comments in the return, and the return email lists them for the focal point', async () => {
    const returned = await w.transition(w.coordinator, 'd', 'return', {
      comment: 'See the comments on the items.',
    });
    const openComments = (returned as { body: { openComments: unknown[] } }).body.openComments;
    expect(openComments).toEqual([
      expect.objectContaining({ id: onD3.id, part: { kind: 'checklist', key: 'd3' } }),
      expect.objectContaining({ id: onLaw.id, part: { kind: 'evidence', key: LAW } }),
      expect.objectContaining({ id: onNarrative.id, part: { kind: 'record', key: null } }),
    ]);
    await w.idle();
    const [email] = await eventually(async () => {
      const mails = w.sink.to(w.mexico.email);
      return mails.length > 0 ? mails : undefined;
    });
    expect(email.text).toContain('3 comentarios por responder:');
    expect(email.text).toContain(
      'Punto d3 de la lista: Which article makes enabling illegal stay an offence?',
    );
    expect(email.text).toContain(`Evidencia «${LAW}»: Please add the link to the published law.`);
    expect(email.text).toContain('Todo el registro: Say which authority prosecutes.');
  });

  it('resolves a thread when the focal point replies, and one whose part the resubmission changed', async () => {
    const replied = await comment(w.mexico, {
      replyTo: onD3.id,
      body: 'Article 159 section III of the Migration Law.',
    }).expect(201);
    expect(replied.body).toMatchObject({
      id: onD3.id,
      open: false,
      resolution: 'answered',
      resolvedBy: w.mexico.email,
      comments: [{ author: w.coordinator.email }, { author: w.mexico.email }],
    });
    // Only the evidence changes: the comment on it is answered by the change; the whole record's
    // comment too (something in it changed).
    const current = await w.api.http.get(REPORT).set(bearer(w.mexico.token)).expect(200);
    expect(current.body.openComments).toHaveLength(2);
    await w.api.http
      .put(REPORT)
      .set(bearer(w.mexico.token))
      .set('If-Match', current.headers.etag)
      .send({
        status: 'in_progress',
        narrative: 'Smuggling is an offence.',
        checklist: [
          { item: 'd1', answer: 'yes' },
          { item: 'd3', answer: 'no' },
        ],
        evidence: [
          {
            kind: 'legislation',
            title: LAW,
            reference: 'art. 159',
            url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf',
          },
        ],
      })
      .expect(200);
    const resubmitted = await w.api.http
      .post(`${REPORT}/submit`)
      .set(bearer(w.mexico.token))
      .expect(200);
    expect(resubmitted.body.openComments).toEqual([]);
    const after = await threads(w.coordinator);
    expect(after.map((thread) => [thread.part.kind, thread.open, thread.resolution])).toEqual([
      ['checklist', false, 'answered'],
      ['evidence', false, 'changed'],
      ['record', false, 'changed'],
    ]);
  });

  it('lets the coordinator reopen and resolve a thread, and a reviewer’s own follow-up keeps it open', async () => {
    const reopened = await w.api.http
      .post(`${REPORT}/comments/${onD3.id}/reopen`)
      .set(bearer(w.coordinator.token))
      .expect(200);
    expect(reopened.body).toMatchObject({ open: true, resolution: null, resolvedBy: null });
    const followUp = await comment(w.coordinator, {
      replyTo: onD3.id,
      body: 'Please also cite the penalty.',
    }).expect(201);
    expect(followUp.body.open).toBe(true);
    const resolved = await w.api.http
      .post(`${REPORT}/comments/${onD3.id}/resolve`)
      .set(bearer(w.coordinator.token))
      .expect(200);
    expect(resolved.body).toMatchObject({ open: false, resolution: 'resolved' });
    await w.api.http
      .post(`${REPORT}/comments/${followUp.body.comments[2].id}/resolve`)
      .set(bearer(w.coordinator.token))
      .expect(404);
  });

  it('audits every comment and resolution on the report, so that its history shows them with their part', async () => {
    const history = (
      await w.api.http.get(`${REPORT}/history`).set(bearer(w.mexico.token)).expect(200)
    ).body as { action: string; actor: { email: string }; after: Record<string, unknown> }[];
    const commentEvents = history
      .filter((event) => /comment/.test(event.action))
      .map((event) => [event.action, event.actor.email, event.after.part, event.after.resolution]);
    expect(commentEvents).toEqual([
      ['report.commented', w.coordinator.email, { kind: 'checklist', key: 'd3' }, undefined],
      ['report.commented', w.coordinator.email, { kind: 'evidence', key: LAW }, undefined],
      ['report.commented', w.coordinator.email, { kind: 'record', key: null }, undefined],
      ['report.commented', w.mexico.email, { kind: 'checklist', key: 'd3' }, undefined],
      ['report.comment_resolved', w.mexico.email, { kind: 'checklist', key: 'd3' }, 'answered'],
      ['report.comment_resolved', w.mexico.email, { kind: 'evidence', key: LAW }, 'changed'],
      ['report.comment_resolved', w.mexico.email, { kind: 'record', key: null }, 'changed'],
      ['report.comment_reopened', w.coordinator.email, { kind: 'checklist', key: 'd3' }, undefined],
      ['report.commented', w.coordinator.email, { kind: 'checklist', key: 'd3' }, undefined],
      [
        'report.comment_resolved',
        w.coordinator.email,
        { kind: 'checklist', key: 'd3' },
        'resolved',
      ],
    ]);
    const rows = await w.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'report' AND action LIKE 'report.comment%'`,
    );
    expect(rows[0].n).toBe(commentEvents.length + 1); // the comment on report (a) too
  });

  it('comments on a cell of a country’s indicator values', async () => {
    const values = '/api/v1/indicator-values/MEX/2026';
    await w.api.http
      .put(values)
      .set(bearer(w.mexico.token))
      .send({ values: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 12 }] })
      .expect(201);
    const onCell = await comment(
      w.coordinator,
      { part: { kind: 'indicator', key: 'SOM_CASES_INVESTIGATED.all.all' }, body: 'Only 12?' },
      values,
    ).expect(201);
    expect(onCell.body.part).toEqual({ kind: 'indicator', key: 'SOM_CASES_INVESTIGATED.all.all' });
    const noSuchCell = await comment(
      w.coordinator,
      { part: { kind: 'indicator', key: 'SOM_CASES_INVESTIGATED.female.all' }, body: 'By sex?' },
      values,
    ).expect(400);
    expect(noSuchCell.body.errors[0].field).toBe('part.key');
  });
});
