import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '@vt/testing';

/**
 * Issue 7 §4, ADR 0016: a new phase is generated, not copied. Both generators run into a copy of the
 * repository; the result typechecks, lints, passes the deploy checks and its own generated specs.
 */
const ROOT = repoRoot();
const SERVICE = 'nazorg';
const PORT = 3106;
const HANDLER = 'start-nazorg-when-veiligheidsbeoordeling-gestart';
const EVENT = 'nl.veiligthuis.assessment.veiligheidsbeoordeling-gestart.v1';
const DESCRIPTION = "Nazorg na afsluiten (§13): één traject per dossier, met 'aanhalingstekens'.";

/** Tracked and new (not ignored) files: what a commit of this tree would hold. */
function copyRepository(): string {
  if (!existsSync(join(ROOT, 'dist/tools/generators/src/index.js'))) {
    throw new Error('the generators run from dist/: run this test through `npm test`, which builds first');
  }
  const dir = mkdtempSync(join(tmpdir(), 'vt-generators-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && f !== 'node_modules');
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(ROOT, f), join(dir, f));
  }
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));
  // `nx g` runs the generators from dist/, which `npm test` has just built.
  symlinkSync(join(ROOT, 'dist'), join(dir, 'dist'));
  return dir;
}

interface Run {
  status: number | null;
  /** The command's output when it failed, so that a failing assertion shows why. */
  failure: string;
}

const SUCCEEDED: Run = { status: 0, failure: '' };

/** A node script in `dir`; the checks after generating run side by side, to keep the test near a minute. */
function run(dir: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: dir, env: process.env });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('close', (status) => resolve({ status, failure: status === 0 ? '' : output.slice(-8000) }));
  });
}

describe('issue 7 §4 (ADR 0016): the service and event-handler generators produce a working, registered skeleton', () => {
  let dir: string;
  let checks: Record<'typecheck' | 'lint' | 'prettier' | 'tests', Promise<Run>>;
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  /** The handler class's file, found through the module's import of it. */
  const readHandler = (service: string, cls: string) => {
    const module = read(`services/${service}/src/${service}.module.ts`);
    const from = new RegExp(`import \\{ ${cls} \\} from '\\./([^']+)'`).exec(module)?.[1];
    if (!from) throw new Error(`${service}.module.ts does not import ${cls}`);
    return read(`services/${service}/src/${from}.ts`);
  };

  beforeAll(async () => {
    dir = copyRepository();
    const nx = ['node_modules/nx/dist/bin/nx.js', 'g', '--no-interactive'];
    for (const args of [
      [
        '@vt/generators:service',
        SERVICE,
        `--port=${PORT}`,
        `--description=${DESCRIPTION}`,
        '--concept=nazorgtrajecten',
        '--entity=nazorgtraject',
      ],
      ['@vt/generators:event-handler', SERVICE, HANDLER, `--event=${EVENT}`],
      // An existing service, whose module lists no handlers yet.
      [
        '@vt/generators:event-handler',
        'monitoring',
        'open-monitoring-when-melding-ontvangen',
        '--event=nl.veiligthuis.intake.melding-ontvangen.v1',
      ],
    ]) {
      expect({ args, ...(await run(dir, [...nx, ...args])) }).toEqual({ args, ...SUCCEEDED });
    }
    const generated = [
      `services/${SERVICE}`,
      'services/monitoring',
      'libs/testing/src',
      'libs/contracts/src',
    ];
    checks = {
      typecheck: run(dir, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']),
      lint: run(dir, ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', ...generated]),
      prettier: run(dir, [
        'node_modules/prettier/bin/prettier.cjs',
        '--check',
        ...generated,
        'eslint.config.mjs',
        'docker-compose.yml',
        'deploy',
      ]),
      tests: run(dir, [
        'node_modules/jest/bin/jest.js',
        '--ci',
        '--maxWorkers=1',
        '--selectProjects',
        'deploy',
        SERVICE,
        'monitoring',
        '--runTestsByPath',
        'deploy/test/compose.spec.ts',
        `services/${SERVICE}/test/nazorgtrajecten.int-spec.ts`,
        `services/${SERVICE}/test/schema.int-spec.ts`,
        `services/${SERVICE}/test/${HANDLER}.int-spec.ts`,
        'services/monitoring/test/open-monitoring-when-melding-ontvangen.int-spec.ts',
      ]),
    };
  }, 180_000);

  afterAll(async () => {
    if (checks) await Promise.all(Object.values(checks));
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 240_000);

  it('registers the service in every list of services', () => {
    const processes = read('libs/testing/src/processes.ts');
    expect(processes).toMatch(new RegExp(`SERVICE_NAMES = \\[[^\\]]*'${SERVICE}',?\\s*\\] as const`));
    expect(processes).toMatch(new RegExp(`DEFAULT_PORTS[^}]*\\b${SERVICE}: ${PORT},?\\s*\\}`));
    expect(read('libs/contracts/src/event-definition.ts')).toMatch(
      new RegExp(`SERVICES = \\[[^\\]]*'${SERVICE}',?\\s*\\] as const`),
    );
    const compose = parse(read('docker-compose.yml'), { merge: true }) as {
      services: Record<string, { build: { args: { SERVICE: string } }; environment: Record<string, string> }>;
    };
    expect(compose.services[SERVICE].build.args.SERVICE).toBe(SERVICE);
    expect(compose.services[SERVICE].environment).toMatchObject({
      PORT: String(PORT),
      VT_STREAM: 'VT_EVENTS',
    });
    const kustomization = parse(read('deploy/k8s/kustomization.yaml')) as {
      resources: string[];
      images: { name: string }[];
    };
    expect(kustomization.resources).toContain(`${SERVICE}.yaml`);
    expect(kustomization.images.map((i) => i.name)).toContain(`veilig-thuis/${SERVICE}`);
    expect(parse(read('deploy/k8s/secrets.example.yaml')).stringData).toHaveProperty(
      `${SERVICE}-database-url`,
    );
    expect(read('eslint.config.mjs')).toContain(
      `{ sourceTag: 'scope:${SERVICE}', onlyDependOnLibsWithTags: ['scope:${SERVICE}', 'scope:shared'] }`,
    );
    expect(JSON.parse(read(`services/${SERVICE}/project.json`)).tags).toEqual([
      `scope:${SERVICE}`,
      'type:service',
    ]);
    for (const p of ['e2e/project.json', 'deploy/project.json']) {
      expect(JSON.parse(read(p)).implicitDependencies).toEqual(['tag:type:service']);
    }
  });

  it('registers each handler once: a provider of its module, marked @HandlesEvent()', () => {
    for (const [service, cls] of [
      [SERVICE, 'StartNazorgWhenVeiligheidsbeoordelingGestart'],
      ['monitoring', 'OpenMonitoringWhenMeldingOntvangen'],
    ]) {
      const module = read(`services/${service}/src/${service}.module.ts`);
      expect(module).not.toMatch(/handlers:/);
      expect(module).toMatch(new RegExp(`providers: \\[[^\\]]*\\b${cls}\\b`));
      const handler = readHandler(service, cls);
      expect(handler).toMatch(new RegExp(`@HandlesEvent\\(\\)\\s+export class ${cls}\\b`));
    }
  });

  it('the result typechecks', async () => {
    expect(await checks.typecheck).toEqual(SUCCEEDED);
  }, 240_000);

  it('the generated code passes lint with zero warnings and prettier', async () => {
    expect(await checks.lint).toEqual(SUCCEEDED);
    expect(await checks.prettier).toEqual(SUCCEEDED);
  }, 240_000);

  it('the deploy checks and the generated specs pass against real PostgreSQL and NATS', async () => {
    expect(await checks.tests).toEqual(SUCCEEDED);
  }, 240_000);
});
