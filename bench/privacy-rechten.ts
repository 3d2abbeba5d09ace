import { randomUUID } from 'node:crypto';
import { connect } from 'nats';
import { Pool } from 'pg';
import { mintDevToken } from '@vt/auth';
import { aantekeningenVastleggenV1, personenRegistrerenV1 } from '@vt/contracts';
import { RpcClient } from '@vt/messaging';
import {
  createTestDatabase,
  deleteTestStreams,
  devSecrets,
  freePort,
  type RunningService,
  startService,
  testMessagingEnv,
} from '@vt/testing';
import { vulVerlopenDossiers } from '../services/privacy/src/vernietiging/testdata/verlopen-dossiers';
import { ensureInfra } from '../tools/dev/infra';

/**
 * `node dist/bench/privacy-rechten.js`: the privacy service's retention sweep and inzage export (issue 10).
 * 1. A sweep of BENCH_SWEEP_FILES (100,000) expired files by the service process, from its start until
 *    every file is destroyed and every `dossier-vernietigd` / `persoon-vernietigd` event is published:
 *    files per second (target ≥ 2,000).
 * 2. The export of a granted inzage for a person on a file with BENCH_EXPORT_REPORTS (50) reports, asked
 *    BENCH_EXPORT_REQUESTS (200) times one after the other: p50 / p99.
 */
const FILES = Number(process.env.BENCH_SWEEP_FILES ?? 100_000);
const BATCH = process.env.BENCH_SWEEP_BATCH ?? '500';
const REPORTS = Number(process.env.BENCH_EXPORT_REPORTS ?? 50);
const REQUESTS = Number(process.env.BENCH_EXPORT_REQUESTS ?? 200);

async function main(): Promise<void> {
  const infra = await ensureInfra();
  process.env.VT_TEST_ADMIN_DATABASE_URL = infra.adminDatabaseUrl;
  process.env.NATS_URL = infra.natsUrl;
  const messaging = testMessagingEnv('benchrechten');
  const db = await createTestDatabase('benchrechten');
  const secrets = devSecrets();
  const env = { ...secrets, ...messaging, DATABASE_URL: db.url, LOG_LEVEL: 'warn' };
  const pool = new Pool({ connectionString: db.url, max: 2 });
  let service: RunningService | undefined;
  try {
    // Migrated by a first start with the job off, then filled.
    service = await startService(
      'privacy',
      { ...env, PRIVACY_BEWAARTERMIJN_INTERVAL_MS: '0' },
      { port: await freePort() },
    );
    await service.stop();
    const vulStart = Date.now();
    await vulVerlopenDossiers(pool, FILES, '2024-12-31');
    process.stdout.write(`filled ${FILES} expired files in ${Date.now() - vulStart} ms\n`);

    const start = Date.now();
    service = await startService(
      'privacy',
      { ...env, PRIVACY_BEWAARTERMIJN_INTERVAL_MS: '3600000', PRIVACY_BEWAARTERMIJN_BATCH: BATCH },
      { port: await freePort(), readyTimeoutMs: 120_000 },
    );
    const gereed = Date.now() - start;
    let vernietigd = 0;
    for (;;) {
      const { rows } = await pool.query<{ actief: string; onverzonden: string }>(
        `select (select count(*) from privacy.bewaartermijn where status = 'actief') as actief,
                (select count(*) from privacy.outbox where published_at is null) as onverzonden`,
      );
      if (Number(rows[0].actief) === 0 && vernietigd === 0) vernietigd = Date.now() - start;
      if (Number(rows[0].actief) === 0 && Number(rows[0].onverzonden) === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const ms = Date.now() - start;
    const { rows } = await pool.query<{ n: string }>('select count(*) as n from privacy.outbox');
    process.stdout.write(
      `retention sweep: ${FILES} files in ${ms} ms incl. start-up = ${Math.round((FILES * 1000) / ms)} files/s (target ≥ 2000), ${rows[0].n} events published (ready after ${gereed} ms, all destroyed after ${vernietigd} ms)\n`,
    );

    // The export of a person on a file with many reports.
    const nc = await connect({ servers: infra.natsUrl });
    const rpc = new RpcClient(nc, { subjectPrefix: messaging.VT_SUBJECT_PREFIX });
    const dossierId = randomUUID();
    const reg = await rpc.request(personenRegistrerenV1, {
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: [
        { sleutel: 'k', rol: 'kind', voornaam: 'Bench', achternaam: 'Export', geboortedatum: '1990-01-01' },
      ],
    });
    const persoonRef = reg.personen[0].persoonRef;
    for (let i = 0; i < REPORTS; i++)
      await rpc.request(aantekeningenVastleggenV1, {
        verzoekId: randomUUID(),
        regio: 'VR09',
        dossierId,
        personen: [{ persoonRef, rol: 'kind' }],
        aantekeningen: [
          {
            sleutel: 'z',
            soort: 'melding.zorgen.omschrijving',
            tekst: `melding ${i}: ${'zorgen '.repeat(60).trim()}`,
            betreft: [persoonRef],
          },
        ],
      });
    await nc.close();
    const token = await mintDevToken(
      { sub: 'bench', regio: 'VR09', rollen: ['privacyfunctionaris'] },
      secrets.AUTH_JWT_SECRET,
    );
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const verzoek = (await (
      await fetch(`${service.url}/api/v1/verzoeken`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          soort: 'inzage',
          persoonRef,
          ingediendDoor: { persoonRef, hoedanigheid: 'zelf' },
          ontvangenOp: new Date().toISOString(),
        }),
      })
    ).json()) as { id: string };
    await fetch(`${service.url}/api/v1/verzoeken/${verzoek.id}/besluit`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ uitkomst: 'toegewezen', motivering: 'bench' }),
    });
    const tijden: number[] = [];
    let aantekeningen = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const t = process.hrtime.bigint();
      const res = await fetch(`${service.url}/api/v1/verzoeken/${verzoek.id}/export`, { headers });
      const e = (await res.json()) as { aantekeningen: unknown[] };
      tijden.push(Number(process.hrtime.bigint() - t) / 1e6);
      aantekeningen = e.aantekeningen.length;
    }
    tijden.sort((a, b) => a - b);
    const p = (q: number) => tijden[Math.min(tijden.length - 1, Math.floor(q * tijden.length))].toFixed(1);
    process.stdout.write(
      `inzage export of ${aantekeningen} reports: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms over ${REQUESTS} requests\n`,
    );
  } finally {
    await service?.stop();
    await pool.end();
    await deleteTestStreams(messaging.VT_STREAM);
    await db.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
