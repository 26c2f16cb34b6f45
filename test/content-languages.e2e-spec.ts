import { SummariesService } from '@app/summaries';
import { bearer, createAccount, signIn, TEST_ADMIN } from './helpers/accounts';
import { dataFile } from './helpers/reference-files';
import { startTestApp, TestApp } from './helpers/test-app';

interface ActionJson {
  code: string;
  shortTitle: string;
  text: string;
  checklist: Array<{ code: string; text: string; workingTranslations: string[] }>;
  workingTranslations: string[];
}
interface AreaJson {
  code: number;
  name: string;
  nameEn: string;
  nameEs: string;
  workingTranslations: string[];
}

describe('Content in the caller’s language: framework, countries, summaries', () => {
  let api: TestApp;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(() => api.close());

  const framework = (language?: string) => {
    const request = api.http.get('/api/v1/framework');
    return (language ? request.set('Accept-Language', language) : request).expect(200);
  };
  const action = (body: { actions: ActionJson[] }, code: string) =>
    body.actions.find((a) => a.code === code)!;
  const area = (body: { areas: AreaJson[] }, code: number) =>
    body.areas.find((a) => a.code === code)!;

  it('answers English without Accept-Language, as before, with no working translation', async () => {
    const res = await framework();
    expect(res.headers['content-language']).toBe('en');
    expect(res.headers.vary).toMatch(/accept-language/i);
    expect(res.body.language).toBe('en');
    expect(action(res.body, 'd').shortTitle).toBe(
      'Criminalize smuggling (intent, financial or material benefit), with aggravated penalties',
    );
    expect(area(res.body, 2)).toMatchObject({
      name: 'Cross-border judicial cooperation',
      nameEn: 'Cross-border judicial cooperation',
      nameEs: 'Cooperación judicial transfronteriza',
      workingTranslations: [],
    });
    expect(action(res.body, 'd').workingTranslations).toEqual([]);
  });

  it('answers Spanish for Accept-Language: es: the Compact’s own words where found, marked working translations elsewhere', async () => {
    const res = await framework('es-MX,es;q=0.9,en;q=0.5');
    expect(res.headers['content-language']).toBe('es');
    expect(res.body.objective).toMatchObject({
      title: 'Reforzar la respuesta transnacional al tráfico ilícito de migrantes',
      workingTranslations: [],
    });
    expect(action(res.body, 'a')).toMatchObject({
      text: expect.stringMatching(/^Promover la ratificación del Protocolo contra el Tráfico/),
      workingTranslations: ['shortTitle'],
    });
    const d = action(res.body, 'd');
    expect(d.shortTitle).toMatch(/^Tipificar el tráfico ilícito como delito/);
    expect(d.workingTranslations).toEqual(['shortTitle', 'text']);
    expect(d.checklist.find((item) => item.code === 'd5')).toEqual(
      expect.objectContaining({
        text: 'Circunstancia agravante: poner en peligro la vida o la seguridad de los migrantes',
        workingTranslations: ['text'],
      }),
    );
    expect(area(res.body, 2)).toMatchObject({
      name: 'Cooperación judicial transfronteriza',
      workingTranslations: [],
    });
    const indicator = res.body.indicators.find(
      (i: { code: string }) => i.code === 'SOM_PERSONS_CONVICTED',
    );
    expect(indicator).toMatchObject({
      name: 'Personas condenadas por tráfico ilícito',
      workingTranslations: ['name'],
    });
  });

  it('answers French, Work Plan area names included (working translations of ours)', async () => {
    const res = await framework('fr');
    expect(res.headers['content-language']).toBe('fr');
    expect(res.body.objective.title).toBe(
      'Renforcer l’action transnationale face au trafic de migrants',
    );
    expect(action(res.body, 'a').text).toMatch(/^Promouvoir la ratification du Protocole/);
    expect(action(res.body, 'c').checklist[0].text).toBe(
      'Protocole étape par étape pour identifier les migrants objet d’un trafic',
    );
    expect(area(res.body, 1)).toMatchObject({
      name: 'Renseignement et enquête',
      workingTranslations: ['name'],
    });
    const indicators = await api.http
      .get('/api/v1/indicators')
      .set('Accept-Language', 'fr')
      .expect(200);
    expect(indicators.body.language).toBe('fr');
    expect(indicators.body.items[0].name).toBe(
      'Affaires de trafic illicite ayant fait l’objet d’une enquête',
    );
  });

  it('keeps an ETag per language: the Spanish tag does not validate the French answer', async () => {
    const es = await framework('es');
    await api.http
      .get('/api/v1/framework')
      .set('Accept-Language', 'es')
      .set('If-None-Match', es.headers.etag)
      .expect(304);
    const fr = await api.http
      .get('/api/v1/framework')
      .set('Accept-Language', 'fr')
      .set('If-None-Match', es.headers.etag)
      .expect(200);
    expect(fr.headers.etag).not.toBe(es.headers.etag);
    expect(fr.headers.vary).toMatch(/accept-language/i);
  });

  it('names countries and M49 areas in the caller’s language, English keeping the stored UN name', async () => {
    const en = await api.http.get('/api/v1/countries/BOL').expect(200);
    expect(en.body.name).toBe(dataFile('countries.csv').find((c) => c.iso3 === 'BOL')!.name);
    const es = await api.http.get('/api/v1/countries/MEX').set('Accept-Language', 'es').expect(200);
    expect(es.headers['content-language']).toBe('es');
    expect(es.body).toMatchObject({ name: 'México', region: { code: '019', name: 'América' } });
    const fr = await api.http
      .get('/api/v1/countries?process=RCM')
      .set('Accept-Language', 'fr')
      .expect(200);
    expect(fr.body.items.map((c: { name: string }) => c.name)).toContain('République dominicaine');
  });

  describe('a summary', () => {
    beforeAll(async () => {
      await api.http
        .put('/api/v1/reports/MEX/2025/d')
        .set(bearer(admin))
        .send({ status: 'implemented', checklist: [{ item: 'd5', answer: 'yes' }] })
        .expect(201);
      await api.http.post('/api/v1/reports/MEX/2025/d/submit').set(bearer(admin)).expect(200);
      await api.http.post('/api/v1/reports/MEX/2025/d/validate').set(bearer(admin)).expect(200);
      await api.app.get(SummariesService).recompute('RCM', '2025');
    });

    const summaryAs = (token: string, language?: string) => {
      const request = api.http.get('/api/v1/summaries/RCM/2025').set(bearer(token));
      return (language ? request.set('Accept-Language', language) : request).expect(200);
    };

    it('answers in the signed-in user’s language when Accept-Language names none of ours', async () => {
      const reader = await createAccount(api, admin, 'analyst');
      const me = await api.http.get('/api/v1/me').set(bearer(reader.token)).expect(200);
      await api.http
        .patch('/api/v1/me')
        .set(bearer(reader.token))
        .set('If-Match', me.headers.etag)
        .send({ locale: 'fr' })
        .expect(200);
      const res = await summaryAs(reader.token);
      expect(res.headers['content-language']).toBe('fr');
      const d = res.body.actions.find((a: { code: string }) => a.code === 'd');
      expect(d.title).toMatch(/^Ériger le trafic illicite en infraction pénale/);
      expect(d.checklist.find((i: { item: string }) => i.item === 'd5').text).toBe(
        'Circonstance aggravante : mise en danger de la vie ou de la sécurité des migrants',
      );
      expect(res.body.areas[0]).toMatchObject({
        name: 'Renseignement et enquête',
        nameEn: 'Intelligence and investigation',
      });
      // Accept-Language, when it names one of ours, comes first.
      const english = await summaryAs(reader.token, 'en');
      expect(english.body.areas[0].name).toBe('Intelligence and investigation');
      expect(english.headers.etag).not.toBe(res.headers.etag);
      await api.http
        .get('/api/v1/summaries/RCM/2025')
        .set(bearer(reader.token))
        .set('If-None-Match', res.headers.etag)
        .expect(304);
    });

    it('answers Spanish for Accept-Language: es, the figures unchanged', async () => {
      const en = await summaryAs(admin);
      const es = await summaryAs(admin, 'es');
      expect(es.headers.vary).toMatch(/accept-language/i);
      expect(es.body.areas.map((a: AreaJson) => a.name)).toEqual(
        es.body.areas.map((a: AreaJson) => a.nameEs),
      );
      const d = es.body.actions.find((a: { code: string }) => a.code === 'd');
      expect(d.title).toMatch(/^Tipificar el tráfico ilícito/);
      expect(es.body.completeness).toBe(en.body.completeness);
      expect(es.body.actions.map((a: { meanScore: number }) => a.meanScore)).toEqual(
        en.body.actions.map((a: { meanScore: number }) => a.meanScore),
      );
    });
  });
});
