import { randomUUID } from 'node:crypto';
import { assessmentDossierAfgeslotenV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/platform';
import { Outbox } from '@vt/messaging';
import { connectTestNats, createServiceTestApp, query, type ServiceTestApp, until } from '@vt/testing';

describe('privacy: start-bewaartermijn-when-assessment-dossier-afgesloten (nl.veiligthuis.assessment.dossier-afgesloten.v1)', () => {
  let service: ServiceTestApp;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;

  beforeAll(async () => {
    service = await createServiceTestApp(
      async () => {
        const { PrivacyModule, PRIVACY_SERVICE } = await import('../src/privacy.module');
        return createServiceApp(PrivacyModule, PRIVACY_SERVICE);
      },
      { label: 'bewaartermijnba' },
    );
    nc = await connectTestNats();
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
  });

  it('VT-15.3.4.2-a: a file the assessment closed (handover, no follow-up) is kept 20 years from that day, once', async () => {
    const [voorbeeld] = assessmentDossierAfgeslotenV1.examples;
    const data = {
      ...voorbeeld,
      dossierId: randomUUID(),
      regio: 'VR09',
      afgeslotenOp: '2026-04-22T21:30:00.000Z',
    };
    const outbox = new Outbox({ service: 'assessment', subjectPrefix: service.env.VT_SUBJECT_PREFIX });
    const event = outbox.bericht(assessmentDossierAfgeslotenV1, {
      regio: data.regio,
      subject: data.dossierId,
      data,
    });
    // Published twice (a republish after a crash): the inbox keeps one retention.
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    await nc.jetstream().publish(event.subject, event.payload);
    const rij = await until(async () => {
      const rows = await query<{ aanvang: string; bewaar_tot: string; grondslag: string }>(
        service.db.url,
        `select to_char(aanvang, 'YYYY-MM-DD') as aanvang, to_char(bewaar_tot, 'YYYY-MM-DD') as bewaar_tot, grondslag
           from "privacy".bewaartermijn where dossier_id = $1`,
        [data.dossierId],
      );
      return rows[0];
    });
    // 21:30Z on 22 April is 23:30 in Amsterdam: the day the file closed there.
    expect(rij).toEqual({ aanvang: '2026-04-22', bewaar_tot: '2046-04-22', grondslag: 'melding' });
    const inbox = await query(service.db.url, 'select 1 from "privacy".inbox where event_id = $1', [
      event.id,
    ]);
    expect(inbox).toHaveLength(1);
  });
});
