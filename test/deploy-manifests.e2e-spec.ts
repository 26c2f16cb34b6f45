import { ConfigError, ENVIRONMENT_DEFAULTS, loadConfig, OPTIONAL_VARIABLES } from '@app/config';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_LIMITS } from '@app/imports';
import { load, loadAll } from 'js-yaml';

// The Kubernetes manifests are read as Kubernetes would read them and checked against the
// application itself: a renamed variable, route or port fails here, not in a cluster.

interface Probe {
  httpGet: { path: string; port: string | number };
}
interface Container {
  name: string;
  image: string;
  command: string[];
  ports?: Array<{ name: string; containerPort: number }>;
  envFrom: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
}
interface Manifest {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  spec: {
    template?: { spec: { containers: Container[] } };
    scaleTargetRef?: { kind: string; name: string };
    selector?: { matchLabels: Record<string, string> };
  };
}

const DIR = join(__dirname, '..', 'deploy', 'kubernetes');
const manifests = readdirSync(DIR)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => loadAll(readFileSync(join(DIR, file), 'utf8')) as Manifest[]);
const named = (kind: string, name: string) => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`No ${kind} ${name} in deploy/kubernetes`);
  return found;
};
const containerOf = (kind: string, name: string) =>
  named(kind, name).spec.template!.spec.containers[0];
const portOf = (container: Container, probe: Probe) =>
  typeof probe.httpGet.port === 'number'
    ? probe.httpGet.port
    : container.ports?.find((port) => port.name === probe.httpGet.port)?.containerPort;

const compose = readFileSync(join(__dirname, '..', 'docker-compose.yml'), 'utf8');
const config = named('ConfigMap', 'gcm9-config').data!;

describe('Kubernetes manifests', () => {
  it('hold only variables the configuration knows, and start in production with a real secret', () => {
    const known = new Set([...Object.keys(ENVIRONMENT_DEFAULTS), ...OPTIONAL_VARIABLES]);
    expect(Object.keys(config).filter((name) => !known.has(name))).toEqual([]);
    // What the Secret adds (README.md of the folder); the rest comes from the ConfigMap.
    const loaded = loadConfig({
      ...config,
      JWT_SECRET: randomBytes(48).toString('base64'),
      TWO_FACTOR_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      DATABASE_URL: 'postgres://gcm9:x@postgres.internal:5432/gcm9_tracker',
      REDIS_URL: 'redis://redis.internal:6379',
      SMTP_URL: 'smtp://smtp.internal:587',
    });
    expect(loaded).toMatchObject({ env: 'production', http: { apiDocs: false, trustProxy: true } });
    // No secret in the committed files: without one, production refuses to start.
    expect(() => loadConfig({ ...config })).toThrow(ConfigError);
    expect(Object.keys(config)).not.toContain('JWT_SECRET');
    expect(Object.keys(config)).not.toContain('TWO_FACTOR_ENCRYPTION_KEY');
  });

  it('name the same settings as .env.example and docker compose, less what is secret', () => {
    const names = (text: string, pattern: RegExp) =>
      new Set([...text.matchAll(pattern)].map((match) => match[1]));
    const example = names(
      readFileSync(join(__dirname, '..', '.env.example'), 'utf8'),
      /^#?\s*([A-Z_]+)=/gm,
    );
    const composed = names(compose, /^ {4}([A-Z_]+):/gm);
    expect([...example].sort()).toEqual([...composed].sort());
    // In the Secret instead (or left to their defaults: CORS_ORIGINS is APP_BASE_URL's origin).
    const elsewhere = new Set([
      'ADMIN_EMAIL',
      'ADMIN_PASSWORD',
      'CORS_ORIGINS',
      'DATABASE_URL',
      'DATABASE_READ_URL',
      'JWT_PREVIOUS_SECRETS',
      'JWT_SECRET',
      'OIDC_CLIENT_SECRET',
      'REDIS_URL',
      'SMTP_URL',
      'TWO_FACTOR_ENCRYPTION_KEY',
    ]);
    expect(Object.keys(config).sort()).toEqual(
      [...example].filter((n) => !elsewhere.has(n)).sort(),
    );
  });

  it('probe the routes and ports the apps serve, and run the image’s entry points', () => {
    const api = containerOf('Deployment', 'gcm9-api');
    expect(api.command).toEqual(['node', 'dist/apps/api/apps/api/src/main.js']);
    expect(api.readinessProbe!.httpGet.path).toBe('/api/v1/health/ready');
    expect(api.livenessProbe!.httpGet.path).toBe('/api/v1/health');
    expect(portOf(api, api.readinessProbe!)).toBe(Number(config.PORT));

    const worker = containerOf('Deployment', 'gcm9-worker');
    expect(worker.command).toEqual(['node', 'dist/apps/worker/apps/worker/src/main.js']);
    expect(worker.livenessProbe!.httpGet.path).toBe('/health');
    expect(portOf(worker, worker.livenessProbe!)).toBe(Number(config.WORKER_HEALTH_PORT));

    const setup = containerOf('Job', 'gcm9-setup');
    expect(setup.command).toEqual(['node', 'dist/apps/cli/apps/cli/src/main.js', 'setup']);
    // The same entry points docker compose runs.
    for (const container of [api, worker, setup])
      expect(compose).toContain(
        JSON.stringify(container.command).replace(/"/g, "'").replace(/,/g, ', '),
      );
  });

  it('give every process its settings and secrets, and scale and protect the API', () => {
    for (const container of [
      containerOf('Deployment', 'gcm9-api'),
      containerOf('Deployment', 'gcm9-worker'),
      containerOf('Job', 'gcm9-setup'),
    ])
      expect(container.envFrom).toEqual([
        { configMapRef: { name: 'gcm9-config' } },
        { secretRef: { name: 'gcm9-secrets' } },
      ]);
    expect(named('HorizontalPodAutoscaler', 'gcm9-api').spec.scaleTargetRef).toMatchObject({
      kind: 'Deployment',
      name: 'gcm9-api',
    });
    for (const name of ['gcm9-api', 'gcm9-worker'])
      expect(named('PodDisruptionBudget', name).spec.selector!.matchLabels).toEqual(
        named('Deployment', name).spec.selector!.matchLabels,
      );
  });

  it('let docker compose scale the API and the worker behind its proxy', () => {
    interface Service {
      ports?: string[];
      expose?: string[];
      volumes?: string[];
      environment?: Record<string, string>;
      depends_on?: Record<string, { condition: string }>;
    }
    const services = (load(compose) as { services: Record<string, Service> }).services;
    // A published port would stop a second API container from starting.
    expect(services.api.ports).toBeUndefined();
    expect(services.worker.ports).toBeUndefined();
    expect(services.proxy.ports).toEqual(['3000:3000']);
    expect(services.proxy.depends_on?.api).toEqual({ condition: 'service_healthy' });
    // Behind the proxy, the client's address comes from X-Forwarded-For.
    expect(services.api.environment?.TRUST_PROXY).toBe('true');

    const mounted = services.proxy.volumes![0].split(':')[0];
    const nginx = readFileSync(join(__dirname, '..', mounted), 'utf8');
    const port = services.api.environment!.PORT;
    expect(nginx).toContain(`set $api http://api:${port};`);
    expect(nginx).toMatch(/resolver 127\.0\.0\.11 valid=\d+s/);
    // Uploads up to the import limit reach the API, which answers larger ones itself.
    const maxMb = Number(/client_max_body_size (\d+)m;/.exec(nginx)![1]);
    expect(maxMb * 1024 * 1024).toBeGreaterThan(IMPORT_LIMITS.fileBytes);
  });
});
