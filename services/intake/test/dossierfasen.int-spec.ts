import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { EventDefinition } from '@vt/contracts';
import { monitoringDossierAfgeslotenV1, monitoringGestartV1 } from '@vt/contracts';
import { Outbox } from '@vt/messaging';
import { connectTestNats, given, query, until } from '@vt/testing';
import { type IntakeMetKluis, startIntakeMetKluis } from './intake-app';

/** Intake keeps a file's phase current from the events of the services that hold it (§6.6, §15.3.2). */
describe('intake: the phase of a file, from monitoring events', () => {
  let intake: IntakeMetKluis;
  let app: NestFastifyApplication;
  let token: string;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;

  beforeAll(async () => {
    intake = await startIntakeMetKluis('fasen');
    app = intake.app;
    token = await intake.token(['medewerker']);
    nc = await connectTestNats();
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await intake?.stop();
  });

  const meld = async (personen: ReturnType<typeof given.persoon>[]) =>
    (
      await app.inject({
        method: 'POST',
        url: '/api/v1/meldingen',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: JSON.stringify(given.melding({ huishouden: { gemeentecode: 'GM0363', personen } })),
      })
    ).json();
  const dossier = async (id: string) =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/v1/dossiers/${id}`,
        headers: { authorization: `Bearer ${token}` },
      })
    ).json();
  async function publiceer<T>(def: EventDefinition<T>, data: T, dossierId: string) {
    const outbox = new Outbox({ service: def.service, subjectPrefix: intake.env.VT_SUBJECT_PREFIX });
    const event = outbox.bericht(def, { regio: 'VR13', subject: dossierId, data });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
  }

  it('VT-6.6-a / VT-15.3.2-a / VT-B1-b: a file in monitoring is joined; once monitoring ended, a new report opens a new file linked to it, a re-report', async () => {
    const kind = given.persoon();
    const eerste = await meld([kind]);
    await publiceer(
      monitoringGestartV1,
      { monitoringId: eerste.meldingId, dossierId: eerste.dossierId, regio: 'VR13', gestartOp: '2026-05-11' },
      eerste.dossierId,
    );
    await until(async () => ((await dossier(eerste.dossierId)).fase === 'monitoring' ? true : undefined));

    const tijdensMonitoring = await meld([kind]);
    expect(tijdensMonitoring).toMatchObject({ dossierId: eerste.dossierId, lopendDossier: true });

    await publiceer(
      monitoringDossierAfgeslotenV1,
      { dossierId: eerste.dossierId, regio: 'VR13', afgeslotenOp: '2027-05-11T09:00:00.000Z' },
      eerste.dossierId,
    );
    const gesloten = await until(async () => {
      const d = await dossier(eerste.dossierId);
      return d.status === 'afgesloten' ? d : undefined;
    });
    expect(gesloten).toMatchObject({ fase: 'afgesloten', afgeslotenOp: '2027-05-11T09:00:00.000Z' });

    const daarna = await meld([kind]);
    expect(daarna).toMatchObject({
      lopendDossier: false,
      eerdereDossiers: [eerste.dossierId],
      hermelding: 'een-persoon',
    });
    expect(daarna.dossierId).not.toBe(eerste.dossierId);
  });

  it('an event about a file of another region changes nothing', async () => {
    const eerste = await meld([given.persoon()]);
    const outbox = new Outbox({ service: 'monitoring', subjectPrefix: intake.env.VT_SUBJECT_PREFIX });
    const event = outbox.bericht(monitoringDossierAfgeslotenV1, {
      regio: 'VR09',
      subject: eerste.dossierId,
      data: { dossierId: eerste.dossierId, regio: 'VR09', afgeslotenOp: '2027-05-11T09:00:00.000Z' },
    });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    // Handled once its inbox row committed.
    await until(async () => {
      const rows = await query(intake.db.url, 'select 1 from intake.inbox where event_id = $1', [event.id]);
      return rows.length ? rows : undefined;
    });
    const d = await dossier(eerste.dossierId);
    expect(d.status).toBe('lopend');
  });
});
