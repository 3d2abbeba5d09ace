import { randomUUID } from 'node:crypto';
import { type EventDefinition, meldingIngetrokkenV1, meldingOntvangenV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/platform';
import { Outbox } from '@vt/messaging';
import { connectTestNats, createServiceTestApp, query, type ServiceTestApp, until } from '@vt/testing';

describe('assessment: verwijder-beoordeling-when-melding-ingetrokken (nl.veiligthuis.intake.melding-ingetrokken.v1)', () => {
  let service: ServiceTestApp;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;

  beforeAll(async () => {
    service = await createServiceTestApp(
      async () => {
        const { AssessmentModule, ASSESSMENT_SERVICE } = await import('../src/assessment.module');
        return createServiceApp(AssessmentModule, ASSESSMENT_SERVICE);
      },
      { label: 'intrekking' },
    );
    nc = await connectTestNats();
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
  });

  async function publiceer<T>(def: EventDefinition<T>, data: T & { regio: string; dossierId: string }) {
    const outbox = new Outbox({ service: def.service, subjectPrefix: service.env.VT_SUBJECT_PREFIX });
    const event = outbox.bericht(def, { regio: data.regio, subject: data.dossierId, data });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    return event.id;
  }
  const beoordelingen = (meldingId: string) =>
    query<{ status: string }>(
      service.db.url,
      `select status from "assessment".veiligheidsbeoordeling where melding_ids @> $1::jsonb`,
      [JSON.stringify([meldingId])],
    );
  const verwerkt = (eventId: string) =>
    until(async () => {
      const rows = await query(service.db.url, 'select 1 from "assessment".inbox where event_id = $1', [
        eventId,
      ]);
      return rows.length ? rows : undefined;
    });

  it.each([
    ['VT-6.7-b: verwijderen removes the open assessment of the report', 'verwijderen', 0],
    ['VT-6.7-c: handhaven keeps it', 'handhaven', 1],
  ] as const)('%s', async (_naam, besluit, over) => {
    const [ontvangen] = meldingOntvangenV1.examples;
    const [ingetrokken] = meldingIngetrokkenV1.examples;
    const meldingId = randomUUID();
    const dossierId = randomUUID();
    await publiceer(meldingOntvangenV1, { ...ontvangen, meldingId, dossierId });
    await until(async () => ((await beoordelingen(meldingId)).length === 1 ? true : undefined));
    await verwerkt(
      await publiceer(meldingIngetrokkenV1, {
        ...ingetrokken,
        meldingId,
        dossierId,
        regio: ontvangen.regio,
        besluit,
      }),
    );
    expect(await beoordelingen(meldingId)).toHaveLength(over);
  });
});
