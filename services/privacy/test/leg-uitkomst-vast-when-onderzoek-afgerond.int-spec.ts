import { randomUUID } from 'node:crypto';
import { onderzoekAfgerondV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/platform';
import { Outbox } from '@vt/messaging';
import { connectTestNats, createServiceTestApp, type ServiceTestApp, wachtOpInbox } from '@vt/testing';

describe('privacy: leg-uitkomst-vast-when-onderzoek-afgerond (nl.veiligthuis.investigation.onderzoek-afgerond.v1)', () => {
  let service: ServiceTestApp;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;

  beforeAll(async () => {
    service = await createServiceTestApp(
      async () => {
        const { PrivacyModule, PRIVACY_SERVICE } = await import('../src/privacy.module');
        return createServiceApp(PrivacyModule, PRIVACY_SERVICE);
      },
      { label: 'leguitkomstvastw' },
    );
    nc = await connectTestNats();
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
  });

  it('handles nl.veiligthuis.investigation.onderzoek-afgerond.v1 from the stream: its inbox row commits under its durable consumer', async () => {
    const [data] = onderzoekAfgerondV1.examples;
    const outbox = new Outbox({
      service: onderzoekAfgerondV1.service,
      subjectPrefix: service.env.VT_SUBJECT_PREFIX,
    });
    const event = outbox.bericht(onderzoekAfgerondV1, { regio: 'VR09', subject: randomUUID(), data });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    expect(await wachtOpInbox(service, 'privacy', event.id)).toEqual([
      'privacy-leg-uitkomst-vast-when-onderzoek-afgerond',
    ]);
  });
});
