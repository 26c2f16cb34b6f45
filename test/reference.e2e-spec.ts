import { dataFile, publishedFigure } from './helpers/reference-files';
import { startTestApp, TestApp } from './helpers/test-app';

describe('Reference data API (/api/v1)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const rcm = dataFile('rcp_membership.csv').filter((row) => row.process_short === 'RCM');
  const rcmMembers = rcm
    .filter((row) => row.role === 'member')
    .map((row) => row.iso3)
    .sort();
  const somStatus = dataFile('smuggling_protocol_status.csv');

  describe('countries', () => {
    it('lists every ISO 3166-1 country in the data file', async () => {
      const res = await api.http.get('/api/v1/countries').expect(200);
      expect(res.body.total).toBe(dataFile('countries.csv').length);
      expect(res.body.items.filter((c: { unMember: boolean }) => c.unMember)).toHaveLength(193);
    });

    it('filters by regional process: the 11 RCM members, or its observers', async () => {
      const members = await api.http.get('/api/v1/countries?process=RCM').expect(200);
      expect(members.body.items.map((c: { iso3: string }) => c.iso3).sort()).toEqual(rcmMembers);
      expect(members.body.total).toBe(11);
      const observers = await api.http
        .get('/api/v1/countries?process=rcm&role=observer')
        .expect(200);
      expect(observers.body.total).toBe(rcm.length - 11);
    });

    it('filters by M49 region, by code or by name', async () => {
      const americas = dataFile('countries.csv').filter(
        (row) => row.m49_region === 'Americas',
      ).length;
      const byName = await api.http.get('/api/v1/countries?region=Americas').expect(200);
      const byCode = await api.http.get('/api/v1/countries?region=019').expect(200);
      expect(byName.body.total).toBe(americas);
      expect(byCode.body.total).toBe(americas);
      const central = await api.http.get('/api/v1/countries?region=central%20america').expect(200);
      expect(central.body.items.map((c: { iso3: string }) => c.iso3)).toContain('GTM');
      expect(
        central.body.items.every(
          (c: { intermediateRegion: { code: string } }) => c.intermediateRegion.code === '013',
        ),
      ).toBe(true);
    });

    it('combines filters: RCM members in the Caribbean', async () => {
      const res = await api.http.get('/api/v1/countries?process=RCM&region=Caribbean').expect(200);
      expect(res.body.items.map((c: { iso3: string }) => c.iso3)).toEqual(['DOM']);
    });

    it('shows one country with its memberships and its treaty status with sources', async () => {
      const res = await api.http.get('/api/v1/countries/mex').expect(200);
      expect(res.body).toMatchObject({
        iso3: 'MEX',
        name: 'Mexico',
        region: { code: '019', name: 'Americas' },
      });
      expect(res.body.memberships).toEqual([
        expect.objectContaining({
          process: 'RCM',
          role: 'member',
          source: expect.objectContaining({ id: 'RCM-ABOUT' }),
        }),
      ]);
      const row = somStatus.find((r) => r.iso3 === 'MEX')!;
      const som = res.body.treaties.find((t: { treaty: string }) => t.treaty === 'SOM');
      expect(som).toMatchObject({
        status: 'party',
        consentDate: row.ratification_date,
        signatureDate: row.signature_date,
        sources: ['ZMJ-18-12-b'],
        statusAsOf: '2014-07-10',
        coverage: { completeAsOf: '2014-07-10' },
      });
      expect(res.body.treaties.map((t: { treaty: string }) => t.treaty)).toEqual([
        'SOM',
        'UNTOC',
        'TIP',
      ]);
    });

    it('answers 404 for an unknown code and 400 for a malformed one, as problem details', async () => {
      const unknown = await api.http.get('/api/v1/countries/ZZZ').expect(404);
      expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(unknown.body).toMatchObject({
        status: 404,
        title: 'Not Found',
        detail: expect.stringContaining('ZZZ'),
      });
      const malformed = await api.http.get('/api/v1/countries/MEXICO').expect(400);
      expect(malformed.body.errors).toEqual([
        { field: 'iso3', messages: [expect.stringContaining('three letters')] },
      ]);
      await api.http.get('/api/v1/countries?process=NOPE').expect(404);
      await api.http.get('/api/v1/countries?region=Atlantis').expect(404);
      const unknownParam = await api.http.get('/api/v1/countries?colour=blue').expect(400);
      expect(unknownParam.body.errors[0].field).toBe('colour');
    });
  });

  describe('conditional reads', () => {
    it('tags each reference answer with an ETag of its content and answers 304 when it is sent back', async () => {
      const first = await api.http.get('/api/v1/countries/MEX').expect(200);
      expect(first.headers['cache-control']).toBe('public, no-cache');
      expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(first.body.iso3).toBe('MEX');
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      const unchanged = await api.http.get('/api/v1/countries/MEX').set('If-None-Match', etag);
      expect(unchanged.status).toBe(304);
      expect(unchanged.text ?? '').toBe('');
      // Another resource, or another version of this one, is answered in full.
      const other = await api.http.get('/api/v1/countries/GTM').set('If-None-Match', etag);
      expect(other.status).toBe(200);
      expect(other.headers.etag).not.toBe(etag);
      const stale = await api.http.get('/api/v1/countries/MEX').set('If-None-Match', '"old"');
      expect(stale.status).toBe(200);
      for (const path of ['/api/v1/processes', '/api/v1/framework', '/api/v1/treaties']) {
        const res = await api.http.get(path).expect(200);
        await api.http.get(path).set('If-None-Match', res.headers.etag).expect(304);
      }
    });
  });

  describe('processes', () => {
    it('lists processes, RCM first, and shows the gap where no member list exists', async () => {
      const res = await api.http.get('/api/v1/processes').expect(200);
      expect(res.body.items[0]).toMatchObject({
        code: 'RCM',
        members: 11,
        observers: 5,
        workingLanguages: ['es', 'en', 'fr'],
      });
      const bali = res.body.items.find((p: { code: string }) => p.code === 'BALI');
      expect(bali).toMatchObject({
        members: 0,
        memberListAvailable: false,
        publishedMembership: { value: publishedFigure('BALI-MEMBERS'), source: 'BALI-ABOUT-DEV' },
      });
      const counts = Object.fromEntries(
        res.body.items.map((p: { code: string; members: number }) => [p.code, p.members]),
      );
      expect(counts).toMatchObject({ SACM: 12, MIDSA: 16, 'IGAD-RCP': 8, KP: 41 });
    });

    it('shows a process with every participating State and its role in the source', async () => {
      const res = await api.http.get('/api/v1/processes/RCM').expect(200);
      expect(res.body.participants).toHaveLength(rcm.length);
      expect(
        res.body.participants
          .slice(0, 11)
          .map((p: { iso3: string }) => p.iso3)
          .sort(),
      ).toEqual(rcmMembers);
      const rabat = await api.http.get('/api/v1/processes/RP').expect(200);
      expect(rabat.body.participants[0].roleInSource).toMatch(/^partner country/);
      await api.http.get('/api/v1/processes/NOPE').expect(404);
      await api.http.get('/api/v1/processes/%20').expect(400);
    });
  });

  describe('framework', () => {
    it('serves Objective 9 in the Compact’s words with actions, areas, SDG targets and checklist', async () => {
      const res = await api.http.get('/api/v1/framework').expect(200);
      const { objective, actions, areas, sdgTargets, indicators } = res.body;
      expect(objective).toMatchObject({
        number: 9,
        title: 'Strengthen the transnational response to smuggling of migrants',
      });
      expect(objective.commitment).toMatch(
        /^We commit to intensify joint efforts to prevent and counter smuggling/,
      );
      expect(actions.map((a: { code: string }) => a.code)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      expect(actions[0].text).toMatch(
        /^Promote ratification of, accession to and implementation of the Protocol/,
      );
      expect(
        Object.fromEntries(
          actions.map((a: { code: string; checklist: unknown[] }) => [a.code, a.checklist.length]),
        ),
      ).toEqual({
        a: 4,
        b: 5,
        c: 5,
        d: 7,
        e: 5,
        f: 6,
      });
      const c = actions.find((a: { code: string }) => a.code === 'c');
      expect(c).toMatchObject({ areas: [1, 4], sdgTargets: ['10.7', '16.1', '16.2', '17.16'] });
      const d = actions.find((a: { code: string }) => a.code === 'd');
      expect(d.checklist.find((i: { code: string }) => i.code === 'd7')).toMatchObject({
        area: 3,
        protocolReference: 'Protocol, Art. 5',
      });
      expect(actions[0].checklist[0]).toMatchObject({ code: 'a1', prefill: 'treaty:SOM' });
      expect(areas.map((a: { nameEs: string }) => a.nameEs)).toEqual([
        'Inteligencia e investigación',
        'Cooperación judicial transfronteriza',
        'Detención administrativa y alternativas',
        'Protección: prevención, información, asistencia y soluciones migratorias',
      ]);
      expect(areas[1].actions).toEqual(['a', 'd']);
      expect(sdgTargets.map((t: { code: string }) => t.code)).toEqual([
        '10.7',
        '16.1',
        '16.2',
        '16.3',
        '16.4',
        '17.16',
        '17.18',
      ]);
      expect(indicators).toHaveLength(15);
    });

    it('lists indicators with their disaggregation categories', async () => {
      const res = await api.http.get('/api/v1/indicators').expect(200);
      const identified = res.body.items.find(
        (i: { code: string }) => i.code === 'MIG_SMUGGLED_IDENTIFIED',
      );
      expect(identified).toMatchObject({
        disaggregation: 'sex_age',
        sexes: ['female', 'male', 'unknown'],
        ageGroups: ['child', 'adult', 'unknown'],
        action: 'c',
        area: 4,
      });
      const convicted = res.body.items.find(
        (i: { code: string }) => i.code === 'SOM_PERSONS_CONVICTED',
      );
      expect(convicted).toMatchObject({ disaggregation: 'sex', ageGroups: [] });
    });
  });

  describe('periods', () => {
    it('has annual periods 2019–2026, each due on 31 March of the next year', async () => {
      const res = await api.http.get('/api/v1/periods').expect(200);
      expect(res.body.items.map((p: { code: string }) => p.code)).toEqual([
        '2019',
        '2020',
        '2021',
        '2022',
        '2023',
        '2024',
        '2025',
        '2026',
      ]);
      expect(res.body.items[6]).toEqual({
        code: '2025',
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
        dueOn: '2026-03-31',
        state: 'open',
      });
    });
  });

  describe('treaty status as of a date', () => {
    it('reproduces the published Smuggling Protocol checkpoints the data is complete for', async () => {
      const entry = await api.http.get('/api/v1/treaties/SOM/status?asOf=2003-11-04').expect(200);
      expect(entry.body.counts.parties).toBe(Number(publishedFigure('SOM-COUNT-2003')));
      const snapshot = await api.http
        .get('/api/v1/treaties/SOM/status?asOf=2014-07-10')
        .expect(200);
      expect(snapshot.body.counts.parties).toBe(Number(publishedFigure('SOM-COUNT-2014-07')));
      const signatories = Number(publishedFigure('SOM-COUNT-2024-04').split('/')[1]);
      expect(snapshot.body.counts.signatories).toBe(signatories);
    });

    it('shows the gap after 2014 instead of filling it: dated parties, undated ones apart, published counts beside', async () => {
      const res = await api.http.get('/api/v1/treaties/SOM/status?asOf=2018-10-19').expect(200);
      const dated = somStatus.filter(
        (r) => r.party === 'yes' && r.ratification_date && r.ratification_date <= '2018-10-19',
      );
      expect(res.body.counts.parties).toBe(dated.length);
      expect(res.body.counts.parties).toBeLessThan(Number(publishedFigure('SOM-COUNT-2018-10')));
      expect(res.body.partiesWithUnknownDate.map((p: { iso3: string }) => p.iso3).sort()).toEqual([
        'AFG',
        'SDN',
      ]);
      expect(res.body.unconfirmed).toEqual([
        expect.objectContaining({ iso3: 'CIV', sources: ['CIV-DECREE-2016-994'] }),
      ]);
      expect(res.body.coverage).toMatchObject({
        completeAsOf: '2014-07-10',
        completeSource: 'ZMJ-18-12-b',
      });
      expect(res.body.publishedCounts.map((f: { id: string }) => f.id)).toContain(
        'SOM-COUNT-2024-04',
      );
    });

    it('counts every known party today, including those whose date is unknown', async () => {
      const res = await api.http.get('/api/v1/treaties/SOM/status').expect(200);
      expect(res.body.asOf).toBeNull();
      expect(res.body.counts.parties).toBe(somStatus.filter((r) => r.party === 'yes').length);
    });

    it('restricts to a process’s members: all 11 RCM members are parties by the end of 2025', async () => {
      const res = await api.http
        .get('/api/v1/treaties/SOM/status?process=RCM&asOf=2025-12-31')
        .expect(200);
      const expected = somStatus.filter(
        (r) =>
          rcmMembers.includes(r.iso3) && r.party === 'yes' && r.ratification_date <= '2025-12-31',
      );
      expect(res.body.counts.parties).toBe(expected.length);
      expect(res.body.parties.map((p: { iso3: string }) => p.iso3).sort()).toEqual(
        expected.map((r) => r.iso3).sort(),
      );
      expect(res.body.publishedCounts).toEqual([]);
      for (const party of res.body.parties) {
        expect(party.sources.length).toBeGreaterThan(0);
        expect(party.statusAsOf).toBeTruthy();
      }
    });

    it('serves the Convention and the Trafficking Protocol from their 2014 tables', async () => {
      const untoc = await api.http.get('/api/v1/treaties/UNTOC/status?asOf=2014-01-27').expect(200);
      expect(untoc.body.counts.parties).toBe(Number(publishedFigure('UNTOC-COUNT-2014')));
      const tip = await api.http.get('/api/v1/treaties/tip/status?asOf=2014-01-27').expect(200);
      expect(tip.body.counts.parties).toBe(Number(publishedFigure('TIP-COUNT-2014')));
      const list = await api.http.get('/api/v1/treaties').expect(200);
      expect(list.body.map((t: { code: string }) => t.code)).toEqual(['SOM', 'UNTOC', 'TIP']);
    });

    it('rejects unknown treaties and processes (404) and malformed dates (400)', async () => {
      await api.http.get('/api/v1/treaties/XYZ/status').expect(404);
      await api.http.get('/api/v1/treaties/SOM/status?process=NOPE').expect(404);
      for (const asOf of [
        '2025-02-30',
        '2025-13-01',
        '31/12/2025',
        'yesterday',
        '2025-12-31T00:00:00Z',
      ]) {
        const res = await api.http
          .get(`/api/v1/treaties/SOM/status?asOf=${encodeURIComponent(asOf)}`)
          .expect(400);
        expect(res.body.errors).toEqual([
          { field: 'asOf', messages: ['asOf must be a date as YYYY-MM-DD'] },
        ]);
      }
    });
  });
});
