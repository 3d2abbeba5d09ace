import { given, query, readStream, until } from '@vt/testing';
import { type Platform, startPlatform } from './src/platform';

/** A police report (VT-6.4-a) about a new child in Utrecht (VR09), as the police's system sends it. */
function politiemelding() {
  return given.melding({
    kanaal: 'digitaal',
    melder: {
      type: 'politie',
      naam: undefined,
      meldcodePlichtig: undefined,
      instelling: 'Politie Eenheid Midden-Nederland',
      email: 'zorgmeldingen@politie.invalid',
    },
  });
}

/** Five chunks of a hundred: a SIGKILL lands between chunks or inside one. */
const AANTAL = 500;

/** ADR 0020: a police batch survives intake being killed halfway; nothing is stored or announced twice. */
describe('reliability: a police batch across a SIGKILL of intake', () => {
  let p: Platform;
  let token: string;

  beforeAll(async () => {
    p = await startPlatform('batchrel', { VT_MELDINGBATCH_POLL_MS: '200' });
    token = await p.token('VR09', ['medewerker']);
  }, 120_000);

  afterAll(async () => p?.stop(), 60_000);

  const delen = async (id: string) => {
    const [r] = await query<{ klaar: string; open: string }>(
      p.db.url,
      `select count(*) filter (where verwerkt_op is not null) as klaar, count(*) filter (where verwerkt_op is null) as open
         from intake.meldingbatch_deel where meldingbatch_id = $1`,
      [id],
    );
    return { klaar: Number(r.klaar), open: Number(r.open) };
  };

  it('VT-6.4-a / VT-6.9-a: killed halfway through a batch, intake resumes it after a restart: every item stored once, every event once', async () => {
    const res = await fetch(`${p.url('intake')}/api/v1/meldingbatches`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: AANTAL }, politiemelding)),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };

    // Halfway: some chunks committed, some not, then SIGKILL (a chunk in progress rolls back with it).
    const bijKill = await until(
      async () => {
        const d = await delen(id);
        return d.klaar >= 1 ? d : undefined;
      },
      60_000,
      10,
    );
    await p.kill('intake');
    expect(bijKill.open).toBeGreaterThan(0);
    const naKill = await delen(id);
    expect(naKill.open).toBeGreaterThan(0);

    await p.restart('intake');
    const klaar = await until(
      async () => {
        const r = await fetch(`${p.url('intake')}/api/v1/meldingbatches/${id}?limiet=${AANTAL}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const b = (await r.json()) as { status: string; opgeslagen: number; items: { meldingId?: string }[] };
        return b.status === 'voltooid' ? b : undefined;
      },
      90_000,
      250,
    );
    expect(klaar.opgeslagen).toBe(AANTAL);
    const ids = klaar.items.map((i) => i.meldingId as string);
    expect(new Set(ids).size).toBe(AANTAL);

    // Every item stored once, with one melding-ontvangen in the outbox, all of them published.
    const [opgeslagen] = await query<{ n: string; events: string; open: string }>(
      p.db.url,
      `select (select count(*) from intake.melding where id::text = any($1::text[])) as n,
              (select count(*) from intake.outbox where type like '%melding-ontvangen%'
                  and payload::jsonb->'data'->>'meldingId' = any($1::text[])) as events,
              (select count(*) from intake.outbox where published_at is null) as open`,
      [ids],
    );
    expect([Number(opgeslagen.n), Number(opgeslagen.events)]).toEqual([AANTAL, AANTAL]);
    await until(async () => {
      const [r] = await query<{ open: string }>(
        p.db.url,
        'select count(*) as open from intake.outbox where published_at is null',
      );
      return Number(r.open) === 0;
    }, 30_000);

    // Every event once on the stream.
    const opStream = (await readStream(p.messaging.VT_STREAM))
      .filter((m) => m.subject.endsWith('.intake.melding-ontvangen'))
      .map((m) => (JSON.parse(m.data) as { data: { meldingId: string } }).data.meldingId)
      .filter((m) => ids.includes(m));
    expect(opStream).toHaveLength(AANTAL);
    expect(new Set(opStream).size).toBe(AANTAL);

    // And every report reached assessment once.
    const beoordeeld = await until(
      async () => {
        const [r] = await query<{ n: string; dubbel: string }>(
          p.db.url,
          `select count(distinct melding_ids->>0) as n,
                count(*) - count(distinct melding_ids->>0) as dubbel
           from assessment.veiligheidsbeoordeling where melding_ids->>0 = any($1::text[])`,
          [ids],
        );
        return Number(r.n) === AANTAL ? r : undefined;
      },
      60_000,
      250,
    );
    expect(Number(beoordeeld.dubbel)).toBe(0);
  }, 240_000);
});
