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
  readonly auth!: { readonly jwtSecret: string; readonly jwtTtlSeconds: number };
  readonly mail!: { readonly smtpUrl: string; readonly from: string };
  readonly appBaseUrl!: string;
  readonly logLevel!: string;
  readonly referenceDataDir!: string;
}
