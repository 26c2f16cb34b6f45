/** The typed configuration every app and library reads; built once at start by `loadConfig`. */
export class AppConfig {
  readonly env!: 'development' | 'production' | 'test';
  readonly http!: {
    readonly host: string;
    readonly port: number;
    readonly bodyLimitBytes: number;
    readonly corsOrigins: '*' | readonly string[];
    readonly shutdownGraceMs: number;
  };
  readonly workerHealthPort!: number;
  readonly database!: { readonly url: string; readonly poolSize: number };
  readonly redis!: { readonly url: string; readonly prefix: string };
  readonly auth!: {
    readonly jwtSecret: string;
    readonly jwtTtlSeconds: number;
    /** Failed or successful login attempts allowed per minute from one address. */
    readonly loginLimitPerIp: number;
    /** Login attempts allowed per 15 minutes for one account (email). */
    readonly loginLimitPerAccount: number;
    /** The first admin, created at setup when there is none. */
    readonly firstAdmin: { readonly email?: string; readonly password?: string };
  };
  readonly mail!: { readonly smtpUrl: string; readonly from: string };
  readonly appBaseUrl!: string;
  readonly logLevel!: string;
  readonly referenceDataDir!: string;
}
