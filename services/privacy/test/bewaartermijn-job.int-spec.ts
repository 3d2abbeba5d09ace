import type { NatsConnection } from 'nats';
import { Pool } from 'pg';
import { dossierVernietigdV1, persoonVernietigdV1 } from '@vt/contracts';
import {
  connectTestNats,
  createServiceTestApp,
  freePort,
  query,
  type RunningService,
  type ServiceTestApp,
  startService,
  until,
} from '@vt/testing';
import { vulVerlopenDossiers } from '../src/vernietiging/testdata/verlopen-dossiers';
import { laadPrivacy } from './privacy-app';

const VERLOPEN = 6_000;
const LOPEND = 500;

/** Every event of one type on the stream, read fast with an ordered consumer. */
async function leesEvents(
  nc: NatsConnection,
  stream: string,
  subject: string,
): Promise<Record<string, unknown>[]> {
  const jsm = await nc.jetstreamManager();
  const info = await jsm.streams.info(stream, { subjects_filter: subject });
  const verwacht = Object.values(info.state.subjects ?? {}).reduce((a, b) => a + b, 0);
  const consumer = await nc.jetstream().consumers.get(stream, { filterSubjects: subject });
  const uit: Record<string, unknown>[] = [];
  while (uit.length < verwacht) {
    const batch = await consumer.fetch({ max_messages: 2000, expires: 2000 });
    let n = 0;
    for await (const m of batch) {
      uit.push((m.json() as { data: Record<string, unknown> }).data);
      n += 1;
    }
    if (n === 0) break;
  }
  return uit;
}

describe('privacy: the retention job survives SIGKILL (VT-15.3.4.2-a, real processes)', () => {
  let privacy: ServiceTestApp;
  let nc: NatsConnection;
  let pool: Pool;
  let proces: RunningService | undefined;

  beforeAll(async () => {
    // The in-process app only migrates and relays; the job runs in the service processes.
    privacy = await createServiceTestApp(laadPrivacy, {
      label: 'bwjob',
      env: { PRIVACY_BEWAARTERMIJN_INTERVAL_MS: '0' },
    });
    nc = await connectTestNats();
    pool = new Pool({ connectionString: privacy.db.url, max: 2 });
  }, 60_000);

  afterAll(async () => {
    await proces?.stop();
    await pool?.end();
    await nc?.close();
    await privacy?.stop();
  });

  const start = async () =>
    startService(
      'privacy',
      {
        ...privacy.env,
        PRIVACY_BEWAARTERMIJN_INTERVAL_MS: '600000',
        PRIVACY_BEWAARTERMIJN_BATCH: '100',
        LOG_LEVEL: 'info',
      },
      { port: await freePort() },
    );
  const vernietigd = async () =>
    Number(
      (
        await query<{ n: string }>(
          privacy.db.url,
          "select count(*) as n from privacy.bewaartermijn where status = 'vernietigd'",
        )
      )[0].n,
    );

  it('killed halfway, it resumes after a restart: each expired file destroyed and announced once, nothing else touched', async () => {
    const verlopen = await vulVerlopenDossiers(pool, VERLOPEN, '2024-12-31');
    const lopend = await vulVerlopenDossiers(pool, LOPEND, '2046-12-31');

    proces = await start();
    const halverwege = await until(
      async () => {
        const n = await vernietigd();
        return n > 0 ? n : undefined;
      },
      60_000,
      20,
    );
    proces.process.kill('SIGKILL');
    await new Promise((r) => proces?.process.once('exit', r));
    const naKill = await vernietigd();
    expect(halverwege).toBeGreaterThan(0);
    expect(naKill).toBeLessThan(VERLOPEN);
    // Whole batches only: every destroyed file took its person and text with it, the rest is intact.
    expect(naKill % 100).toBe(0);
    const [rest] = await query<{ personen: string; teksten: string }>(
      privacy.db.url,
      `select (select count(*) from privacy.persoon) as personen, (select count(*) from privacy.aantekening) as teksten`,
    );
    expect(Number(rest.personen)).toBe(VERLOPEN + LOPEND - naKill);
    expect(Number(rest.teksten)).toBe(VERLOPEN + LOPEND - naKill);

    proces = await start();
    await until(async () => (await vernietigd()) === VERLOPEN, 90_000, 200);
    await until(
      async () => {
        const [r] = await query<{ n: string }>(
          privacy.db.url,
          'select count(*) as n from privacy.outbox where published_at is null',
        );
        return Number(r.n) === 0;
      },
      60_000,
      200,
    );
    expect(proces.output()).toContain('bewaartermijn: verlopen dossiers vernietigd');
    const voortgang = proces
      .output()
      .split('\n')
      .filter((l) => l.includes('perSeconde'));
    process.stdout.write(`retention job after restart, last progress: ${voortgang.at(-1) ?? '-'}\n`);

    const prefix = privacy.env.VT_SUBJECT_PREFIX;
    const dossierEvents = await leesEvents(
      nc,
      privacy.env.VT_STREAM,
      `${prefix}.VR09.privacy.${dossierVernietigdV1.gebeurtenis}`,
    );
    const persoonEvents = await leesEvents(
      nc,
      privacy.env.VT_STREAM,
      `${prefix}.VR09.privacy.${persoonVernietigdV1.gebeurtenis}`,
    );
    const ids = dossierEvents.map((d) => String(d.dossierId));
    expect(ids).toHaveLength(VERLOPEN);
    expect(new Set(ids)).toEqual(new Set(verlopen));
    expect(persoonEvents).toHaveLength(VERLOPEN);
    expect(new Set(persoonEvents.map((p) => p.dossierId))).toEqual(new Set(verlopen));

    // Nothing that had not expired was destroyed.
    const [nogDaar] = await query<{ n: string }>(
      privacy.db.url,
      `select count(*) as n from privacy.bewaartermijn b join privacy.dossier_persoon d on d.dossier_id = b.dossier_id
        join privacy.persoon p on p.persoon_ref = d.persoon_ref where b.status = 'actief' and b.dossier_id = any($1::uuid[])`,
      [lopend],
    );
    expect(Number(nogDaar.n)).toBe(LOPEND);
    const [sleutels] = await query<{ weg: string; heel: string }>(
      privacy.db.url,
      `select count(*) filter (where wrapped is null) as weg, count(*) filter (where wrapped is not null) as heel from privacy_keys.data_key`,
    );
    expect(Number(sleutels.weg)).toBe(2 * VERLOPEN);
    expect(Number(sleutels.heel)).toBe(2 * LOPEND);
  }, 240_000);
});
