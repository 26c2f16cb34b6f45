import type { Response } from 'supertest';
import { Account, bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { startTestApp, TestApp } from './helpers/test-app';

type Role = 'admin' | 'focal_point' | 'coordinator' | 'analyst';
type Operation = 'read' | 'write' | 'review';
type Kind = 'report' | 'indicators';
type State = 'draft' | 'submitted' | 'returned' | 'validated';
/** The state a record must be in for the call to succeed when it is allowed. */
type Needs = 'any' | 'editable' | 'submitted' | 'validated';

const PERIOD = '2025';
const RCM_MEMBERS = ['BLZ', 'CAN', 'CRI', 'DOM', 'GTM', 'HND', 'MEX', 'NIC', 'PAN', 'SLV', 'USA'];

/**
 * The rule, written out independently of libs/auth/src/policy.ts: which countries each role may
 * read, write (edit, submit) and review (validate, return, reopen). The focal point reports for
 * MEX; the coordinator coordinates the RCM, whose members include MEX and GTM (ARG is only an
 * observer, FRA is not in the RCM at all).
 */
const MAY: Record<Role, Record<Operation, 'all' | string[]>> = {
  admin: { read: 'all', write: 'all', review: 'all' },
  focal_point: { read: ['MEX'], write: ['MEX'], review: [] },
  coordinator: { read: ['MEX', 'GTM'], write: [], review: ['MEX', 'GTM'] },
  analyst: { read: 'all', write: [], review: [] },
};
/** The objects each role is tried on: its own country first, then others. */
const OBJECTS: Record<Role, string[]> = {
  admin: ['MEX', 'FRA'],
  focal_point: ['MEX', 'FRA'],
  coordinator: ['MEX', 'GTM', 'ARG', 'FRA'],
  analyst: ['MEX', 'FRA'],
};
const ROLES = Object.keys(OBJECTS) as Role[];
const COUNTRIES = ['MEX', 'GTM', 'ARG', 'FRA'];
const DENIAL: Record<Operation, string> = {
  read: 'may not read',
  write: 'may not edit or submit',
  review: 'may not review',
};

const allowed = (role: Role, operation: Operation, iso3: string) => {
  const scope = MAY[role][operation];
  return scope === 'all' || scope.includes(iso3);
};

const pathOf = (kind: Kind, iso3: string, period = PERIOD) =>
  kind === 'report'
    ? `/api/v1/reports/${iso3}/${period}/d`
    : `/api/v1/indicator-values/${iso3}/${period}`;
const bodyOf = (kind: Kind, note: string) =>
  kind === 'report'
    ? { status: 'in_progress', narrative: note }
    : { values: [{ indicator: 'SOM_CASES_INVESTIGATED', total: 3 }] };

interface Call {
  name: string;
  operation: Operation;
  needs: Needs;
  /** Status of the call when allowed (the state is prepared so that it succeeds). */
  status: number;
  /** The state afterwards when allowed; undefined for reads. */
  state?: State;
  send(api: TestApp, kind: Kind, iso3: string, token: string, etag: string): Promise<Response>;
}

const CALLS: Call[] = [
  {
    name: 'GET',
    operation: 'read',
    needs: 'any',
    status: 200,
    send: (api, kind, iso3, token) => api.http.get(pathOf(kind, iso3)).set(bearer(token)),
  },
  {
    name: 'GET history',
    operation: 'read',
    needs: 'any',
    status: 200,
    send: (api, kind, iso3, token) =>
      api.http.get(`${pathOf(kind, iso3)}/history`).set(bearer(token)),
  },
  {
    name: 'PUT',
    operation: 'write',
    needs: 'editable',
    status: 200,
    send: (api, kind, iso3, token, etag) =>
      api.http
        .put(pathOf(kind, iso3))
        .set(bearer(token))
        .set('If-Match', etag)
        .send(bodyOf(kind, 'edited in the authorization matrix')),
  },
  {
    name: 'submit',
    operation: 'write',
    needs: 'editable',
    status: 200,
    state: 'submitted',
    send: (api, kind, iso3, token) =>
      api.http.post(`${pathOf(kind, iso3)}/submit`).set(bearer(token)),
  },
  {
    name: 'validate',
    operation: 'review',
    needs: 'submitted',
    status: 200,
    state: 'validated',
    send: (api, kind, iso3, token) =>
      api.http.post(`${pathOf(kind, iso3)}/validate`).set(bearer(token)),
  },
  {
    name: 'return',
    operation: 'review',
    needs: 'submitted',
    status: 200,
    state: 'returned',
    send: (api, kind, iso3, token) =>
      api.http
        .post(`${pathOf(kind, iso3)}/return`)
        .set(bearer(token))
        .send({ comment: 'Please add the 2025 figures.' }),
  },
  {
    name: 'reopen',
    operation: 'review',
    needs: 'validated',
    status: 200,
    state: 'returned',
    send: (api, kind, iso3, token) =>
      api.http
        .post(`${pathOf(kind, iso3)}/reopen`)
        .set(bearer(token))
        .send({ reason: 'Figures were corrected.' }),
  },
];

interface Case {
  role: Role;
  iso3: string;
  kind: Kind;
  call: Call;
  name: string;
  allowed: boolean;
  outcome: string;
}

const MATRIX: Case[] = ROLES.flatMap((role) =>
  OBJECTS[role].flatMap((iso3) =>
    (['report', 'indicators'] as Kind[]).flatMap((kind) =>
      CALLS.map((call) => {
        const ok = allowed(role, call.operation, iso3);
        return {
          role,
          iso3,
          kind,
          call,
          name: call.name,
          allowed: ok,
          outcome: ok ? 'allowed' : 'denied (403)',
        };
      }),
    ),
  ),
);

/** A 403 problem details answer naming the refused operation and country. */
function expectDenied(res: Response, operation: Operation, iso3: string): void {
  expect({ status: res.status, detail: res.body?.detail }).toEqual({
    status: 403,
    detail: expect.stringContaining(DENIAL[operation]),
  });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toEqual({
    type: expect.any(String),
    title: 'Forbidden',
    status: 403,
    code: 'forbidden',
    detail: expect.stringMatching(new RegExp(`${iso3}\\.$`)),
    instance: expect.any(String),
  });
}

type Row = { country: string; period: string; action?: string };

describe('Authorization: who may read, write and review which country', () => {
  let api: TestApp;
  let admin: string;
  const tokens = {} as Record<Role, string>;
  const accounts = {} as Record<Role, Account>;

  /** The current record as the admin sees it, or null when there is none. */
  const current = async (kind: Kind, iso3: string, period = PERIOD) => {
    const res = await api.http.get(pathOf(kind, iso3, period)).set(bearer(admin));
    if (res.status === 404) return null;
    expect(res.status).toBe(200);
    return { state: res.body.state as State, version: res.body.version as number, body: res.body };
  };

  /** Drives a record, as the admin, into a state in which the call would succeed. */
  const prepare = async (kind: Kind, iso3: string, needs: Needs) => {
    let record = await current(kind, iso3);
    const step = async (action: string, body?: object) => {
      const res = await api.http
        .post(`${pathOf(kind, iso3)}/${action}`)
        .set(bearer(admin))
        .send(body ?? {});
      expect({ action, status: res.status, detail: res.body.detail }).toMatchObject({
        status: 200,
      });
      record = { state: res.body.state, version: res.body.version, body: res.body };
    };
    if (!record) {
      const res = await api.http
        .put(pathOf(kind, iso3))
        .set(bearer(admin))
        .send(bodyOf(kind, 'created by the admin'))
        .expect(201);
      record = { state: res.body.state, version: res.body.version, body: res.body };
    }
    const state = () => record!.state;
    if (needs === 'editable') {
      if (state() === 'submitted') await step('return', { comment: 'Back to the focal point.' });
      if (state() === 'validated') await step('reopen', { reason: 'Correction needed.' });
    } else if (needs === 'submitted') {
      if (state() === 'validated') await step('reopen', { reason: 'Correction needed.' });
      if (state() === 'draft' || state() === 'returned') await step('submit');
    } else if (needs === 'validated') {
      if (state() === 'draft' || state() === 'returned') await step('submit');
      if (state() === 'submitted') await step('validate');
    }
    return record!;
  };

  beforeAll(async () => {
    api = await startTestApp();
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
    tokens.admin = admin;
    const scoped: Array<[Exclude<Role, 'admin'>, { countries?: string[]; processes?: string[] }]> =
      [
        ['focal_point', { countries: ['MEX'] }],
        ['coordinator', { processes: ['RCM'] }],
        ['analyst', {}],
      ];
    for (const [role, scopes] of scoped) {
      accounts[role] = await createAccount(api, admin, role, scopes);
      tokens[role] = accounts[role].token;
    }
    // Every object starts as a submitted report and submitted indicator values, created by the admin.
    for (const iso3 of COUNTRIES) {
      for (const kind of ['report', 'indicators'] as Kind[]) {
        await prepare(kind, iso3, 'submitted');
      }
    }
  });
  afterAll(() => api?.close());

  it('has the accounts and scopes the matrix assumes', async () => {
    const coordinator = await api.http
      .get('/api/v1/me')
      .set(bearer(tokens.coordinator))
      .expect(200);
    expect([...coordinator.body.coordinatedCountries].sort()).toEqual(RCM_MEMBERS);
    const focal = await api.http.get('/api/v1/me').set(bearer(tokens.focal_point)).expect(200);
    expect(focal.body.countries).toEqual(['MEX']);
    for (const iso3 of COUNTRIES) {
      expect(await current('report', iso3)).toMatchObject({ state: 'submitted' });
      expect(await current('indicators', iso3)).toMatchObject({ state: 'submitted' });
    }
  });

  it.each(MATRIX)(
    '$role: $kind $name on $iso3 is $outcome',
    async ({ role, iso3, kind, call, allowed: ok }) => {
      const before = await prepare(kind, iso3, call.needs);
      const etag = `"${before.version}"`;
      const res = await call.send(api, kind, iso3, tokens[role], etag);
      const after = await current(kind, iso3);
      if (!ok) {
        expectDenied(res, call.operation, iso3);
        // A denial changes nothing: same state, same version, same content.
        expect(after).toEqual(before);
        return;
      }
      expect({ status: res.status, detail: res.body?.detail }).toEqual({
        status: call.status,
        detail: undefined,
      });
      if (call.name === 'GET history') {
        expect(Array.isArray(res.body)).toBe(true);
        expect(res.body.length).toBeGreaterThan(0);
        expect(after).toEqual(before);
      } else if (call.operation === 'read') {
        expect(res.body).toMatchObject({ country: iso3, version: before.version });
        expect(res.headers.etag).toBe(etag);
        expect(after).toEqual(before);
      } else {
        expect(res.body).toMatchObject({
          country: iso3,
          state: call.state ?? before.state,
          version: before.version + 1,
        });
        expect(after).toMatchObject({
          state: call.state ?? before.state,
          version: before.version + 1,
        });
      }
    },
  );

  describe('creating records (PUT without If-Match)', () => {
    // A fresh period per role, so that every allowed creation is a real one.
    const PERIOD_OF: Record<Role, string> = {
      admin: '2021',
      focal_point: '2022',
      coordinator: '2023',
      analyst: '2024',
    };
    const CREATES = ROLES.flatMap((role) =>
      OBJECTS[role].flatMap((iso3) =>
        (['report', 'indicators'] as Kind[]).map((kind) => ({
          role,
          iso3,
          kind,
          ok: allowed(role, 'write', iso3),
          outcome: allowed(role, 'write', iso3) ? 'allowed (201)' : 'denied (403)',
        })),
      ),
    );

    it.each(CREATES)(
      '$role: create $kind of $iso3 is $outcome',
      async ({ role, iso3, kind, ok }) => {
        const path = pathOf(kind, iso3, PERIOD_OF[role]);
        expect(await current(kind, iso3, PERIOD_OF[role])).toBeNull();
        const res = await api.http
          .put(path)
          .set(bearer(tokens[role]))
          .send(bodyOf(kind, `created by ${role}`));
        if (ok) {
          expect({ status: res.status, detail: res.body?.detail }).toEqual({
            status: 201,
            detail: undefined,
          });
          expect(res.headers.location).toBe(path);
          expect(res.body).toMatchObject({ country: iso3, state: 'draft', version: 1 });
        } else {
          expectDenied(res, 'write', iso3);
          expect(await current(kind, iso3, PERIOD_OF[role])).toBeNull();
        }
      },
    );
  });

  describe.each([
    {
      list: 'reports',
      kind: 'report' as Kind,
      key: (r: Row) => `${r.country}/${r.period}/${r.action}`,
    },
    {
      list: 'indicator-values',
      kind: 'indicators' as Kind,
      key: (r: Row) => `${r.country}/${r.period}`,
    },
  ])('the $list listing is scoped to what the caller may read', ({ list: name, kind, key }) => {
    const keysOf = (rows: Row[]) => rows.map(key).sort();
    const list = async (role: Role, query = '') => {
      const res = await api.http
        .get(`/api/v1/${name}?pageSize=200${query}`)
        .set(bearer(tokens[role]))
        .expect(200);
      expect(res.body.total).toBe(res.body.items.length);
      return res.body.items as Row[];
    };

    it('shows admins and analysts every country, focal points their own, coordinators their members', async () => {
      const everything = await list('admin');
      const countries = new Set(everything.map((r) => r.country));
      for (const iso3 of COUNTRIES) expect(countries).toContain(iso3);

      expect(keysOf(await list('analyst'))).toEqual(keysOf(everything));

      const focal = await list('focal_point');
      expect(focal.length).toBeGreaterThan(0);
      expect(keysOf(focal)).toEqual(keysOf(everything.filter((r) => r.country === 'MEX')));

      const coordinator = await list('coordinator');
      expect(keysOf(coordinator)).toEqual(
        keysOf(everything.filter((r) => RCM_MEMBERS.includes(r.country))),
      );
      const seen = new Set(coordinator.map((r) => r.country));
      expect(seen).toContain('MEX');
      expect(seen).toContain('GTM');
      expect(seen).not.toContain('ARG');
      expect(seen).not.toContain('FRA');
    });

    it('does not let a filter widen the scope', async () => {
      expect(await list('focal_point', '&country=FRA')).toEqual([]);
      expect(await list('focal_point', '&country=GTM')).toEqual([]);
      expect(await list('coordinator', '&country=ARG')).toEqual([]);
      expect(await list('coordinator', '&country=FRA')).toEqual([]);
      expect((await list('analyst', '&country=FRA')).length).toBeGreaterThan(0);
    });

    it('gives a coordinator the review queue: submitted records of their members, oldest first', async () => {
      for (const iso3 of ['GTM', 'MEX', 'ARG']) await prepare(kind, iso3, 'submitted');
      const queue = await list('coordinator', '&state=submitted');
      expect(queue.map((r) => r.country)).toEqual(expect.arrayContaining(['GTM', 'MEX']));
      expect(queue.every((r) => RCM_MEMBERS.includes(r.country))).toBe(true);
      const submitted = (queue as Array<Row & { submittedAt: string; state: string }>).map(
        (r) => r.submittedAt,
      );
      expect(submitted).toEqual([...submitted].sort());
    });
  });
});
