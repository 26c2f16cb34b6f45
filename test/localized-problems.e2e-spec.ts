import { bearer, signIn, TEST_ADMIN } from './helpers/accounts';
import { startTestApp, TestApp } from './helpers/test-app';

/** A new account that is refused for a wrong role, a bad email, an unknown field and an empty name. */
const BAD_ACCOUNT = {
  email: 'not-an-email',
  name: '',
  password: 'x'.repeat(12),
  role: 'boss',
  x: 1,
};

describe('Problem documents in the caller’s language, with a stable code', () => {
  let api: TestApp;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await signIn(api, TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(() => api.close());

  const createUser = (token: string, body: object) =>
    api.http.post('/api/v1/users').set(bearer(token)).send(body);

  it('answers English as before, with the code beside the detail', async () => {
    const res = await createUser(admin, BAD_ACCOUNT).expect(400);
    expect(res.headers['content-language']).toBe('en');
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      detail: 'The request is not valid; see errors for each field.',
    });
    expect(res.body.errors).toContainEqual({
      field: 'role',
      messages: [expect.stringMatching(/^role must be one of the following values: /)],
    });
  });

  it('answers Spanish for Accept-Language: es, the common field rules included', async () => {
    const res = await createUser(admin, BAD_ACCOUNT)
      .set('Accept-Language', 'es-HN,es;q=0.9,en;q=0.5')
      .expect(400);
    expect(res.headers['content-language']).toBe('es');
    expect(res.body).toMatchObject({
      status: 400,
      code: 'validation_failed',
      detail: 'La solicitud no es válida; vea los errores de cada campo.',
    });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', messages: ['email debe ser una dirección de correo electrónico'] },
        {
          field: 'role',
          messages: [expect.stringMatching(/^role debe ser uno de: .*focal_point/)],
        },
        { field: 'x', messages: ['x no es un campo de esta solicitud'] },
      ]),
    );
    const missing = await api.http
      .get('/api/v1/countries/ZZZ')
      .set(bearer(admin))
      .set('Accept-Language', 'es');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      code: 'not_found',
      detail: 'Lo que indica la solicitud no existe.',
    });
  });

  it('answers French to a user whose language is French, unless Accept-Language asks otherwise', async () => {
    const account = {
      email: 'analyste@test.example',
      password: 'pw-analyste-fr-1',
      role: 'analyst',
    };
    await createUser(admin, { ...account, name: 'Analyste', locale: 'fr' }).expect(201);
    const analyst = await signIn(api, account.email, account.password);

    const refused = await api.http
      .patch('/api/v1/me')
      .set(bearer(analyst))
      .send({ locale: 'de', timeZone: 'Mars/Olympus' })
      .expect(400);
    expect(refused.headers['content-language']).toBe('fr');
    expect(refused.body).toMatchObject({
      code: 'validation_failed',
      detail: 'La requête n’est pas valide ; voir les erreurs de chaque champ.',
    });
    expect(refused.body.errors).toContainEqual({
      field: 'locale',
      messages: ['locale doit être l’une des valeurs : en, es, fr'],
    });

    const forbidden = await createUser(analyst, BAD_ACCOUNT).expect(403);
    expect(forbidden.body).toMatchObject({
      code: 'forbidden',
      detail: 'Votre compte ne peut pas faire cela.',
    });
    const inSpanish = await createUser(analyst, BAD_ACCOUNT)
      .set('Accept-Language', 'es')
      .expect(403);
    expect(inSpanish.body.detail).toBe('Su cuenta no puede hacer esto.');
  });
});
