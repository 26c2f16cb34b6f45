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
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'gcm9' });
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

  it('refuses the development JWT secret in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'Invalid configuration: JWT_SECRET must be set to a secret of your own in production',
    ]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(40) })).toEqual([]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).http.port).toBe(3000);
  });
});
