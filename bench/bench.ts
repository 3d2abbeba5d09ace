import { join } from 'node:path';
import { Pool } from 'pg';
import { mintDevToken } from '@vt/auth';
import { STANDAARD_RATIO } from '@vt/observability';
import {
  createTestDatabase,
  deleteTestStreams,
  devSecrets,
  freePort,
  type RunningService,
  SERVICE_NAMES,
  type ServiceName,
  startService,
  type TestDatabase,
  testMessagingEnv,
} from '@vt/testing';
import { ensureInfra } from '../tools/dev/infra';
import { type Floor, floorAanwezig, floorBron, type Kind, startFloor, startKind } from './floor';
import {
  beoordelingen,
  body,
  commits,
  type Latentie,
  latentieBijTempo,
  postLus,
  postMelding,
  postMeldingbatch,
  wachtOpAssessment,
} from './load';
import { werkvoorraadBench } from './werkvoorraad';
import { cpuStand, cpuVerschil, machineTijd, natsServerPids, postgresPids, rssMb } from './proc';

/**
 * `npm run bench`: the cost of a report on the platform in production configuration beside the same flow
 * without a framework (../shared/bench-floor), measured in the same run with the same load generator, body
 * and token, interleaved (platform, floor, platform, floor …) so that a machine that speeds up or slows
 * down during the run moves both. See ADR 0010.
 */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 12) * 1000;
const RATE = Number(process.env.BENCH_RATE ?? 50);
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
/** Police reports in the batch scenario (issue 8): one batch per repetition, after the single reports. */
const BATCH = Number(process.env.BENCH_BATCH ?? 1000);
const WARM_UP = 100;
// `otlp` is production; `none` (no exporter: non-recording spans) and `disabled` (no SDK) price the tracing.
const TRACING = process.env.BENCH_TRACING ?? 'otlp';
if (!['otlp', 'none', 'disabled'].includes(TRACING)) throw new Error('BENCH_TRACING: otlp, none or disabled');

/** One system under test: where to post, its database, and its processes by the row they are shown on. */
interface Stapel {
  naam: 'platform' | 'floor';
  url: string;
  db: TestDatabase;
  pool: Pool;
  processen: [rij: string, pid: number][];
}

interface Meting {
  perSeconde: number;
  verzonden: number;
  fouten: number;
  cpu: Map<string, number>;
  commitsPerMelding: number;
  anderenProcent?: number;
  stealProcent?: number;
  latentie: Latentie;
  rssOnderLast: Map<string, number>;
}

const RIJEN = ['intake', 'privacy', 'assessment', 'investigation', 'monitoring', 'otlp receiver'];

function cpuGroepen(s: Stapel): [string, number[]][] {
  return [
    ...s.processen.map(([rij, pid]): [string, number[]] => [rij, [pid]]),
    ['postgresql', postgresPids(s.db.name)],
    ['nats-server', natsServerPids()],
    ['load generator', [process.pid]],
  ];
}

/** The highest RSS of each process while `werk` runs, sampled every 250 ms. */
async function metRss<T>(s: Stapel, werk: () => Promise<T>): Promise<[T, Map<string, number>]> {
  const hoogste = new Map<string, number>();
  const neem = () => {
    for (const [rij, pid] of s.processen) {
      const mb = rssMb(pid);
      if (mb !== undefined) hoogste.set(rij, Math.max(mb, hoogste.get(rij) ?? 0));
    }
  };
  const timer = setInterval(neem, 250);
  try {
    const uit = await werk();
    neem();
    return [uit, hoogste];
  } finally {
    clearInterval(timer);
  }
}

function rssNu(s: Stapel): Map<string, number> {
  return new Map(
    s.processen.flatMap(([rij, pid]) => {
      const mb = rssMb(pid);
      return mb === undefined ? [] : [[rij, mb] as [string, number]];
    }),
  );
}

/** One measured run: saturation (CONCURRENCY clients) until every assessment row, then RATE/s for latency. */
async function meet(s: Stapel, token: string): Promise<Meting> {
  // Autovacuum may be off on a test machine: without statistics the vault's candidate query scans every key.
  await s.pool.query('vacuum analyze');
  const [uit, rssOnderLast] = await metRss(s, async () => {
    const commitsVoor = await commits(s.pool);
    const rijenVoor = await beoordelingen(s.pool);
    const cpuVoor = cpuStand(cpuGroepen(s));
    const machineVoor = machineTijd();
    const start = Date.now();
    const statussen = await postLus(s.url, token, CONCURRENCY, DURATION_MS);
    const verzonden = statussen.get(201) ?? 0;
    await wachtOpAssessment(s.pool, rijenVoor + verzonden);
    const wandMs = Date.now() - start;
    const cpu = cpuVerschil(cpuVoor, cpuStand(cpuGroepen(s)));
    const machineNa = machineTijd();
    const commitsNa = await commits(s.pool);
    const latentie = await latentieBijTempo(s.url, token, s.pool, RATE, DURATION_MS);
    const eigen = [...cpu.values()].reduce((a, b) => a + b, 0);
    return {
      perSeconde: verzonden / (wandMs / 1000),
      verzonden,
      fouten: [...statussen.values()].reduce((a, b) => a + b, 0) - verzonden,
      cpu: new Map([...cpu].map(([k, ms]) => [k, ms / Math.max(1, verzonden)])),
      commitsPerMelding: (commitsNa - commitsVoor) / Math.max(1, verzonden),
      latentie,
      ...(machineVoor && machineNa
        ? {
            anderenProcent: (100 * (machineNa.bezet - machineVoor.bezet - eigen)) / wandMs,
            stealProcent:
              (100 * (machineNa.steal - machineVoor.steal)) / (machineNa.totaal - machineVoor.totaal),
          }
        : {}),
    };
  });
  return { ...uit, rssOnderLast };
}

/** One police batch of BATCH reports: accepted, stored and published until the last assessment row exists. */
async function meetBatch(s: Stapel, token: string): Promise<{ perSeconde: number; antwoordMs: number }> {
  const rijenVoor = await beoordelingen(s.pool);
  const start = Date.now();
  const { status, text } = await postMeldingbatch(s.url, token, BATCH);
  if (status !== 202) throw new Error(`batch: ${status} ${text.slice(0, 300)}`);
  const antwoordMs = Date.now() - start;
  await wachtOpAssessment(s.pool, rijenVoor + BATCH);
  return { perSeconde: BATCH / ((Date.now() - start) / 1000), antwoordMs };
}

const f = (n: number | undefined, d = 1) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(d));
const kol = (s: string, w = 10) => s.padStart(w);

function herhalingRegels(nr: number, p: Meting, v?: Meting): string[] {
  const rij = (label: string, a: string, b: string, ratio = '') =>
    `  ${label.padEnd(34)}${kol(a)}${kol(b)}${kol(ratio, 9)}`;
  const verhouding = (a: number, b?: number) => (b ? `${f((100 * a) / b, 0)} %` : '');
  const regels = [
    `repetition ${nr}${' '.repeat(26)}${kol('platform')}${kol('floor')}${kol('p/f', 9)}`,
    rij('reports/s end to end', f(p.perSeconde), f(v?.perSeconde), verhouding(p.perSeconde, v?.perSeconde)),
    rij(`  (ok, errors)`, `${p.verzonden},${p.fouten}`, v ? `${v.verzonden},${v.fouten}` : '-'),
    rij(`p50 request→assessment @${RATE}/s ms`, f(p.latentie.p50, 0), f(v?.latentie.p50, 0)),
    rij(`p99 request→assessment @${RATE}/s ms`, f(p.latentie.p99, 0), f(v?.latentie.p99, 0)),
    rij(
      `  HTTP answer p50 / p99 ms`,
      `${p.latentie.http.p50}/${p.latentie.http.p99}`,
      v ? `${v.latentie.http.p50}/${v.latentie.http.p99}` : '-',
    ),
    rij(
      `  (n, failed)`,
      `${p.latentie.n},${p.latentie.failures}`,
      v ? `${v.latentie.n},${v.latentie.failures}` : '-',
    ),
    rij('commits per report', f(p.commitsPerMelding), f(v?.commitsPerMelding)),
    `  CPU ms per report at saturation:`,
  ];
  let totaalP = 0;
  let totaalV = 0;
  for (const naam of [...RIJEN, 'postgresql', 'nats-server', 'load generator']) {
    const a = p.cpu.get(naam);
    const b = v?.cpu.get(naam);
    if (a === undefined && b === undefined) continue;
    totaalP += a ?? 0;
    totaalV += b ?? 0;
    regels.push(rij(`    ${naam === 'privacy' ? 'privacy / floor vault' : naam}`, f(a, 2), f(b, 2)));
  }
  regels.push(
    rij('    total', f(totaalP, 2), v ? f(totaalV, 2) : '-', verhouding(totaalP, v ? totaalV : undefined)),
  );
  regels.push(
    rij('other processes on the machine, % core', f(p.anderenProcent, 0), f(v?.anderenProcent, 0)),
    rij('hypervisor steal %', f(p.stealProcent), f(v?.stealProcent)),
  );
  return regels;
}

function rssRegels(idle: Map<string, number>[], last: Map<string, number>[], namen: string[]): string[] {
  const max = (ms: Map<string, number>[], k: string) => Math.max(...ms.map((m) => m.get(k) ?? 0));
  return namen.map((k) => {
    const i = max(idle, k);
    const l = max(last, k);
    return `  ${k.padEnd(22)} idle ${f(i, 0).padStart(4)} MB ${i < 150 ? 'ok' : 'OVER'}   under load ${f(l, 0).padStart(4)} MB ${l < 250 ? 'ok' : 'OVER'}`;
  });
}

async function otlpTelling(url: string): Promise<{ exports: number; bytes: number }> {
  return (await (await fetch(`${url}/stats`)).json()) as { exports: number; bytes: number };
}

async function main(): Promise<void> {
  // The worklist and deadline scheduler scenario of ADR 0021 runs on its own.
  if (process.env.BENCH_SCENARIO === 'werkvoorraad') return werkvoorraadBench();
  const infra = await ensureInfra();
  process.env.VT_TEST_ADMIN_DATABASE_URL = infra.adminDatabaseUrl;
  process.env.NATS_URL = infra.natsUrl;
  const secrets = devSecrets();
  const messaging = testMessagingEnv('bench');
  const opruimen: (() => Promise<unknown>)[] = [];
  const services: Partial<Record<ServiceName, RunningService>> = {};
  let floor: Floor | undefined;
  let sink: Kind | undefined;
  // An uncaught error ends the process without the `finally` below: its children must not outlive it.
  process.once('exit', () => {
    const kinderen = [
      ...Object.values(services).map((s) => s?.process),
      ...Object.values(floor?.kinderen ?? {}).map((k) => k.process),
      sink?.process,
    ];
    for (const kind of kinderen) if (kind?.exitCode === null) kind.kill('SIGKILL');
  });
  try {
    sink = await startKind('otlp receiver', join(__dirname, 'otlp-sink.js'), {}, /^\d+\n/);
    const sinkUrl = `http://127.0.0.1:${sink.output().trim()}`;
    const db = await createTestDatabase('bench');
    opruimen.push(
      () => db.drop(),
      () => deleteTestStreams(messaging.VT_STREAM),
    );
    // Production configuration: traces exported over OTLP with the operators' sampler, JSON logs at info.
    const profiel: NodeJS.ProcessEnv = process.env.BENCH_CPU_PROF
      ? { NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.js')}` }
      : {};
    const env: NodeJS.ProcessEnv = {
      ...secrets,
      ...messaging,
      DATABASE_URL: db.url,
      LOG_LEVEL: 'info',
      OTEL_SDK_DISABLED: String(TRACING === 'disabled'),
      OTEL_EXPORTER_OTLP_ENDPOINT: TRACING === 'otlp' ? sinkUrl : '',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      // BENCH_CPU_PROF=<dir>: a CPU profile of each process over the measured runs (bench/profile-summary.ts).
      ...profiel,
    };
    for (const name of SERVICE_NAMES)
      services[name] = await startService(
        name,
        { ...env, BENCH_PROFILE_NAME: `platform-${name}` },
        { port: await freePort() },
      );
    const token = await mintDevToken(
      { sub: 'bench', regio: 'VR09', rollen: ['medewerker'] },
      secrets.AUTH_JWT_SECRET,
    );
    const stapels: Stapel[] = [
      {
        naam: 'platform',
        url: services.intake?.url as string,
        db,
        pool: new Pool({ connectionString: db.url, max: 2 }),
        processen: [
          ...SERVICE_NAMES.map((n): [string, number] => [n, services[n]?.process.pid ?? 0]),
          ['otlp receiver', sink.process.pid ?? 0],
        ],
      },
    ];
    if (floorAanwezig()) {
      const floorDb = await createTestDatabase('benchfloor');
      opruimen.push(() => floorDb.drop());
      floor = await startFloor(floorDb.url, infra.natsUrl, secrets.AUTH_JWT_SECRET, profiel);
      stapels.push({
        naam: 'floor',
        url: floor.url,
        db: floorDb,
        pool: new Pool({ connectionString: floorDb.url, max: 2 }),
        processen: [
          ['intake', floor.kinderen.intake.process.pid ?? 0],
          ['privacy', floor.kinderen.vault.process.pid ?? 0],
          ['assessment', floor.kinderen.assessment.process.pid ?? 0],
        ],
      });
    } else {
      process.stderr.write(
        `\nThe framework-free floor is not at ${floorBron()} (set BENCH_FLOOR_DIR or put ../shared/bench-floor beside the project): measuring the platform alone, without ratios.\n\n`,
      );
    }
    for (const s of stapels) opruimen.push(() => s.pool.end());

    for (const s of stapels) {
      for (let i = 0; i < WARM_UP; i++) {
        const { status, text } = await postMelding(s.url, token, body());
        if (status !== 201) throw new Error(`${s.naam} warm-up: ${status} ${text.slice(0, 300)}`);
      }
      await wachtOpAssessment(s.pool, WARM_UP);
    }
    await new Promise((r) => setTimeout(r, 3000));
    // Idle is after the warm-up and before any load: a heap that grew under load is not returned at once.
    const idle = stapels.map((s) => [rssNu(s)]);
    if (profiel.NODE_OPTIONS)
      for (const s of stapels)
        for (const [rij, pid] of s.processen) if (rij !== 'otlp receiver') process.kill(pid, 'SIGWINCH');

    const metingen: Meting[][] = stapels.map(() => []);
    const batches: { perSeconde: number; antwoordMs: number }[] = [];
    for (let h = 0; h < REPETITIONS; h++) {
      for (const [i, s] of stapels.entries()) metingen[i].push(await meet(s, token));
      // The floor has no batch route: the batch is measured on the platform, against its own single reports.
      if (BATCH > 0) batches.push(await meetBatch(stapels[0], token));
    }
    const otlp = await otlpTelling(sinkUrl);

    const ratio = process.env.OTEL_TRACES_SAMPLER_ARG ?? `${STANDAARD_RATIO} (the platform default)`;
    const uit = [
      `node ${process.version}, ${CONCURRENCY} clients for ${DURATION_MS / 1000} s at saturation, then ${RATE} reports/s for ${DURATION_MS / 1000} s, ${REPETITIONS} interleaved repetitions`,
      TRACING === 'otlp'
        ? `platform: OTLP/HTTP export to a local receiver, OTEL_TRACES_SAMPLER=parentbased_traceidratio, ratio ${ratio}; JSON logs at info`
        : `platform: NOT production: BENCH_TRACING=${TRACING} (${TRACING === 'none' ? 'no exporter, non-recording spans' : 'OTEL_SDK_DISABLED=true'}); JSON logs at info`,
      `  the receiver got ${otlp.exports} exports, ${f(otlp.bytes / 1024 / 1024)} MB`,
      `floor: ${stapels[1] ? floorBron() : 'absent'}`,
      '',
    ];
    for (let h = 0; h < REPETITIONS; h++)
      uit.push(...herhalingRegels(h + 1, metingen[0][h], metingen[1]?.[h]), '');
    if (metingen[1]) {
      const ratios = metingen[0].map((p, h) => (100 * p.perSeconde) / metingen[1][h].perSeconde);
      uit.push(
        `platform / floor reports/s per repetition: ${ratios.map((r) => `${f(r, 0)} %`).join(', ')}  (target >= 80 %)`,
      );
    }
    if (batches.length > 0)
      uit.push(
        `platform police batch of ${BATCH} (202 → last assessment row), reports/s per repetition: ${batches
          .map(
            (b, h) =>
              `${f(b.perSeconde)} (${f(b.perSeconde / metingen[0][h].perSeconde, 1)}x single, 202 in ${b.antwoordMs} ms)`,
          )
          .join(', ')}  (target >= 5x the single-report rate)`,
      );
    const p99s = metingen[0].map((m) => m.latentie.p99);
    uit.push(
      `platform p99 request→assessment at ${RATE}/s: ${p99s.join(', ')} ms  (target <= 150 ms)`,
      '',
      'RSS, highest of the samples (target < 150 MB idle, < 250 MB under the bench):',
    );
    for (const [i, s] of stapels.entries())
      uit.push(
        ...rssRegels(
          idle[i],
          metingen[i].map((m) => m.rssOnderLast),
          s.processen.map(([rij]) => rij),
        ).map((r) => `${s.naam.padEnd(8)}${r}`),
      );
    if (profiel.NODE_OPTIONS)
      for (const [i, s] of stapels.entries())
        uit.push(
          `${s.naam}: ${metingen[i].reduce((n, m) => n + m.verzonden + m.fouten + m.latentie.n + m.latentie.failures, 0)} reports while profiled (${process.env.BENCH_CPU_PROF})`,
        );
    process.stdout.write(`${uit.join('\n')}\n`);
    if (metingen.flat().some((m) => m.fouten > 0 || m.latentie.failures > 0)) {
      for (const s of Object.values(services))
        process.stderr.write(`--- ${s?.name}\n${s?.output().slice(-1500)}\n`);
      for (const k of Object.values(floor?.kinderen ?? {}))
        process.stderr.write(`--- ${k.naam}\n${k.output().slice(-1500)}\n`);
    }
  } finally {
    await Promise.all(Object.values(services).map((s) => s?.stop()));
    await floor?.stop();
    await sink?.stop();
    for (const stap of opruimen.reverse()) await stap().catch(() => undefined);
  }
}

// `BENCH_SCENARIO=radar`: the vault's radar over many stored people instead (bench/radar.ts).
(process.env.BENCH_SCENARIO === 'radar' ? import('./radar').then((r) => r.radarBench()) : main()).catch(
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
