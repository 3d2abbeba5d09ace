import { randomUUID } from 'node:crypto';
import { type MeldingInBehandelingGenomenV1, meldingInBehandelingGenomenV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/platform';
import { Outbox } from '@vt/messaging';
import { connectTestNats, createServiceTestApp, query, type ServiceTestApp, until } from '@vt/testing';

describe('assessment: start-beoordeling-when-melding-in-behandeling-genomen (nl.veiligthuis.intake.melding-in-behandeling-genomen.v1)', () => {
  let service: ServiceTestApp;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;

  beforeAll(async () => {
    service = await createServiceTestApp(
      async () => {
        const { AssessmentModule, ASSESSMENT_SERVICE } = await import('../src/assessment.module');
        return createServiceApp(AssessmentModule, ASSESSMENT_SERVICE);
      },
      { label: 'startbeoordeling' },
    );
    nc = await connectTestNats();
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
  });

  const publiceer = async (data: MeldingInBehandelingGenomenV1) => {
    const outbox = new Outbox({
      service: meldingInBehandelingGenomenV1.service,
      subjectPrefix: service.env.VT_SUBJECT_PREFIX,
    });
    const event = outbox.bericht(meldingInBehandelingGenomenV1, {
      regio: data.regio,
      subject: data.dossierId,
      data,
    });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    return event.id;
  };
  const beoordelingVan = (meldingId: string) =>
    until(async () => {
      const rows = await query<{ herbeoordeling: boolean; uiterlijk: string; zicht: string; status: string }>(
        service.db.url,
        `select herbeoordeling, status, to_char(uiterlijk, 'YYYY-MM-DD') as uiterlijk,
                to_char(zicht_op_veiligheid_vanaf, 'YYYY-MM-DD') as zicht
           from "assessment".veiligheidsbeoordeling where melding_ids @> $1::jsonb`,
        [JSON.stringify([meldingId])],
      );
      return rows.length ? rows : undefined;
    });

  it('VT-6.5.2-a / VT-6.9-a: a report taken into treatment opens its assessment with the deadlines from its receipt, once', async () => {
    const [voorbeeld] = meldingInBehandelingGenomenV1.examples;
    const data = { ...voorbeeld, meldingId: randomUUID(), dossierId: randomUUID() };
    const eventId = await publiceer(data);
    expect(await beoordelingVan(data.meldingId)).toEqual([
      {
        herbeoordeling: false,
        status: 'open',
        uiterlijk: data.veiligheidsbeoordelingUiterlijk,
        zicht: data.zichtOpVeiligheidUiterlijk,
      },
    ]);
    const inbox = await query(service.db.url, 'select consumer from "assessment".inbox where event_id = $1', [
      eventId,
    ]);
    expect(inbox).toEqual([{ consumer: 'assessment-start-beoordeling-when-melding-in-behandeling-genomen' }]);
  });

  it('VT-6.6-b: on a file that already has an assessment it is a re-assessment', async () => {
    const [voorbeeld] = meldingInBehandelingGenomenV1.examples;
    const dossierId = randomUUID();
    const eerste = { ...voorbeeld, meldingId: randomUUID(), dossierId };
    await publiceer(eerste);
    await beoordelingVan(eerste.meldingId);
    const tweede = { ...voorbeeld, meldingId: randomUUID(), dossierId };
    await publiceer(tweede);
    expect((await beoordelingVan(tweede.meldingId)).map((b) => b.herbeoordeling)).toEqual([true]);
  });
});
