import { randomInt } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { Pool } from 'pg';
import { given } from '@vt/testing';

/** A surname of random letters: the vault normalises names to letters, so digits would make everyone one person. */
function achternaam(): string {
  return Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

/** A random birth date, so that no two bench people share surname and birth date. */
function geboortedatum(vanaf: number, jaren: number): string {
  return new Date(Date.UTC(vanaf, 0, 1) + randomInt(jaren * 365) * 86_400_000).toISOString().slice(0, 10);
}

/** A report of a new household of two; the platform and the floor get the same bodies. */
export function body(): string {
  const persoon = (rol: string, voornaam: string, vanaf: number, jaren: number) =>
    given.persoon({ rol, voornaam, achternaam: achternaam(), geboortedatum: geboortedatum(vanaf, jaren) });
  return JSON.stringify(
    given.melding({
      melder: { naam: 'Bench Melder', meldcodePlichtig: undefined },
      huishouden: { personen: [persoon('ouder', 'Anna', 1970, 30), persoon('kind', 'Bram', 2010, 15)] },
      zorgen: { omschrijving: 'bench', schaalvraag: 5 },
    }),
  );
}

// node:http with keep-alive rather than fetch: the load generator shares the two cores with what it
// measures, and fetch (undici with web streams) cost it two to three times the CPU per request.
const agent = new Agent({ keepAlive: true });

/** One HTTP request on the keep-alive agent; resolves the status and the answer's text. */
export function verzoek(
  url: URL,
  opts: { method: string; headers: Record<string, string | number> },
  payload?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, agent, ...opts },
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

/** POSTs a report body to `<intake>/api/v1/meldingen`; resolves the status and the answer's text. */
export function postMelding(
  intake: string,
  token: string,
  payload: string,
): Promise<{ status: number; text: string }> {
  return post(`${intake}/api/v1/meldingen`, token, payload);
}

/** A police report (§6.4) about a new household of two, as one item of a batch. */
export function politiemelding(): unknown {
  return {
    ...(JSON.parse(body()) as object),
    kanaal: 'digitaal',
    melder: { type: 'politie', instelling: 'Politie Eenheid Bench', email: 'bench@politie.invalid' },
  };
}

/** POSTs a batch of `n` police reports to `<intake>/api/v1/meldingbatches`. */
export function postMeldingbatch(
  intake: string,
  token: string,
  n: number,
): Promise<{ status: number; text: string }> {
  return post(
    `${intake}/api/v1/meldingbatches`,
    token,
    JSON.stringify(Array.from({ length: n }, politiemelding)),
  );
}

function post(adres: string, token: string, payload: string): Promise<{ status: number; text: string }> {
  return verzoek(
    new URL(adres),
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
      },
    },
    payload,
  );
}

export async function beoordelingen(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    'select count(*)::int as n from assessment.veiligheidsbeoordeling',
  );
  return rows[0].n;
}

/** Waits until assessment has a row for every report so far; a backlog would count against the next phase. */
export async function wachtOpAssessment(pool: Pool, verwacht: number): Promise<void> {
  for (const until = Date.now() + 120_000; Date.now() < until;) {
    if ((await beoordelingen(pool)) >= verwacht) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`assessment did not reach ${verwacht} rows in time`);
}

/** `clients` posting back to back for `ms`: how many answers of each status. */
export async function postLus(
  intake: string,
  token: string,
  clients: number,
  ms: number,
): Promise<Map<number, number>> {
  const statussen = new Map<number, number>();
  const end = Date.now() + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < end) {
        const { status } = await postMelding(intake, token, body());
        statussen.set(status, (statussen.get(status) ?? 0) + 1);
      }
    }),
  );
  return statussen;
}

export interface Latentie {
  p50: number;
  p99: number;
  max: number;
  n: number;
  failures: number;
  http: { p50: number; p99: number };
}

/** `rate` reports a second for `ms`, on a fixed schedule: request → assessment row, and the HTTP answer. */
export async function latentieBijTempo(
  intake: string,
  token: string,
  pool: Pool,
  rate: number,
  ms: number,
): Promise<Latentie> {
  const n = Math.round((rate * ms) / 1000);
  const sentAt = new Map<string, number>();
  // The answer's own share tells intake and the vault apart from the relay and assessment.
  const antwoordMs: number[] = [];
  const start = Date.now();
  const inflight: Promise<void>[] = [];
  let failures = 0;
  for (let i = 0; i < n; i++) {
    const wait = start + (i * 1000) / rate - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      (async () => {
        const t0 = Date.now();
        const res = await postMelding(intake, token, body());
        antwoordMs.push(Date.now() - t0);
        const json = JSON.parse(res.text) as { meldingId?: string };
        if (json.meldingId) sentAt.set(json.meldingId, t0);
        else if (++failures === 1)
          process.stderr.write(`first failure: ${res.status} ${JSON.stringify(json).slice(0, 300)}\n`);
      })(),
    );
  }
  await Promise.all(inflight);
  const ids = [...sentAt.keys()];
  let rows: { id: string; at: Date }[] = [];
  for (const until = Date.now() + 60_000; Date.now() < until;) {
    rows = (
      await pool.query<{ id: string; at: Date }>(
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
    max: lat[lat.length - 1] ?? NaN,
    n: lat.length,
    failures,
    http: { p50: percentiel(http, 50), p99: percentiel(http, 99) },
  };
}

/** The p-th percentile of an ascending list (nearest rank). */
export function percentiel(oplopend: number[], p: number): number {
  return oplopend[Math.min(oplopend.length - 1, Math.floor((p / 100) * oplopend.length))] ?? NaN;
}

/** Transactions committed in this database so far; PostgreSQL publishes them within a second. */
export async function commits(pool: Pool): Promise<number> {
  await new Promise((r) => setTimeout(r, 1200));
  await pool.query('select pg_stat_clear_snapshot()');
  const { rows } = await pool.query<{ n: string }>(
    'select xact_commit::bigint as n from pg_stat_database where datname = current_database()',
  );
  return Number(rows[0].n);
}
