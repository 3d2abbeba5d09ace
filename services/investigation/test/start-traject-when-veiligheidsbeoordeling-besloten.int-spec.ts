import { randomUUID } from 'node:crypto';
import { type VeiligheidsbeoordelingBeslotenV1, veiligheidsbeoordelingBeslotenV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/platform';
import { Outbox } from '@vt/messaging';
import { connectTestNats, createServiceTestApp, query, type ServiceTestApp, until } from '@vt/testing';

describe('investigation: start-traject-when-veiligheidsbeoordeling-besloten (nl.veiligthuis.assessment.veiligheidsbeoordeling-besloten.v1)', () => {
  let service: ServiceTestApp;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;
  let outbox: Outbox;

  beforeAll(async () => {
    service = await createServiceTestApp(
      async () => {
        const { InvestigationModule, INVESTIGATION_SERVICE } = await import('../src/investigation.module');
        return createServiceApp(InvestigationModule, INVESTIGATION_SERVICE);
      },
      { label: 'starttrajectwhen' },
    );
    nc = await connectTestNats();
    outbox = new Outbox({
      service: veiligheidsbeoordelingBeslotenV1.service,
      subjectPrefix: service.env.VT_SUBJECT_PREFIX,
    });
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
  });

  /** Publishes the decision as assessment's relay would and waits until this service's consumer committed it. */
  async function besloten(aanpassing: Partial<VeiligheidsbeoordelingBeslotenV1>) {
    const data = {
      ...veiligheidsbeoordelingBeslotenV1.examples[0],
      veiligheidsbeoordelingId: randomUUID(),
      dossierId: randomUUID(),
      ...aanpassing,
    };
    const event = outbox.bericht(veiligheidsbeoordelingBeslotenV1, {
      regio: data.regio,
      subject: data.dossierId,
      data,
    });
    // Twice, as a redelivery would: the inbox lets it take effect once.
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: `${event.id}-herhaald` });
    await until(async () => {
      const rows = await query(service.db.url, 'select 1 from "investigation".inbox where event_id = $1', [
        event.id,
      ]);
      return rows.length ? rows : undefined;
    });
    return data;
  }

  const trajecten = async (dossierId: string, regio = 'VR09') =>
    service.app.inject({
      method: 'GET',
      url: `/api/v1/trajecten?dossierId=${dossierId}`,
      headers: { authorization: `Bearer ${await service.token(['medewerker'], regio)}` },
    });

  it('VT-7.4.3-b / VT-10.2-a: a decision onderzoek records an Onderzoek due 10 weeks after the decision date, and announces it', async () => {
    const b = await besloten({ besluit: 'onderzoek', besluitdatum: '2026-03-06' });
    const res = await trajecten(b.dossierId);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      expect.objectContaining({
        dossierId: b.dossierId,
        dienst: 'onderzoek',
        gestartOp: b.beslotenOp,
        uiterlijk: '2026-05-15',
        status: 'lopend',
      }),
    ]);
    const [traject] = res.json() as { id: string }[];
    const gestart = await query<{ data: Record<string, unknown>; subject: string }>(
      service.db.url,
      `select payload::jsonb -> 'data' as data, subject from "investigation".outbox where type = $1`,
      ['nl.veiligthuis.investigation.traject-gestart.v1'],
    );
    expect(gestart.filter((r) => r.data.dossierId === b.dossierId)).toEqual([
      {
        subject: `${service.env.VT_SUBJECT_PREFIX}.VR09.investigation.traject-gestart`,
        data: {
          trajectId: traject.id,
          dossierId: b.dossierId,
          regio: 'VR09',
          veiligheidsbeoordelingId: b.veiligheidsbeoordelingId,
          dienst: 'onderzoek',
          gestartOp: b.beslotenOp,
          uiterlijk: '2026-05-15',
        },
      },
    ]);
  });

  it('VT-9.2-a: a decision voorwaarden-en-vervolg records a Voorwaarden & Vervolg; another region does not see it', async () => {
    const b = await besloten({ besluit: 'voorwaarden-en-vervolg', besluitdatum: '2026-12-24' });
    expect((await trajecten(b.dossierId)).json()).toEqual([
      expect.objectContaining({ dienst: 'voorwaarden-en-vervolg', uiterlijk: '2027-03-04' }),
    ]);
    expect((await trajecten(b.dossierId, 'VR13')).json()).toEqual([]);
  });

  it.each(['overdracht', 'geen-vervolgstappen'] as const)(
    'VT-7.4.3-b: a decision %s starts no trajectory here',
    async (besluit) => {
      const b = await besloten({
        besluit,
        ...(besluit === 'overdracht' ? { overdrachtspartij: 'lokaal-team' as const } : {}),
      });
      expect((await trajecten(b.dossierId)).json()).toEqual([]);
      const rijen = await query(
        service.db.url,
        `select 1 from "investigation".outbox where payload::jsonb -> 'data' ->> 'dossierId' = $1`,
        [b.dossierId],
      );
      expect(rijen).toEqual([]);
    },
  );
});
