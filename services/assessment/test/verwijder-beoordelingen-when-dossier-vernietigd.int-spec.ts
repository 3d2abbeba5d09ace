import { randomUUID } from 'node:crypto';
import { dossierVernietigdV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/platform';
import { Outbox } from '@vt/messaging';
import { connectTestNats, createServiceTestApp, type ServiceTestApp, wachtOpInbox } from '@vt/testing';

describe('assessment: verwijder-beoordelingen-when-dossier-vernietigd (nl.veiligthuis.privacy.dossier-vernietigd.v1)', () => {
  let service: ServiceTestApp;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;

  beforeAll(async () => {
    service = await createServiceTestApp(
      async () => {
        const { AssessmentModule, ASSESSMENT_SERVICE } = await import('../src/assessment.module');
        return createServiceApp(AssessmentModule, ASSESSMENT_SERVICE);
      },
      { label: 'verwijderbeoorde' },
    );
    nc = await connectTestNats();
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
  });

  it('handles nl.veiligthuis.privacy.dossier-vernietigd.v1 from the stream: its inbox row commits under its durable consumer', async () => {
    const [data] = dossierVernietigdV1.examples;
    const outbox = new Outbox({
      service: dossierVernietigdV1.service,
      subjectPrefix: service.env.VT_SUBJECT_PREFIX,
    });
    const event = outbox.bericht(dossierVernietigdV1, { regio: 'VR09', subject: randomUUID(), data });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    expect(await wachtOpInbox(service, 'assessment', event.id)).toEqual([
      'assessment-verwijder-beoordelingen-when-dossier-vernietigd',
    ]);
  });
});
