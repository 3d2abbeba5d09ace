import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { Pool } from 'pg';
import { mintDevToken } from '@vt/auth';
import {
  createTestDatabase,
  deleteTestStreams,
  devSecrets,
  type RunningService,
  SERVICE_NAMES,
  type ServiceName,
  startService,
  testBsn,
  testMessagingEnv,
} from '@vt/testing';
import { ensureInfra } from '../tools/dev/infra';

/**
 * `npm run bench`: intake throughput and report→assessment latency on this machine, beside a baseline
 * measured in the same run (raw single-row INSERT commits with pg into the same database), so the
 * figures are ratios rather than absolute numbers on a noisy machine.
 */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const RATE = Number(process.env.BENCH_RATE ?? 50);

/** A surname of random letters: the vault normalises names to letters, so digits would make everyone one person. */
function achternaam(): string {
  return Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

/** A random birth date, so that no two bench people share surname and birth date. */
function geboortedatum(vanaf: number, jaren: number): string {
  return new Date(Date.UTC(vanaf, 0, 1) + randomInt(jaren * 365) * 86_400_000).toISOString().slice(0, 10);
}

function body(): string {
  return JSON.stringify({
    kanaal: 'telefoon',
    spoed: false,
    melder: { type: 'professional', naam: 'Bench Melder', telefoon: '0612345678' },
    anonimiteit: 'geen',
    huishouden: {
      gemeentecode: 'GM0344',
      personen: [
        {
          rol: 'ouder',
          voornaam: 'Anna',
          achternaam: achternaam(),
          geboortedatum: geboortedatum(1970, 30),
          bsn: testBsn(),
        },
        {
          rol: 'kind',
          voornaam: 'Bram',
          achternaam: achternaam(),
          geboortedatum: geboortedatum(2010, 15),
          bsn: testBsn(),
        },
      ],
    },
    zorgen: { omschrijving: 'bench', schaalvraag: 5 },
  });
}

// node:http with keep-alive rather than fetch: the load generator shares the two cores with what it
// measures, and fetch (undici with web streams) cost it two to three times the CPU per request (3.4 against
// 1.3 ms per report at saturation, measured in two runs of this bench).
const agent = new Agent({ keepAlive: true });

/** POSTs a report body to intake; resolves the status and the answer's text. */
function postMelding(
  intake: string,
  token: string,
  payload: string,
): Promise<{ status: number; text: string }> {
  const url = new URL(`${intake}/api/v1/meldingen`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        const delen: Buffer[] = [];
        res.on('data', (d: Buffer) => delen.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(delen).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** CPU time (user + system, ms) of a process from /proc, or undefined off Linux. */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
  // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 Hz on Linux).
  const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(velden[11]) + Number(velden[12])) * 1000) / 100;
}

/** The machine's CPU time in ticks, and the part the hypervisor gave to other guests (steal), from /proc/stat. */
function machineTijd(): { totaal: number; steal: number } | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  // cpu user nice system idle iowait irq softirq steal ...
  const velden = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  return { totaal: velden.reduce((a, b) => a + b, 0), steal: velden[7] };
}

/** Every process on this machine whose command line matches, e.g. the PostgreSQL backends. */
function pidsVan(patroon: RegExp): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return patroon.test(readFileSync(`/proc/${d}/cmdline`, 'utf8'));
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** CPU time (ms) per process, grouped: a service, this load generator, PostgreSQL, NATS. */
type CpuStand = Map<string, Map<number, number>>;

/**
 * The five services, this load generator, and (when they run on this machine) PostgreSQL and NATS.
 * A PostgreSQL backend that exits during the phase drops out, so that figure is a floor.
 */
function cpuStand(services: Partial<Record<ServiceName, RunningService>>): CpuStand {
  const groepen: [string, number[]][] = [
    ...Object.entries(services).map(([naam, s]): [string, number[]] => [
      naam,
      s?.process.pid ? [s.process.pid] : [],
    ]),
    ['load generator', [process.pid]],
    ['postgresql', pidsVan(/^postgres/)],
    ['nats-server', pidsVan(/nats-server/)],
  ];
  const stand: CpuStand = new Map();
  for (const [naam, pids] of groepen) {
    const perPid = new Map<number, number>();
    for (const pid of pids) {
      const ms = cpuMs(pid);
      if (ms !== undefined) perPid.set(pid, ms);
    }
    if (perPid.size) stand.set(naam, perPid);
  }
  return stand;
}

function cpuRegels(voor: CpuStand, na: CpuStand, meldingen: number, wandMs: number): string[] {
  if (na.size === 0) return ['  (no /proc: CPU per process not measured)'];
  const regels: string[] = [];
  let totaal = 0;
  for (const [naam, perPid] of na) {
    let delta = 0;
    for (const [pid, ms] of perPid) delta += ms - (voor.get(naam)?.get(pid) ?? 0);
    totaal += delta;
    regels.push(
      `  ${naam.padEnd(15)} ${(delta / meldingen).toFixed(2).padStart(6)} ms/report  ${((100 * delta) / wandMs).toFixed(0).padStart(3)} % of a core`,
    );
  }
  regels.push(`  ${'total'.padEnd(15)} ${(totaal / meldingen).toFixed(2).padStart(6)} ms/report`);
  return regels;
}

async function baseline(url: string): Promise<number> {
  const pool = new Pool({ connectionString: url, max: CONCURRENCY });
  await pool.query(
    'create table if not exists bench_baseline (id bigserial primary key, payload text not null, at timestamptz not null default now())',
  );
  let n = 0;
  const end = Date.now() + DURATION_MS;
  const start = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        await pool.query('insert into bench_baseline (payload) values ($1)', ['x'.repeat(200)]);
        n++;
      }
    }),
  );
  const rate = n / ((Date.now() - start) / 1000);
  await pool.end();
  return rate;
}

async function waitPublished(pool: Pool, expected: number): Promise<number> {
  for (;;) {
    const { rows } = await pool.query(
      `select count(*)::int as n, max(published_at) as last from intake.outbox where type = 'nl.veiligthuis.intake.melding-ontvangen.v1' and published_at is not null`,
    );
    if (rows[0].n >= expected) return new Date(rows[0].last).getTime();
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** CONCURRENCY clients posting reports back to back for one phase: how many answers of each status. */
async function postLus(
  intake: string,
  token: string,
  maakBody: () => string,
): Promise<{ start: number; wandMs: number; statussen: Map<number, number> }> {
  const statussen = new Map<number, number>();
  const start = Date.now();
  const end = start + DURATION_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        const { status } = await postMelding(intake, token, maakBody());
        statussen.set(status, (statussen.get(status) ?? 0) + 1);
      }
    }),
  );
  return { start, wandMs: Date.now() - start, statussen };
}

async function intakeThroughput(
  intake: string,
  token: string,
  pool: Pool,
): Promise<{ rate: number; sent: number; errors: number }> {
  const { start, statussen } = await postLus(intake, token, body);
  const sent = statussen.get(201) ?? 0;
  const errors = [...statussen.values()].reduce((a, b) => a + b, 0) - sent;
  const last = await waitPublished(pool, sent);
  return { rate: sent / ((Math.max(last, Date.now() - 1) - start) / 1000), sent, errors };
}

/**
 * The same endpoint at the same concurrency, with a body that validation refuses (400): parsing, JWT,
 * validation, request context, request log and the problem answer, but no vault call, no database and no
 * event. What the platform costs per request before a report does any work of its own.
 */
async function requestFloor(intake: string, token: string): Promise<number> {
  const { wandMs, statussen } = await postLus(intake, token, () => '{}');
  const anders = [...statussen.keys()].filter((s) => s !== 400);
  if (anders.length) throw new Error(`request floor: expected only 400, got ${anders.join(', ')}`);
  return (statussen.get(400) ?? 0) / (wandMs / 1000);
}

/** Commits in this database so far; PostgreSQL publishes its statistics within a second of a transaction. */
async function commits(pool: Pool): Promise<number> {
  await new Promise((r) => setTimeout(r, 1500));
  await pool.query('select pg_stat_clear_snapshot()');
  const { rows } = await pool.query(
    'select xact_commit::bigint as n from pg_stat_database where datname = current_database()',
  );
  return Number(rows[0].n);
}

async function beoordelingen(pool: Pool): Promise<number> {
  const { rows } = await pool.query('select count(*)::int as n from assessment.veiligheidsbeoordeling');
  return rows[0].n;
}

/** Waits until assessment has a row for every report so far; a backlog would count against the next phase. */
async function wachtOpAssessment(pool: Pool, verwacht: number): Promise<void> {
  for (const until = Date.now() + 120_000; Date.now() < until;) {
    if ((await beoordelingen(pool)) >= verwacht) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`assessment did not reach ${verwacht} rows in time`);
}

async function latencyAtRate(
  intake: string,
  token: string,
  pool: Pool,
): Promise<{
  p50: number;
  p99: number;
  max: number;
  n: number;
  failures: number;
  http: { p50: number; p99: number };
}> {
  const n = Math.round((RATE * DURATION_MS) / 1000);
  const sentAt = new Map<string, number>();
  // The answer's own share of the latency tells intake and the vault apart from the relay and assessment.
  const antwoordMs: number[] = [];
  const interval = 1000 / RATE;
  const start = Date.now();
  const inflight: Promise<void>[] = [];
  let failures = 0;
  for (let i = 0; i < n; i++) {
    const due = start + i * interval;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      (async () => {
        const t0 = Date.now();
        const res = await postMelding(intake, token, body());
        antwoordMs.push(Date.now() - t0);
        const json = JSON.parse(res.text) as { meldingId?: string };
        if (json.meldingId) sentAt.set(json.meldingId, t0);
        else {
          failures++;
          if (failures === 1)
            process.stderr.write(`first failure: ${res.status} ${JSON.stringify(json).slice(0, 300)}\n`);
        }
      })(),
    );
  }
  await Promise.all(inflight);
  const ids = [...sentAt.keys()];
  let rows: { id: string; at: Date }[] = [];
  for (const until = Date.now() + 60_000; Date.now() < until;) {
    rows = (
      await pool.query(
        `select melding_ids->>0 as id, gestart_op as at from assessment.veiligheidsbeoordeling where melding_ids->>0 = any($1)`,
        [ids],
      )
    ).rows;
    if (rows.length >= ids.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const lat = rows.map((r) => new Date(r.at).getTime() - (sentAt.get(r.id) ?? 0)).sort((a, b) => a - b);
  const http = antwoordMs.sort((a, b) => a - b);
  return {
    p50: percentiel(lat, 50),
    p99: percentiel(lat, 99),
    max: lat[lat.length - 1],
    n: lat.length,
    failures,
    http: { p50: percentiel(http, 50), p99: percentiel(http, 99) },
  };
}

/** The p-th percentile of an ascending list (nearest rank). */
function percentiel(oplopend: number[], p: number): number {
  return oplopend[Math.min(oplopend.length - 1, Math.floor((p / 100) * oplopend.length))];
}

async function main(): Promise<void> {
  const infra = await ensureInfra();
  process.env.VT_TEST_ADMIN_DATABASE_URL = infra.adminDatabaseUrl;
  process.env.NATS_URL = infra.natsUrl;
  const db = await createTestDatabase('bench');
  const messaging = testMessagingEnv('bench');
  const secrets = devSecrets();
  const env = {
    ...secrets,
    ...messaging,
    DATABASE_URL: db.url,
    LOG_LEVEL: 'warn',
    OTEL_SDK_DISABLED: 'true',
  };
  const services: Partial<Record<ServiceName, RunningService>> = {};
  try {
    let port = 24100;
    for (const name of SERVICE_NAMES) services[name] = await startService(name, env, { port: port++ });
    const token = await mintDevToken(
      { sub: 'bench', regio: 'VR09', rollen: ['medewerker'] },
      secrets.AUTH_JWT_SECRET,
    );
    const intake = services.intake?.url as string;
    const pool = new Pool({ connectionString: db.url, max: 2 });
    const WARM_UP = 50;
    for (let i = 0; i < WARM_UP; i++) await postMelding(intake, token, body());
    await wachtOpAssessment(pool, WARM_UP);

    // The platform first: the baseline's burst of commits leaves checkpoint and vacuum work behind.
    // Idle services commit too (relay and consumer polls): their rate is measured first and taken off.
    const stilVoor = await commits(pool);
    const stilStart = Date.now();
    const commitsVoor = await commits(pool);
    const machineVoor = machineTijd();
    const stilPerMs = (commitsVoor - stilVoor) / (Date.now() - stilStart);
    const commitsStart = Date.now();
    const thrCpuVoor = cpuStand(services);
    const thrStart = Date.now();
    const thr = await intakeThroughput(intake, token, pool);
    await wachtOpAssessment(pool, WARM_UP + thr.sent);
    const thrWand = Date.now() - thrStart;
    const thrCpuNa = cpuStand(services);
    const eindTotEind = thr.sent / (thrWand / 1000);
    const commitsNa = await commits(pool);
    const commitsPerMelding = (commitsNa - commitsVoor - stilPerMs * (Date.now() - commitsStart)) / thr.sent;
    const cpuVoor = cpuStand(services);
    const latStart = Date.now();
    const lat = await latencyAtRate(intake, token, pool);
    const cpuNa = cpuStand(services);
    const latWand = Date.now() - latStart;
    const machineNa = machineTijd();
    const steal =
      machineVoor && machineNa
        ? (100 * (machineNa.steal - machineVoor.steal)) / (machineNa.totaal - machineVoor.totaal)
        : undefined;
    const floor = await requestFloor(intake, token);
    const raw = await baseline(db.url);
    await pool.end();
    const lines = [
      `concurrency ${CONCURRENCY}, ${DURATION_MS / 1000}s per phase, node ${process.version}`,
      `CPU time taken by the hypervisor (steal) during the report phases: ${steal === undefined ? 'not measured' : `${steal.toFixed(1)} %`}  (absolute figures are slower and noisier when it is high)`,
      `baseline: raw single-row INSERT commits/s (pg):       ${raw.toFixed(0)}`,
      `intake reports/s (HTTP until melding-ontvangen acked): ${thr.rate.toFixed(1)}  (${thr.sent} ok, ${thr.errors} errors)`,
      `ratio intake / raw insert:                             ${((100 * thr.rate) / raw).toFixed(1)} %  (target >= 25 %)`,
      `end to end reports/s (until every assessment row):     ${eindTotEind.toFixed(1)}`,
      `latency request -> assessment row at ${RATE}/s (n=${lat.n}, ${lat.failures} failed): p50 ${lat.p50} ms, p99 ${lat.p99} ms, max ${lat.max} ms  (target p99 < 250 ms)`,
      `  of which the HTTP answer (vault and intake):        p50 ${lat.http.p50} ms, p99 ${lat.http.p99} ms`,
      `request floor, same endpoint refused by validation:    ${floor.toFixed(0)} requests/s = ${((100 * floor) / raw).toFixed(1)} % of raw insert (no vault, database or event)`,
      `database transactions committed per report:            ${commitsPerMelding.toFixed(1)}  (idle polls taken off; the baseline: 1 per row)`,
      `CPU at saturation (throughput phase, until every assessment row):`,
      ...cpuRegels(thrCpuVoor, thrCpuNa, thr.sent, thrWand),
      `CPU during the ${RATE}/s phase (this load generator shares the machine):`,
      ...cpuRegels(cpuVoor, cpuNa, lat.n, latWand),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (lat.failures > 0 || thr.errors > 0) {
      for (const s of Object.values(services))
        process.stderr.write(`--- ${s?.name}\n${s?.output().slice(-1500)}\n`);
    }
  } finally {
    await Promise.all(Object.values(services).map((s) => s?.stop()));
    await deleteTestStreams(messaging.VT_STREAM);
    await db.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
