import { Pool } from 'pg';
import { mintDevToken } from '@vt/auth';
import {
  createTestDatabase,
  deleteTestStreams,
  devSecrets,
  freePort,
  type RunningService,
  startService,
  type TestDatabase,
  testMessagingEnv,
} from '@vt/testing';
import { ensureInfra } from '../tools/dev/infra';
import { verzoek } from './load';

/**
 * `BENCH_SCENARIO=werkvoorraad npm run bench` (ADR 0021): the worklist over N assessments in one region
 * (default 1,000,000, generated set-based, `VACUUM ANALYZE` first) with 16 concurrent readers paging by
 * cursor, p50/p99 per page (targets 50 / 150 ms); and the scheduler: M deadlines passing at once (default
 * 100,000), all emitted (committed to the outbox, then published) within 60 s.
 */
const N = Number(process.env.BENCH_WERKVOORRAAD_N ?? 1_000_000);
const M = Number(process.env.BENCH_TERMIJNEN_N ?? 100_000);
const LEZERS = Number(process.env.BENCH_LEZERS ?? 16);
const DUUR_MS = Number(process.env.BENCH_SECONDS ?? 20) * 1000;
const PAGINAS = 5;
const WORKERS = 40;

/**
 * N assessments of VR09 received over the last years, one per few minutes: 80 % decided, three in four open
 * ones assigned to one of 40 workers, the indicators spread as they are in practice (roughly).
 */
export function bulkSql(n: number, nu: Date): { sql: string; params: unknown[] } {
  return {
    sql: `insert into assessment.veiligheidsbeoordeling (id, dossier_id, regio, melding_ids, status, ontvangen_op,
        spoed, herbeoordeling, uiterlijk, zicht_op_veiligheid_vanaf, gestart_op, besluit, besloten_op, hermelding,
        radar, anonieme_melder, dossierhouder, toegewezen_op, termijn_overschreden_op, zicht_overgenomen_op,
        zicht_grond)
      select gen_random_uuid(), gen_random_uuid(), 'VR09', '[]', case when besloten then 'besloten' else 'open' end,
        ontvangen, i % 50 = 0, i % 8 = 0, ontvangen::date + 7, ontvangen::date + 8, ontvangen,
        null, case when besloten then ontvangen + interval '4 days' end, i % 12 = 0, i % 5 = 0, i % 9 = 0,
        case when i % 4 <> 0 then 'mw-' || (i % ${WORKERS}) end, case when i % 4 <> 0 then ontvangen end,
        null, case when besloten then ontvangen + interval '4 days' end, case when besloten then 'besluit' end
      from generate_series(1, $1::int) as i,
        lateral (select date_trunc('milliseconds', $2::timestamptz - (i * interval '3 minutes')) as ontvangen,
                        i % 10 >= 2 and i > $1::int / 50 as besloten) as g`,
    params: [n, nu],
  };
}

/** The cases each reader walks round-robin: the four views and a filtered one, PAGINAS pages each. */
const VRAGEN = [
  'weergave=team',
  'weergave=mijn',
  'weergave=niet-toegewezen',
  'weergave=alle',
  'weergave=team&status=verlopen',
  'weergave=team&spoed=true',
];

const get = (url: string, token: string) =>
  verzoek(new URL(url), { method: 'GET', headers: { authorization: `Bearer ${token}` } });

const kwantiel = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

async function metAssessment<T>(
  label: string,
  extra: NodeJS.ProcessEnv,
  werk: (s: { url: string; db: TestDatabase; pool: Pool; env: NodeJS.ProcessEnv }) => Promise<T>,
): Promise<T> {
  const db = await createTestDatabase(label);
  const messaging = testMessagingEnv(label);
  const env = {
    ...devSecrets(),
    ...messaging,
    DATABASE_URL: db.url,
    LOG_LEVEL: 'warn',
    OTEL_SDK_DISABLED: 'true',
    ...extra,
  };
  let service: RunningService | undefined;
  const pool = new Pool({ connectionString: db.url, max: 4 });
  try {
    service = await startService('assessment', env, { port: await freePort() });
    return await werk({ url: service.url, db, pool, env });
  } finally {
    await service?.stop();
    await pool.end();
    await deleteTestStreams(messaging.VT_STREAM);
    await db.drop();
  }
}

async function werkvoorraad(): Promise<string[]> {
  return metAssessment('wvbench', { VT_TERMIJNBEWAKING_INTERVAL_MS: '0' }, async ({ url, pool, env }) => {
    const t0 = Date.now();
    const { sql, params } = bulkSql(N, new Date());
    await pool.query(sql, params);
    await pool.query('vacuum analyze assessment.veiligheidsbeoordeling');
    const laden = Date.now() - t0;
    const token = await mintDevToken(
      { sub: 'mw-1', regio: 'VR09', rollen: ['medewerker'] },
      env.AUTH_JWT_SECRET ?? '',
    );
    // Warm-up, not measured: the JIT, the connection pool and the working-day counter's years.
    for (const vraag of VRAGEN) await get(`${url}/api/v1/werkvoorraad?${vraag}&limiet=50`, token);
    const perVraag = new Map<string, number[]>(VRAGEN.map((v) => [v, []]));
    let fouten = 0;
    const einde = Date.now() + DUUR_MS;
    await Promise.all(
      Array.from({ length: LEZERS }, async (_, lezer) => {
        for (let k = lezer; Date.now() < einde; k++) {
          const vraag = VRAGEN[k % VRAGEN.length];
          let cursor: string | undefined;
          for (let pagina = 0; pagina < PAGINAS; pagina++) {
            const start = process.hrtime.bigint();
            const res = await get(
              `${url}/api/v1/werkvoorraad?${vraag}&limiet=50${cursor ? `&cursor=${cursor}` : ''}`,
              token,
            );
            const ms = Number(process.hrtime.bigint() - start) / 1e6;
            if (res.status !== 200) {
              fouten++;
              break;
            }
            perVraag.get(vraag)?.push(ms);
            cursor = (JSON.parse(res.text) as { volgende?: string }).volgende;
            if (!cursor) break;
          }
        }
      }),
    );
    const alle = [...perVraag.values()].flat();
    return [
      `worklist: ${N.toLocaleString('en')} assessments in VR09 generated + VACUUM ANALYZE in ${(laden / 1000).toFixed(1)} s; ${LEZERS} readers, ${DUUR_MS / 1000} s, ${alle.length} pages, ${fouten} errors`,
      `  all pages                 p50 ${kwantiel(alle, 0.5).toFixed(1)} ms  p99 ${kwantiel(alle, 0.99).toFixed(1)} ms  (targets 50 / 150 ms)`,
      ...[...perVraag].map(
        ([v, xs]) =>
          `  ${v.padEnd(30)} p50 ${kwantiel(xs, 0.5).toFixed(1)} ms  p99 ${kwantiel(xs, 0.99).toFixed(1)} ms  (${xs.length})`,
      ),
    ];
  });
}

async function termijnen(): Promise<string[]> {
  return metAssessment('tbbench', { VT_TERMIJNBEWAKING_INTERVAL_MS: '1000' }, async ({ pool }) => {
    // M open assessments whose deadline and 6th working day were yesterday: all due at the next pass.
    await pool.query(
      `insert into assessment.veiligheidsbeoordeling (id, dossier_id, regio, melding_ids, status, ontvangen_op,
         spoed, herbeoordeling, uiterlijk, zicht_op_veiligheid_vanaf, gestart_op)
       select gen_random_uuid(), gen_random_uuid(), 'VR09', '[]', 'open', now() - interval '9 days', false, false,
              current_date - 2, current_date - 1, now() - interval '9 days'
         from generate_series(1, $1::int)`,
      [M],
    );
    const t0 = Date.now();
    const tel = async () =>
      (
        await pool.query<{ uit: number; gepubliceerd: number }>(
          `select count(*)::int as uit, count(published_at)::int as gepubliceerd from assessment.outbox
            where type in ('nl.veiligthuis.assessment.termijn-overschreden.v1',
                           'nl.veiligthuis.assessment.zicht-op-veiligheid-overgenomen.v1')`,
        )
      ).rows[0];
    let uitgezet: number | undefined;
    let gepubliceerd: number | undefined;
    while (Date.now() - t0 < 180_000 && gepubliceerd === undefined) {
      const t = await tel();
      if (uitgezet === undefined && t.uit >= 2 * M) uitgezet = Date.now() - t0;
      if (t.gepubliceerd >= 2 * M) gepubliceerd = Date.now() - t0;
      await new Promise((r) => setTimeout(r, 200));
    }
    const s = (ms?: number) => (ms === undefined ? 'not within 180 s' : `${(ms / 1000).toFixed(1)} s`);
    return [
      `scheduler: ${M.toLocaleString('en')} deadlines and ${M.toLocaleString('en')} takeovers due at once: in the outbox after ${s(uitgezet)} (target 60 s), published after ${s(gepubliceerd)}`,
    ];
  });
}

export async function werkvoorraadBench(): Promise<void> {
  const infra = await ensureInfra();
  process.env.VT_TEST_ADMIN_DATABASE_URL = infra.adminDatabaseUrl;
  process.env.NATS_URL = infra.natsUrl;
  const uit = [...(await werkvoorraad()), ...(await termijnen())];
  process.stdout.write(`${uit.join('\n')}\n`);
}
