import type { NatsConnection } from 'nats';
import { connectTestNats, given, query } from '@vt/testing';
import { type IntakeMetKluis, startIntakeMetKluis } from './intake-app';

/**
 * The vault is another process: when it does not answer, reports must fail cleanly and the rest of intake
 * must go on (ADR 0011: a report holds a database connection across the vault call).
 */
describe('intake when the privacy vault does not answer', () => {
  let intake: IntakeMetKluis;
  let stom: NatsConnection;

  beforeAll(async () => {
    intake = await startIntakeMetKluis('kluisweg');
    await intake.stopKluis();
    // A vault that takes the request and never answers (hung, or its database stalled): intake waits for
    // its RPC timeout instead of hearing at once that nobody listens.
    stom = await connectTestNats();
    stom.subscribe(`${process.env.VT_SUBJECT_PREFIX}.rpc.privacy.>`);
    await stom.flush();
  }, 60_000);

  afterAll(async () => {
    await stom?.close();
    await intake?.stop();
  });

  it('reports get 503 with Retry-After and store nothing, while reads and readiness keep their connections', async () => {
    const token = await intake.token(['medewerker']);
    // Each about another child: reports about one household wait for each other by design (ADR 0011).
    const melding = (i: number) =>
      given.melding({
        melder: { meldcodePlichtig: undefined },
        huishouden: {
          gemeentecode: 'GM0363',
          personen: [given.persoon({ achternaam: `Weg${String.fromCharCode(97 + i)}` })],
        },
        zorgen: { omschrijving: 'zorgen' },
      });
    // More reports than the pool has connections (10), all waiting for the vault at once.
    const meldingen = Array.from({ length: 12 }, (_, i) =>
      intake.app.inject({
        method: 'POST',
        url: '/api/v1/meldingen',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: melding(i),
      }),
    );
    await new Promise((r) => setTimeout(r, 1000));
    const ready = await intake.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    const lezen = await intake.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers/00000000-0000-4000-8000-000000000000',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(lezen.statusCode).toBe(404);

    const antwoorden = await Promise.all(meldingen);
    expect(antwoorden.map((r) => r.statusCode)).toEqual(antwoorden.map(() => 503));
    expect(antwoorden[0].headers['retry-after']).toBe('5');
    expect(antwoorden[0].json()).toMatchObject({ type: 'urn:vt:problem:503', status: 503 });
    const [{ n }] = await query<{ n: string }>(intake.db.url, 'select count(*) as n from intake.melding');
    expect(Number(n)).toBe(0);
  }, 60_000);
});
