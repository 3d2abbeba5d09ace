import { randomUUID } from 'node:crypto';
import { monitoringDossierAfgeslotenV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/platform';
import { Outbox } from '@vt/messaging';
import { connectTestNats, createServiceTestApp, type ServiceTestApp, wachtOpInbox } from '@vt/testing';

describe('privacy: start-bewaartermijn-when-monitoring-dossier-afgesloten (nl.veiligthuis.monitoring.dossier-afgesloten.v1)', () => {
  let service: ServiceTestApp;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;

  beforeAll(async () => {
    service = await createServiceTestApp(
      async () => {
        const { PrivacyModule, PRIVACY_SERVICE } = await import('../src/privacy.module');
        return createServiceApp(PrivacyModule, PRIVACY_SERVICE);
      },
      { label: 'startbewaartermi' },
    );
    nc = await connectTestNats();
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
  });

  it('handles nl.veiligthuis.monitoring.dossier-afgesloten.v1 from the stream: its inbox row commits under its durable consumer', async () => {
    const [data] = monitoringDossierAfgeslotenV1.examples;
    const outbox = new Outbox({
      service: monitoringDossierAfgeslotenV1.service,
      subjectPrefix: service.env.VT_SUBJECT_PREFIX,
    });
    const event = outbox.bericht(monitoringDossierAfgeslotenV1, {
      regio: 'VR09',
      subject: randomUUID(),
      data,
    });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    expect(await wachtOpInbox(service, 'privacy', event.id)).toEqual([
      'privacy-start-bewaartermijn-when-monitoring-dossier-afgesloten',
    ]);
  });
});
