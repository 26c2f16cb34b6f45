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
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'Invalid configuration: JWT_SECRET is written in the repository, so anyone can sign tokens with it',
    ]);
    expect(
      problemsOf({
        NODE_ENV: 'production',
        JWT_SECRET: 'local-compose-only-secret-replace-before-any-real-use',
      }),
    ).toHaveLength(1);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(64) })).toEqual([
      expect.stringMatching(
        /^Invalid configuration: JWT_SECRET carries about \d+ bits of entropy; production needs 256/,
      ),
    ]);
    expect(
      problemsOf({
        NODE_ENV: 'production',
        JWT_SECRET: strong,
        JWT_PREVIOUS_SECRETS: 'b'.repeat(40),
      }),
    ).toEqual([
      expect.stringMatching(/^Invalid configuration: JWT_PREVIOUS_SECRETS \(secret 1\) carries/),
    ]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: strong })).toEqual([]);
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

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).http.port).toBe(3000);
  });
});
