export { AppConfig } from './app-config';
export type { RedisNode } from './app-config';
export { AppConfigModule } from './config.module';
export { loadDotEnvFile } from './dotenv';
export { ConfigError, loadConfig } from './load-config';
export { ENVIRONMENT_DEFAULTS, OPTIONAL_VARIABLES } from './environment-defaults';
export { StartupError, exitOnStartupFailure } from './startup-failure';
