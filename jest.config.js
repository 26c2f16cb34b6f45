// Unit tests sit beside the code they cover; e2e suites run the real app against real
// PostgreSQL and Redis, each test file on its own database cloned from a migrated template.
const { compilerOptions } = require('./tsconfig.json');

const SWC = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // SWC compiles each file on its own (types are checked by `npm run lint`), with Nest's
  // decorators and their design-time metadata, as tsc would.
  transform: { '^.+\\.[tj]s$': ['@swc/jest', SWC] },
  // ESM-only packages that Jest on Node 20 cannot require are compiled to CommonJS for the tests
  // (Node itself loads them natively): one that @fastify/static (Swagger UI's assets) needs, and
  // the ICU message formatting of libs/i18n, and openid-client (single sign-on) with its own.
  transformIgnorePatterns: [
    '/node_modules/(?!(content-disposition|intl-messageformat|@formatjs/[^/]+|openid-client|oauth4webapi|jose)/)',
  ],
  // The path aliases of tsconfig.json (`@app/config` → libs/config/src).
  moduleNameMapper: Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
      `^${alias}$`,
      `<rootDir>/${target}`,
    ]),
  ),
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  // Two cores, but most of a suite's time is waiting on PostgreSQL, a spawned app or the browser.
  maxWorkers: 3,
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
    {
      // Killed workers, stopped Redis, unreachable PostgreSQL, SMTP down, write races.
      ...shared,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
    {
      // Three API processes and two workers on one database and one Redis.
      ...shared,
      displayName: 'scale',
      testMatch: ['<rootDir>/test/scale/**/*.scale-spec.ts'],
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
    {
      // The web app in Debian's Chromium (playwright-core), served by the real API; the app is
      // built once per run by the global setup.
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
      globalTeardown: '<rootDir>/test/browser/global-teardown.ts',
    },
  ],
};
