import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '@vt/platform';
import { query, until } from '@vt/testing';
import { veiligheidsbeoordelingTermijnen, Werkdagkalender } from '@vt/werkdagen';
import { Termijnbewaking } from '../src/termijnbewaking/termijnbewaking';
import { type AssessmentApp, laadAssessment, startAssessment } from './assessment-app';

/** The scheduler's clock, moved by the test; the timer is off so only the test's passes run. */
const zetKlok = (app: NestFastifyApplication, op: string) =>
  jest.spyOn(app.get(Clock), 'now').mockReturnValue(new Date(op));

interface Uitgaand {
  beoordeling: string;
  type: string;
  grond: string | null;
  datum: string;
}

/** The scheduler's events in the outbox (what the relay publishes), per assessment. */
async function uitgaand(db: string, gebeurtenis: string, dossierId?: string): Promise<Uitgaand[]> {
  return query<Uitgaand>(
    db,
    `select payload::jsonb -> 'data' ->> 'veiligheidsbeoordelingId' as beoordeling, type,
            payload::jsonb -> 'data' ->> 'grond' as grond,
            coalesce(payload::jsonb -> 'data' ->> 'vanaf', payload::jsonb -> 'data' ->> 'uiterlijk') as datum
       from assessment.outbox where type = $1
        and ($2::text is null or payload::jsonb -> 'data' ->> 'dossierId' = $2) order by created_at`,
    [`nl.veiligthuis.assessment.${gebeurtenis}.v1`, dossierId ?? null],
  );
}

describe('assessment: the deadline scheduler (VT-7.2-a, VT-7.3-a, VT-1.3-l)', () => {
  let assessment: AssessmentApp;
  const kalender = new Werkdagkalender();

  beforeAll(async () => {
    assessment = await startAssessment('termijnen', { env: { VT_TERMIJNBEWAKING_INTERVAL_MS: '0' } });
  }, 60_000);

  afterAll(async () => assessment?.stop());
  afterEach(() => jest.restoreAllMocks());

  /** A report received on Thursday 23 April 2026, before Koningsdag (Monday 27 April). */
  async function rondKoningsdag(spoed = false) {
    const ontvangenOp = new Date('2026-04-23T10:00:00+02:00');
    const t = veiligheidsbeoordelingTermijnen(kalender, ontvangenOp, spoed);
    const m = await assessment.meldingOntvangen({
      dossierId: randomUUID(),
      ontvangenOp: ontvangenOp.toISOString(),
      spoed,
      veiligheidsbeoordelingUiterlijk: t.uiterlijk,
      zichtOpVeiligheidUiterlijk: t.zichtOpVeiligheidVanaf,
    });
    return { ...m, ...t };
  }

  const bewaak = (app = assessment.app) => app.get(Termijnbewaking).bewaak();

  it('VT-7.3-a: the scheduler takes over zicht op veiligheid on the 6th working day, once', async () => {
    const m = await rondKoningsdag();
    // Fri 24 = 1, Mon 27 April is Koningsdag, Tue 28 … Fri 1 May = 5, Mon 4 May = 6.
    expect({ uiterlijk: m.uiterlijk, zicht: m.zichtOpVeiligheidVanaf }).toEqual({
      uiterlijk: '2026-05-01',
      zicht: '2026-05-04',
    });
    zetKlok(assessment.app, '2026-05-03T23:59:00+02:00');
    await bewaak();
    expect(await uitgaand(assessment.db.url, 'zicht-op-veiligheid-overgenomen', m.dossierId)).toEqual([]);
    zetKlok(assessment.app, '2026-05-04T00:01:00+02:00');
    await bewaak();
    await bewaak();
    expect(await uitgaand(assessment.db.url, 'zicht-op-veiligheid-overgenomen', m.dossierId)).toEqual([
      expect.objectContaining({ grond: 'zesde-werkdag', datum: '2026-05-04' }),
    ]);
  });

  it('VT-7.2-a / VT-1.3-l: an overdue assessment emits termijn-overschreden once and stays open', async () => {
    const m = await rondKoningsdag();
    zetKlok(assessment.app, '2026-05-01T23:59:00+02:00');
    await bewaak();
    expect(await uitgaand(assessment.db.url, 'termijn-overschreden', m.dossierId)).toEqual([]);
    zetKlok(assessment.app, '2026-05-02T00:00:30+02:00');
    await bewaak();
    zetKlok(assessment.app, '2026-05-06T09:00:00+02:00');
    await bewaak();
    expect(await uitgaand(assessment.db.url, 'termijn-overschreden', m.dossierId)).toEqual([
      expect.objectContaining({ datum: '2026-05-01' }),
    ]);
    const res = await assessment.app.inject({
      method: 'GET',
      url: `/api/v1/veiligheidsbeoordelingen?dossierId=${m.dossierId}`,
      headers: { authorization: `Bearer ${await assessment.token(['medewerker'])}` },
    });
    expect(res.json()).toEqual([expect.objectContaining({ status: 'open', termijnOverschreden: true })]);
  });

  it('VT-7.3-a: an urgent report is taken over at once, with its assessment, and never again', async () => {
    const m = await rondKoningsdag(true);
    expect(await uitgaand(assessment.db.url, 'zicht-op-veiligheid-overgenomen', m.dossierId)).toEqual([
      expect.objectContaining({ grond: 'spoed' }),
    ]);
    zetKlok(assessment.app, '2026-05-20T12:00:00+02:00');
    await bewaak();
    expect(await uitgaand(assessment.db.url, 'zicht-op-veiligheid-overgenomen', m.dossierId)).toHaveLength(1);
  });

  it('VT-7.3-a: a decision before the 6th working day is the moment of the takeover', async () => {
    const m = await rondKoningsdag();
    // The decision itself is another use case's; here only its effect on the row counts.
    await query(
      assessment.db.url,
      `update assessment.veiligheidsbeoordeling set status = 'besloten', besloten_op = $2 where dossier_id = $1`,
      [m.dossierId, new Date('2026-04-29T15:00:00+02:00')],
    );
    zetKlok(assessment.app, '2026-04-29T15:00:05+02:00');
    await bewaak();
    zetKlok(assessment.app, '2026-05-04T09:00:00+02:00');
    await bewaak();
    expect(await uitgaand(assessment.db.url, 'zicht-op-veiligheid-overgenomen', m.dossierId)).toEqual([
      expect.objectContaining({ grond: 'besluit', datum: '2026-04-29' }),
    ]);
    // Decided in time: never overdue.
    expect(await uitgaand(assessment.db.url, 'termijn-overschreden', m.dossierId)).toEqual([]);
  });
});

/** `n` open assessments whose deadline (1 May 2026) and 6th working day (4 May) have passed by 6 May. */
async function openBeoordelingen(db: string, n: number): Promise<void> {
  await query(
    db,
    `insert into assessment.veiligheidsbeoordeling (id, dossier_id, regio, melding_ids, status, ontvangen_op,
       spoed, herbeoordeling, uiterlijk, zicht_op_veiligheid_vanaf, gestart_op)
     select gen_random_uuid(), gen_random_uuid(), 'VR09', '[]', 'open', '2026-04-23T08:00:00Z', false, false,
            '2026-05-01', '2026-05-04', '2026-04-23T08:00:01Z'
       from generate_series(1, $1)`,
    [n],
  );
}

/**
 * Two replicas on one database and stream: the test app, and the same module loaded again while the
 * environment is still set (as a second pod would start).
 */
function tweeReplicas(label: string, env: Record<string, string>) {
  const r = {} as { assessment: AssessmentApp; tweede: NestFastifyApplication };
  beforeAll(async () => {
    r.assessment = await startAssessment(label, { env });
    r.tweede = await laadAssessment();
    await r.tweede.getHttpAdapter().getInstance().ready();
  }, 60_000);
  afterAll(async () => {
    await r.tweede?.close();
    await r.assessment?.stop();
  });
  return r;
}

describe('assessment: two replicas of the scheduler on one database (VT-7.2-a, VT-7.3-a)', () => {
  const N = 400;
  // Small batches, so the two replicas' claims interleave over many transactions.
  const r = tweeReplicas('replicas', { VT_TERMIJNBEWAKING_INTERVAL_MS: '0', VT_TERMIJNBEWAKING_BATCH: '9' });

  it('VT-1.3-l / VT-7.3-a: each overdue deadline and each 6th-working-day takeover is emitted exactly once', async () => {
    await openBeoordelingen(r.assessment.db.url, N);
    for (const app of [r.assessment.app, r.tweede]) zetKlok(app, '2026-05-06T09:00:00+02:00');
    const passen = await Promise.all(
      [r.assessment.app, r.tweede, r.assessment.app, r.tweede].map((app) =>
        app.get(Termijnbewaking).bewaak(),
      ),
    );
    const overschreden = await uitgaand(r.assessment.db.url, 'termijn-overschreden');
    const zicht = await uitgaand(r.assessment.db.url, 'zicht-op-veiligheid-overgenomen');
    expect(overschreden).toHaveLength(N);
    expect(new Set(overschreden.map((e) => e.beoordeling)).size).toBe(N);
    expect(zicht).toHaveLength(N);
    expect(new Set(zicht.map((e) => e.beoordeling)).size).toBe(N);
    // What the passes say they emitted adds up to the same: nobody counted a row twice.
    expect(passen.reduce((n, p) => n + p.termijnOverschreden, 0)).toBe(N);
    expect(passen.reduce((n, p) => n + p.zichtOpVeiligheid, 0)).toBe(N);
    const [rij] = await query<{ open: number }>(
      r.assessment.db.url,
      `select count(*)::int as open from assessment.veiligheidsbeoordeling
        where status = 'open' and termijn_overschreden_op is not null and zicht_grond = 'zesde-werkdag'`,
    );
    expect(rij.open).toBe(N);
  });
});

describe('assessment: the scheduler runs by itself on its interval (VT-7.2-a)', () => {
  let assessment: AssessmentApp;

  beforeAll(async () => {
    assessment = await startAssessment('termijntimer', { env: { VT_TERMIJNBEWAKING_INTERVAL_MS: '100' } });
  }, 60_000);

  afterAll(async () => assessment?.stop());

  it('VT-1.3-l: once the Clock passes uiterlijk, the timer emits termijn-overschreden without being asked', async () => {
    const klok = zetKlok(assessment.app, '2026-05-01T20:00:00+02:00');
    // A pass that began before the clock moved (on the real date, after May) ends first.
    await new Promise((r) => setTimeout(r, 300));
    const m = await assessment.meldingOntvangen({
      dossierId: randomUUID(),
      ontvangenOp: '2026-04-23T08:00:00.000Z',
      veiligheidsbeoordelingUiterlijk: '2026-05-01',
      zichtOpVeiligheidUiterlijk: '2026-05-04',
    });
    // Several passes on the last day: not overdue yet.
    await new Promise((r) => setTimeout(r, 400));
    expect(await uitgaand(assessment.db.url, 'termijn-overschreden', m.dossierId)).toEqual([]);
    klok.mockReturnValue(new Date('2026-05-02T08:00:00+02:00'));
    const events = await until(async () => {
      const e = await uitgaand(assessment.db.url, 'termijn-overschreden', m.dossierId);
      return e.length > 0 ? e : undefined;
    });
    expect(events).toEqual([expect.objectContaining({ datum: '2026-05-01' })]);
    const [{ op }] = await query<{ op: string }>(
      assessment.db.url,
      `select payload::jsonb -> 'data' ->> 'vastgesteldOp' as op from assessment.outbox
        where type = 'nl.veiligthuis.assessment.termijn-overschreden.v1' and payload::jsonb -> 'data' ->> 'dossierId' = $1`,
      [m.dossierId],
    );
    expect(op).toBe('2026-05-02T06:00:00.000Z');
    // Later passes of the timer add nothing.
    await new Promise((r) => setTimeout(r, 500));
    expect(await uitgaand(assessment.db.url, 'termijn-overschreden', m.dossierId)).toHaveLength(1);
  });
});

describe('assessment: two replicas with their own timers on one database (VT-1.3-l, VT-7.3-a)', () => {
  const N = 300;
  const r = tweeReplicas('replicatimer', {
    VT_TERMIJNBEWAKING_INTERVAL_MS: '20',
    VT_TERMIJNBEWAKING_BATCH: '7',
  });

  it('VT-1.3-l / VT-7.3-a: both timers running, every event is in the outbox exactly once', async () => {
    for (const app of [r.assessment.app, r.tweede]) zetKlok(app, '2026-05-06T09:00:00+02:00');
    await openBeoordelingen(r.assessment.db.url, N);
    await until(async () =>
      (await uitgaand(r.assessment.db.url, 'zicht-op-veiligheid-overgenomen')).length >= N ? true : undefined,
    );
    await until(async () =>
      (await uitgaand(r.assessment.db.url, 'termijn-overschreden')).length >= N ? true : undefined,
    );
    // Both timers keep passing; nothing is added.
    await new Promise((r) => setTimeout(r, 500));
    for (const gebeurtenis of ['termijn-overschreden', 'zicht-op-veiligheid-overgenomen']) {
      const e = await uitgaand(r.assessment.db.url, gebeurtenis);
      expect({ gebeurtenis, aantal: e.length, uniek: new Set(e.map((x) => x.beoordeling)).size }).toEqual({
        gebeurtenis,
        aantal: N,
        uniek: N,
      });
    }
  });
});
