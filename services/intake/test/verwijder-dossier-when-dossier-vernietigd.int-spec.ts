import { randomUUID } from 'node:crypto';
import { dossierVernietigdV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/platform';
import { Outbox } from '@vt/messaging';
import { connectTestNats, createServiceTestApp, query, type ServiceTestApp, wachtOpInbox } from '@vt/testing';

describe('intake: verwijder-dossier-when-dossier-vernietigd (nl.veiligthuis.privacy.dossier-vernietigd.v1)', () => {
  let service: ServiceTestApp;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;

  beforeAll(async () => {
    service = await createServiceTestApp(
      async () => {
        const { IntakeModule, INTAKE_SERVICE } = await import('../src/intake.module');
        return createServiceApp(IntakeModule, INTAKE_SERVICE);
      },
      { label: 'verwijderdossier' },
    );
    nc = await connectTestNats();
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await service?.stop();
  });

  it('handles nl.veiligthuis.privacy.dossier-vernietigd.v1 from the stream: its inbox row commits under its durable consumer', async () => {
    const [voorbeeld] = dossierVernietigdV1.examples;
    const data = { ...voorbeeld, dossierId: randomUUID() };
    const ander = randomUUID();
    for (const id of [data.dossierId, ander]) {
      await query(
        service.db.url,
        `insert into intake.dossier (id, regio, status, fase, geopend_op) values ($1, 'VR09', 'lopend', 'intake', now())`,
        [id],
      );
      await query(
        service.db.url,
        `insert into intake.dossier_persoon (dossier_id, persoon_ref, rol) values ($1, $2, 'kind')`,
        [id, randomUUID()],
      );
    }
    const outbox = new Outbox({
      service: dossierVernietigdV1.service,
      subjectPrefix: service.env.VT_SUBJECT_PREFIX,
    });
    const event = outbox.bericht(dossierVernietigdV1, { regio: 'VR09', subject: randomUUID(), data });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    expect(await wachtOpInbox(service, 'intake', event.id)).toEqual([
      'intake-verwijder-dossier-when-dossier-vernietigd',
    ]);
    // The file and its links are gone with the inbox row; another file is untouched.
    const over = await query<{ id: string }>(
      service.db.url,
      'select id from intake.dossier where id = any($1::uuid[])',
      [[data.dossierId, ander]],
    );
    expect(over).toEqual([{ id: ander }]);
    const links = await query<{ dossier_id: string }>(
      service.db.url,
      'select dossier_id from intake.dossier_persoon where dossier_id = any($1::uuid[])',
      [[data.dossierId, ander]],
    );
    expect(links).toEqual([{ dossier_id: ander }]);
  });
});
