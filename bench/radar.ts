import { randomInt, randomUUID } from 'node:crypto';
import { connect } from 'nats';
import { Pool } from 'pg';
import { personenRegistrerenV1 } from '@vt/contracts';
import { RpcClient } from '@vt/messaging';
import {
  createTestDatabase,
  deleteTestStreams,
  devSecrets,
  freePort,
  startService,
  testBsn,
  testMessagingEnv,
} from '@vt/testing';
import { EnvKeyEncryptionKeys } from '../services/privacy/src/kluis/crypto/kek';
import { naamGeboortedatum } from '../services/privacy/src/kluis/domain/radar';
import { KluisService } from '../services/privacy/src/kluis/kluis.service';
import { privacyConfigFromEnv } from '../services/privacy/src/privacy.config';
import { ensureInfra } from '../tools/dev/infra';

/**
 * `BENCH_SCENARIO=radar npm run bench`: the radar (§1.3) over N stored people (`BENCH_RADAR_N`, default
 * 1,000,000), each with a data key of his own wrapped under the KEK and a real sealed record, inserted
 * with set-based SQL (`unnest`, batches of 5,000) and `VACUUM ANALYZE`d before measuring. A lookup is one
 * `vt.rpc.privacy.personen.registreren` of a known person, answered by the vault process: blind-index
 * candidates, their keys from the key service, decryption, comparison, the access log, the stored answer.
 * p50/p99 per lookup by BSN and by surname + birth date; target p99 ≤ 5 ms (ADR 0023).
 */
const N = Number(process.env.BENCH_RADAR_N ?? 1_000_000);
const LOOKUPS = Number(process.env.BENCH_RADAR_LOOKUPS ?? 1000);
const BATCH = 5000;
const LETTERS = [
  'ba',
  'de',
  'ko',
  'li',
  'ma',
  'no',
  'pe',
  'ri',
  'sa',
  'te',
  'vo',
  'wu',
  'jan',
  'sen',
  'berg',
];

interface Bekende {
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  bsn: string;
}

function persoon(): Bekende {
  const lettergrepen = Array.from({ length: 3 + randomInt(3) }, () => LETTERS[randomInt(LETTERS.length)]);
  const dag = new Date(Date.UTC(1940, 0, 1) + randomInt(80 * 365) * 86_400_000);
  return {
    voornaam: LETTERS[randomInt(LETTERS.length)] + LETTERS[randomInt(LETTERS.length)],
    achternaam: lettergrepen.join(''),
    geboortedatum: dag.toISOString().slice(0, 10),
    bsn: testBsn(),
  };
}

/** Fills the vault's tables as its own code would, in batches: the keys and the people. */
async function vul(db: Pool, env: NodeJS.ProcessEnv): Promise<Bekende[]> {
  const cfg = privacyConfigFromEnv(env);
  const crypto = new KluisService(cfg);
  const keks = new EnvKeyEncryptionKeys(cfg.kek, cfg.keksEerder);
  const steekproef: Bekende[] = [];
  const nu = new Date();
  for (let gedaan = 0; gedaan < N; gedaan += BATCH) {
    const n = Math.min(BATCH, N - gedaan);
    const rijen = await Promise.all(
      Array.from({ length: n }, async () => {
        const p = persoon();
        if (steekproef.length < LOOKUPS && randomInt(Math.max(1, Math.floor(N / LOOKUPS))) === 0)
          steekproef.push(p);
        const { rij, dataKey } = crypto.sealPersoon({
          regio: 'VR09',
          gegevens: p,
          bsn: p.bsn,
          naamGd: naamGeboortedatum(p),
          nietTerInzage: false,
          nu,
        });
        return { rij, dataKey, wrapped: await keks.wrap(dataKey.dataKey, dataKey.keyId) };
      }),
    );
    await db.query(
      `insert into privacy_keys.data_key (key_id, eigenaar_soort, eigenaar_ref, wrapped, aangemaakt_op)
       select k, 'persoon', e, w, $4 from unnest($1::uuid[], $2::uuid[], $3::bytea[]) as u (k, e, w)`,
      [
        rijen.map((r) => r.dataKey.keyId),
        rijen.map((r) => r.rij.persoonRef),
        rijen.map((r) => r.wrapped),
        nu,
      ],
    );
    await db.query(
      `insert into privacy.persoon (persoon_ref, regio, key_id, gegevens, bidx_bsn, bidx_naam_gd, aangemaakt_op)
       select r, 'VR09', k, g, b, n, $6 from unnest($1::uuid[], $2::uuid[], $3::bytea[], $4::text[], $5::text[])
         as u (r, k, g, b, n)`,
      [
        rijen.map((r) => r.rij.persoonRef),
        rijen.map((r) => r.rij.keyId),
        rijen.map((r) => r.rij.gegevens),
        rijen.map((r) => r.rij.bidxBsn),
        rijen.map((r) => r.rij.bidxNaamGd),
        nu,
      ],
    );
    if ((gedaan / BATCH) % 20 === 0) process.stdout.write(`  stored ${gedaan + n} of ${N}\n`);
  }
  return steekproef;
}

const kwantiel = (ms: number[], q: number) => {
  const s = [...ms].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

export async function radarBench(): Promise<void> {
  const infra = await ensureInfra();
  process.env.VT_TEST_ADMIN_DATABASE_URL = infra.adminDatabaseUrl;
  const messaging = testMessagingEnv('radar');
  const env = { ...devSecrets(), ...messaging, NATS_URL: infra.natsUrl };
  const db = await createTestDatabase('radar');
  const vault = await startService(
    'privacy',
    { ...env, DATABASE_URL: db.url, LOG_LEVEL: 'warn' },
    {
      port: await freePort(),
    },
  );
  const pool = new Pool({ connectionString: db.url, max: 2 });
  const nc = await connect({ servers: infra.natsUrl });
  try {
    const start = Date.now();
    const steekproef = await vul(pool, env);
    await pool.query('vacuum analyze privacy.persoon');
    await pool.query('vacuum analyze privacy_keys.data_key');
    console.log(`radar: ${N} people stored and analysed in ${((Date.now() - start) / 1000).toFixed(1)} s`);

    const rpc = new RpcClient(nc, { subjectPrefix: messaging.VT_SUBJECT_PREFIX });
    const zoek = async (p: Partial<Bekende>, verwacht: string) => {
      const t = process.hrtime.bigint();
      const reply = await rpc.request(personenRegistrerenV1, {
        verzoekId: randomUUID(),
        regio: 'VR09',
        verwerking: { sub: 'bench', doelbinding: 'bench-radar' },
        personen: [{ sleutel: 'k', rol: 'kind', ...p }],
      });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (reply.personen[0].match !== verwacht)
        throw new Error(`expected ${verwacht}, got ${reply.personen[0].match}`);
      return ms;
    };
    // Warm-up: connections, JIT, the first pages in cache.
    for (const p of steekproef.slice(0, 50)) await zoek({ bsn: p.bsn }, 'bsn');
    const metingen: [string, number[]][] = [
      ['BSN', []],
      ['surname + birth date', []],
    ];
    for (const p of steekproef) {
      metingen[0][1].push(await zoek({ bsn: p.bsn }, 'bsn'));
      metingen[1][1].push(
        await zoek({ achternaam: p.achternaam, geboortedatum: p.geboortedatum }, 'naam-geboortedatum'),
      );
    }
    for (const [soort, ms] of metingen) {
      const p99 = kwantiel(ms, 0.99);
      console.log(
        `radar by ${soort.padEnd(21)} ${ms.length} lookups over ${N} people: p50 ${kwantiel(ms, 0.5).toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (target ≤ 5 ms: ${p99 <= 5 ? 'ok' : 'OVER'})`,
      );
    }
    const { rows } = await pool.query<{ n: string }>(
      'select avg(n)::numeric(6, 1) as n from (select count(*) as n from privacy.persoon group by bidx_bsn) b',
    );
    console.log(`  candidates per BSN index value: ${rows[0].n} on average`);
  } finally {
    await nc.close();
    await pool.end();
    await vault.stop();
    await deleteTestStreams(messaging.VT_STREAM);
    await db.drop();
  }
}
