import { randomUUID } from 'node:crypto';
import { persoonVernietigdV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/platform';
import { Outbox } from '@vt/messaging';
import { connectTestNats, createServiceTestApp, type ServiceTestApp, wachtOpInbox } from '@vt/testing';

describe('intake: verwijder-verwijzingen-when-persoon-vernietigd (nl.veiligthuis.privacy.persoon-vernietigd.v1)', () => {
  let service: ServiceTestApp;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;

  beforeAll(async () => {
    service = await createServiceTestApp(
      async () => {
        const { IntakeModule, INTAKE_SERVICE } = await import('../src/intake.module');
        return createServiceApp(IntakeModule, INTAKE_SERVICE);
      },
      { label: 'verwijderverwijz' },
    );
    nc = await connectTestNats();
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
  });

  it('handles nl.veiligthuis.privacy.persoon-vernietigd.v1 from the stream: its inbox row commits under its durable consumer', async () => {
    const [data] = persoonVernietigdV1.examples;
    const outbox = new Outbox({
      service: persoonVernietigdV1.service,
      subjectPrefix: service.env.VT_SUBJECT_PREFIX,
    });
    const event = outbox.bericht(persoonVernietigdV1, { regio: 'VR09', subject: randomUUID(), data });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    expect(await wachtOpInbox(service, 'intake', event.id)).toEqual([
      'intake-verwijder-verwijzingen-when-persoon-vernietigd',
    ]);
  });
});
