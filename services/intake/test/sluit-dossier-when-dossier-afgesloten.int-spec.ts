import { randomUUID } from 'node:crypto';
import { assessmentDossierAfgeslotenV1 } from '@vt/contracts';
import { Outbox } from '@vt/messaging';
import { connectTestNats, given, query, until } from '@vt/testing';
import { type IntakeMetKluis, startIntakeMetKluis } from './intake-app';

describe('intake: sluit-dossier-when-dossier-afgesloten (nl.veiligthuis.assessment.dossier-afgesloten.v1)', () => {
  let intake: IntakeMetKluis;
  let nc: Awaited<ReturnType<typeof connectTestNats>>;
  let outbox: Outbox;
  let token: string;

  beforeAll(async () => {
    intake = await startIntakeMetKluis('sluitdossierwhen');
    nc = await connectTestNats();
    outbox = new Outbox({ service: 'assessment', subjectPrefix: process.env.VT_SUBJECT_PREFIX ?? '' });
    token = await intake.token(['medewerker']);
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await intake?.stop();
  });

  const melding = (persoon: ReturnType<typeof given.persoon>) =>
    intake.app.inject({
      method: 'POST',
      url: '/api/v1/meldingen',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: given.melding({ huishouden: { gemeentecode: 'GM0363', personen: [persoon] } }),
    });

  const dossier = async (id: string) =>
    (
      await intake.app.inject({
        method: 'GET',
        url: `/api/v1/dossiers/${id}`,
        headers: { authorization: `Bearer ${token}` },
      })
    ).json() as { status: string; fase: string; afgeslotenOp?: string };

  async function afgesloten(dossierId: string, regio = 'VR13') {
    const event = outbox.bericht(assessmentDossierAfgeslotenV1, {
      regio,
      subject: dossierId,
      data: {
        dossierId,
        regio,
        veiligheidsbeoordelingId: randomUUID(),
        reden: 'overdracht',
        afgeslotenOp: '2026-03-06T14:02:31.512Z',
      },
    });
    await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    await until(async () => {
      const rows = await query(intake.db.url, 'select 1 from intake.inbox where event_id = $1', [event.id]);
      return rows.length ? rows : undefined;
    });
  }

  it('VT-11.3.1-c: the assessment closing the involvement closes the file; a new report then opens a new file that lists it (VT-6.6-a)', async () => {
    const persoon = given.persoon();
    const eerste = await melding(persoon);
    expect(eerste.statusCode).toBe(201);
    const { dossierId } = eerste.json() as { dossierId: string };
    expect(await dossier(dossierId)).toMatchObject({ status: 'lopend' });

    await afgesloten(dossierId);
    expect(await dossier(dossierId)).toMatchObject({
      status: 'afgesloten',
      fase: 'afgesloten',
      afgeslotenOp: '2026-03-06T14:02:31.512Z',
    });

    const tweede = await melding(persoon);
    expect(tweede.json()).toMatchObject({ lopendDossier: false, eerdereDossiers: [dossierId] });
    expect((tweede.json() as { dossierId: string }).dossierId).not.toBe(dossierId);
  });

  it("an event naming another region's file changes nothing", async () => {
    const { dossierId } = (await melding(given.persoon())).json() as { dossierId: string };
    await afgesloten(dossierId, 'VR09');
    expect(await dossier(dossierId)).toMatchObject({ status: 'lopend' });
  });
});
