import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from './load-config';

const problemsOf = (env: Record<string, string>): readonly string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('works with no variables at all, on the documented local defaults', () => {
    const config = loadConfig({});
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/gcm9_tracker');
    // The prefix is a hash tag: every key of the app lands in one Redis Cluster slot.
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: '{gcm9}' });
    expect(config.http.port).toBe(3000);
    expect(config.http.corsOrigins).toEqual(['http://localhost:3000', 'http://localhost:5173']);
  });

  it('types numbers and lists, and trims the base URL', () => {
    const config = loadConfig({
      PORT: '8080',
      CORS_ORIGINS: '*',
      APP_BASE_URL: 'https://tracker.example.org/',
    });
    expect(config.http.port).toBe(8080);
    expect(config.http.corsOrigins).toBe('*');
    expect(config.appBaseUrl).toBe('https://tracker.example.org');
  });

  it('names each malformed variable in one line, with the value unless it is a secret', () => {
    expect(problemsOf({ PORT: '70000', REDIS_URL: 'localhost:6379', JWT_SECRET: 'x' })).toEqual([
      expect.stringMatching(
        /^Invalid configuration: PORT must not be greater than 65535 \(got "70000"\)$/,
      ),
      expect.stringMatching(
        /^Invalid configuration: REDIS_URL must be a redis:\/\/ URL.*\(got "localhost:6379"\)$/,
      ),
      'Invalid configuration: JWT_SECRET must be at least 32 characters',
    ]);
  });

  it('refuses, in production, a secret written in the repository or one too weak to sign', () => {
    const strong = randomBytes(32).toString('base64');
    const key = { TWO_FACTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64') };
    expect(problemsOf({ NODE_ENV: 'production', ...key })).toEqual([
      'Invalid configuration: JWT_SECRET is written in the repository, so anyone can sign tokens with it',
    ]);
    expect(
      problemsOf({
        NODE_ENV: 'production',
        ...key,
        JWT_SECRET: 'local-compose-only-secret-replace-before-any-real-use',
      }),
    ).toHaveLength(1);
    expect(problemsOf({ NODE_ENV: 'production', ...key, JWT_SECRET: 'a'.repeat(64) })).toEqual([
      expect.stringMatching(
        /^Invalid configuration: JWT_SECRET carries about \d+ bits of entropy; production needs 256/,
      ),
    ]);
    expect(
      problemsOf({
        NODE_ENV: 'production',
        ...key,
        JWT_SECRET: strong,
        JWT_PREVIOUS_SECRETS: 'b'.repeat(40),
      }),
    ).toEqual([
      expect.stringMatching(/^Invalid configuration: JWT_PREVIOUS_SECRETS \(secret 1\) carries/),
    ]);
    expect(problemsOf({ NODE_ENV: 'production', ...key, JWT_SECRET: strong })).toEqual([]);
    // Development keeps working on the documented default.
    expect(problemsOf({})).toEqual([]);
  });

  it('lists previous secrets for verification only', () => {
    const config = loadConfig({ JWT_PREVIOUS_SECRETS: `${'x1'.repeat(20)}, ${'y2'.repeat(20)}` });
    expect(config.auth.previousJwtSecrets).toEqual(['x1'.repeat(20), 'y2'.repeat(20)]);
  });

  it('allows only its own origin and serves no API docs on a production start, unless told', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      TWO_FACTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      APP_BASE_URL: 'https://tracker.example.org/app/',
    };
    expect(loadConfig(production).http).toMatchObject({
      corsOrigins: ['https://tracker.example.org'],
      apiDocs: false,
    });
    expect(loadConfig({ ...production, API_DOCS: 'true', CORS_ORIGINS: '*' }).http).toMatchObject({
      corsOrigins: '*',
      apiDocs: true,
    });
    expect(loadConfig({}).http.apiDocs).toBe(true);
  });

  it("reaches Redis through Sentinel only with both the sentinels and the primary's name", () => {
    expect(
      loadConfig({ REDIS_SENTINELS: 's1:26379, s2:26380', REDIS_SENTINEL_NAME: 'mymaster' }).redis
        .sentinel,
    ).toEqual({
      nodes: [
        { host: 's1', port: 26379 },
        { host: 's2', port: 26380 },
      ],
      name: 'mymaster',
    });
    expect(problemsOf({ REDIS_SENTINELS: 's1:26379' })).toEqual([
      'Invalid configuration: REDIS_SENTINELS and REDIS_SENTINEL_NAME go together (set both or neither)',
    ]);
    expect(problemsOf({ REDIS_SENTINELS: 's1', REDIS_SENTINEL_NAME: 'm' })[0]).toMatch(
      /^Invalid configuration: REDIS_SENTINELS must be a comma-separated list of host:port/,
    );
    expect(loadConfig({ REDIS_PREFIX: '{already}' }).redis.prefix).toBe('{already}');
  });

  it('requires the key of second factors in production, and derives one from JWT_SECRET elsewhere', () => {
    const strong = randomBytes(32).toString('base64');
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: strong })).toEqual([
      'Invalid configuration: TWO_FACTOR_ENCRYPTION_KEY is required in production (make one with: openssl rand -base64 32)',
    ]);
    expect(problemsOf({ TWO_FACTOR_ENCRYPTION_KEY: 'too-short' })).toEqual([
      'Invalid configuration: TWO_FACTOR_ENCRYPTION_KEY must be 32 bytes in base64 (make one with: openssl rand -base64 32)',
    ]);
    const key = randomBytes(32);
    expect(
      loadConfig({ TWO_FACTOR_ENCRYPTION_KEY: key.toString('base64') }).auth.twoFactorKey,
    ).toEqual(key);
    const derived = loadConfig({}).auth.twoFactorKey;
    expect(derived).toHaveLength(32);
    expect(loadConfig({}).auth.twoFactorKey).toEqual(derived);
    expect(
      loadConfig({ JWT_SECRET: 'another-development-secret-of-32-chars' }).auth.twoFactorKey,
    ).not.toEqual(derived);
  });

  it('offers single sign-on only with an issuer and its whole client, never echoing the secret', () => {
    expect(loadConfig({ OIDC_ISSUER: '', OIDC_CLIENT_ID: '' }).auth.oidc).toBeUndefined();
    expect(
      loadConfig({
        OIDC_ISSUER: 'https://login.gob.example/realms/staff',
        OIDC_CLIENT_ID: 'gcm9',
        OIDC_CLIENT_SECRET: 'not-echoed',
      }).auth.oidc,
    ).toEqual({
      issuer: 'https://login.gob.example/realms/staff',
      clientId: 'gcm9',
      clientSecret: 'not-echoed',
      displayName: 'login.gob.example',
    });
    expect(
      problemsOf({ OIDC_ISSUER: 'https://login.gob.example', OIDC_CLIENT_ID: 'gcm9' }),
    ).toEqual(['Invalid configuration: OIDC_ISSUER needs OIDC_CLIENT_SECRET as well']);
    const problems = problemsOf({
      OIDC_ISSUER: 'login.gob.example',
      OIDC_CLIENT_SECRET: 'x'.repeat(501),
    });
    expect(problems.join('\n')).not.toContain('xxxx');
    expect(problems).toHaveLength(3);
  });

  it('reads the roles that must sign in with a second factor, or none', () => {
    expect(loadConfig({}).auth.requireTwoFactorRoles).toEqual(['admin', 'coordinator']);
    expect(loadConfig({ REQUIRE_TWO_FACTOR_ROLES: 'none' }).auth.requireTwoFactorRoles).toEqual([]);
    expect(problemsOf({ REQUIRE_TWO_FACTOR_ROLES: 'admin,root' })).toEqual([
      'Invalid configuration: REQUIRE_TWO_FACTOR_ROLES must be none or a comma-separated list of roles (admin, coordinator, focal_point, analyst) (got "admin,root")',
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).http.port).toBe(3000);
  });
});
