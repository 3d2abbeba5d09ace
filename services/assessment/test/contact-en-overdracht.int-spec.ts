import type { MeldingOntvangenV1 } from '@vt/contracts';
import { query } from '@vt/testing';
import { type AssessmentApp, startAssessment } from './assessment-app';
import { kluisPersonen, type Stappen, stappen } from './stappen';

const besluit = (extra: Record<string, unknown>) => ({
  geconsulteerd: ['collega-2'],
  motivering: {
    betrokkenInformatie: 'de melding en het gesprek',
    gewogenBelangen: 'het belang van het kind',
  },
  ...extra,
});
/** Appraisal indicating a direct handover (VT-7.5.1-a). */
const overdrachtTaxatie = {
  acuteOnveiligheid: false,
  structureleOnveiligheid: true,
  multiproblematiek: false,
  verdereBetrokkenheidNodig: false,
  risicofactoren: ['schulden'],
};
const deelnemer = { rol: 'ouder', geinformeerdOver: ['inhoud-melding'], gehoord: 'standpunt-gegeven' };

describe('assessment: contact with the family, refraining from it, direct handover and feedback (§2.1, §8, §11, §12.2)', () => {
  let assessment: AssessmentApp;
  let OUDER: string;
  let KIND: string;
  const beoordeling = (data?: Partial<MeldingOntvangenV1>) => stappen(assessment).beoordeling(data);
  const post: Stappen['post'] = (...args) => stappen(assessment).post(...args);
  const aantal = async (tabel: string, id: string) =>
    (
      await query(
        assessment.db.url,
        `select 1 from assessment.${tabel} where veiligheidsbeoordeling_id = $1`,
        [id],
      )
    ).length;

  beforeAll(async () => {
    assessment = await startAssessment('contact', { naast: ['privacy'] });
    ({ ouder: OUDER, kind: KIND } = await kluisPersonen());
  }, 90_000);

  afterAll(async () => assessment?.stop());

  /** An assessment decided `overdracht` to this party, with two pieces of information of which one is police. */
  async function besloten(overdrachtspartij: string) {
    const b = await beoordeling({ melderType: 'politie' });
    const gewoon = await post(b.id, 'informatie', {
      bron: 'lokaal-team',
      soort: 'wat',
      voorContactMetDirectbetrokkenen: false,
      feit: 'Bekend bij het team.',
      interpretatie: 'Het team ziet overbelasting.',
    });
    const politie = await post(b.id, 'informatie', {
      bron: 'politie',
      soort: 'wat',
      voorContactMetDirectbetrokkenen: true,
      politiegrond: 'strafrechtelijk-onderzoek',
      feit: 'Er loopt een onderzoek.',
      strafrechtelijkOnderzoek: true,
    });
    await post(b.id, 'taxatie', overdrachtTaxatie);
    const res = await post(b.id, 'besluit', besluit({ besluit: 'overdracht', overdrachtspartij }));
    expect(res.statusCode).toBe(201);
    return {
      ...b,
      gewoon: (gewoon.json() as { id: string }).id,
      politie: (politie.json() as { id: string }).id,
    };
  }

  it('VT-8.1-a / VT-2.1.1-a / VT-2.1.2-a: a contact records mode, participants, what each was told and heard; the report goes to the vault', async () => {
    const b = await beoordeling();
    const res = await post(b.id, 'contacten', {
      datum: '2026-03-03',
      vorm: 'persoonlijk',
      deelnemers: [
        {
          ...deelnemer,
          persoonRef: OUDER,
          geinformeerdOver: ['taak-werkwijze-bevoegdheden', 'inhoud-melding'],
        },
        { ...deelnemer, persoonRef: KIND, rol: 'kind', leeftijd: 7, gesproken: true },
      ],
      besproken: ['inhoud-melding', 'standpunt', 'vervolgstappen'],
      oudersVoorafGeinformeerd: true,
      verslag: 'Moeder vertelt over de situatie thuis.',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      naBesluit: false,
      verslagRef: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const [rij] = await query<{ deelnemers: unknown[] }>(
      assessment.db.url,
      'select deelnemers from assessment.contact where veiligheidsbeoordeling_id = $1',
      [b.id],
    );
    expect(rij.deelnemers).toEqual([
      expect.objectContaining({
        persoonRef: OUDER,
        geinformeerdOver: ['taak-werkwijze-bevoegdheden', 'inhoud-melding'],
      }),
      expect.objectContaining({ persoonRef: KIND, leeftijd: 7, gesproken: true }),
    ]);
    expect(JSON.stringify(rij)).not.toContain('situatie thuis');
  });

  it('VT-2.1.2.1-b: a child of 4 or older only seen, without explanation, is refused with 422 naming the participant; nothing stored', async () => {
    const b = await beoordeling();
    const res = await post(b.id, 'contacten', {
      datum: '2026-03-03',
      vorm: 'persoonlijk',
      deelnemers: [{ ...deelnemer, persoonRef: KIND, rol: 'kind', leeftijd: 6, gezien: true }],
      besproken: [],
      oudersVoorafGeinformeerd: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      type: 'urn:vt:VT-2.1.2.1-b',
      errors: [{ field: 'deelnemers.0.gesproken' }],
    });
    expect(await aantal('contact', b.id)).toBe(0);
  });

  it('VT-2.1.2.1-e: speaking with a child without telling the parents beforehand needs the reason', async () => {
    const b = await beoordeling();
    const body = {
      datum: '2026-03-03',
      vorm: 'persoonlijk',
      deelnemers: [{ ...deelnemer, persoonRef: KIND, rol: 'kind', leeftijd: 10, gesproken: true }],
      besproken: [],
      oudersVoorafGeinformeerd: false,
    };
    const res = await post(b.id, 'contacten', body);
    expect(res.json()).toMatchObject({
      type: 'urn:vt:VT-2.1.2.1-e',
      errors: [{ field: 'redenOudersNietVooraf' }],
    });
    expect(await aantal('contact', b.id)).toBe(0);
    const met = await post(b.id, 'contacten', {
      ...body,
      redenOudersNietVooraf: 'vader zou het kind onder druk zetten',
    });
    expect(met.statusCode).toBe(201);
  });

  it('VT-2.1.3-a/b/c: refraining from contact needs both conditions, facts, when the family will be told, and a colleague', async () => {
    const b = await beoordeling();
    const body = {
      personen: [OUDER],
      nodigVoorTaak: true,
      nodigVoorBeeindigingOfOnderzoek: false,
      motivering: 'contact brengt het kind in gevaar',
      feiten: 'vader dreigde bij eerder contact',
      informerenOp: '2026-04-01',
      geconsulteerd: ['collega-2'],
    };
    const res = await post(b.id, 'afzien-van-contact', body);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      type: 'urn:vt:VT-2.1.3-a',
      errors: [{ field: 'nodigVoorBeeindigingOfOnderzoek' }],
    });
    const zonderMoment = await post(b.id, 'afzien-van-contact', {
      ...body,
      nodigVoorBeeindigingOfOnderzoek: true,
      informerenOp: undefined,
    });
    expect(zonderMoment.json()).toMatchObject({ type: 'urn:vt:VT-2.1.3-c' });
    expect(await aantal('afzien_van_contact', b.id)).toBe(0);
    const ok = await post(b.id, 'afzien-van-contact', { ...body, nodigVoorBeeindigingOfOnderzoek: true });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      informerenOp: '2026-04-01',
      motiveringRef: expect.any(String),
      feitenRef: expect.any(String),
    });
  });

  it('VT-11.2-a: a handover of a police report may not pass on information of a running criminal investigation; nothing stored', async () => {
    const b = await besloten('lokaal-team');
    const res = await post(b.id, 'overdracht', {
      vorm: 'schriftelijk',
      geinformeerdDoor: 'veilig-thuis',
      informatieIds: [b.gewoon, b.politie],
      terugmeldafspraak: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ type: 'urn:vt:VT-11.2-a', errors: [{ field: 'informatieIds' }] });
    expect(await aantal('overdracht', b.id)).toBe(0);
  });

  it('VT-11.3.1-a/b / VT-7.4.2-c / VT-2.1.8-d: a written handover in three steps passes facts and interpretations apart, with the risk factors; a second is 409', async () => {
    const b = await besloten('lokaal-team');
    const body = {
      vorm: 'schriftelijk',
      geinformeerdDoor: 'veilig-thuis',
      informatieIds: [b.gewoon],
      terugmeldafspraak: true,
    };
    const zonderStap3 = await post(b.id, 'overdracht', { ...body, terugmeldafspraak: undefined });
    expect(zonderStap3.json()).toMatchObject({
      type: 'urn:vt:VT-11.3.1-b',
      errors: [{ field: 'terugmeldafspraak' }],
    });
    const res = await post(b.id, 'overdracht', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      partij: 'lokaal-team',
      vorm: 'schriftelijk',
      risicofactorenRef: expect.stringMatching(/^[0-9a-f-]{36}$/),
      informatie: {
        feiten: [expect.objectContaining({ informatieId: b.gewoon, bron: 'lokaal-team' })],
        interpretaties: [expect.objectContaining({ informatieId: b.gewoon, bron: 'lokaal-team' })],
      },
    });
    expect((await post(b.id, 'overdracht', body)).statusCode).toBe(409);
    expect(await aantal('overdracht', b.id)).toBe(1);
  });

  it('VT-2.1.7-b: when the handover party informs the family, the four E3 agreements are recorded first', async () => {
    const b = await besloten('betrokken-professional');
    const res = await post(b.id, 'overdracht', {
      vorm: 'digitaal',
      geinformeerdDoor: 'overdrachtspartij',
      afsprakenE3: { identiteitMelder: true, inhoudEnReden: true },
      informatieIds: [],
      terugmeldafspraak: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      type: 'urn:vt:VT-2.1.7-b',
      errors: [{ field: 'afsprakenE3.registratieEnRechten' }, { field: 'afsprakenE3.hulpAanbod' }],
    });
  });

  it('VT-11.3.2-a: a handover to the client system records the four items in writing', async () => {
    const b = await besloten('clientsysteem');
    const body = {
      vorm: 'warm',
      geinformeerdDoor: 'veilig-thuis',
      informatieIds: [],
      clientsysteem: { afspraken: 'vader woont tijdelijk elders', contactBijOnveiligheid: true },
    };
    const res = await post(b.id, 'overdracht', body);
    expect(res.json()).toMatchObject({
      type: 'urn:vt:VT-11.3.2-a',
      errors: [
        { field: 'clientsysteem.hulp' },
        { field: 'clientsysteem.verantwoordelijkheidBijDirectbetrokkenen' },
      ],
    });
    const ok = await post(b.id, 'overdracht', {
      ...body,
      clientsysteem: {
        ...body.clientsysteem,
        hulp: 'het gezin zoekt hulp bij de huisarts',
        verantwoordelijkheidBijDirectbetrokkenen: true,
      },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('VT-7.5.1-a: a handover without a decision overdracht is refused with 422', async () => {
    const b = await beoordeling();
    const res = await post(b.id, 'overdracht', {
      vorm: 'schriftelijk',
      geinformeerdDoor: 'veilig-thuis',
      informatieIds: [],
      terugmeldafspraak: true,
    });
    expect(res.json()).toMatchObject({ type: 'urn:vt:VT-7.5.1-a' });
  });

  it('VT-12.2.1-a / VT-12.2.2-a: feedback follows the decision; a bystander hears only that the report was taken on and completed', async () => {
    const b = await beoordeling({ melderType: 'omstander' });
    const body = {
      meldingId: b.meldingId,
      melderType: 'omstander',
      kanaal: 'telefonisch',
      inhoud: ['in-behandeling-genomen'],
    };
    const tevroeg = await post(b.id, 'terugkoppelingen', body);
    expect(tevroeg.json()).toMatchObject({ type: 'urn:vt:VT-12.2.1-a' });
    await post(b.id, 'taxatie', overdrachtTaxatie);
    await post(b.id, 'besluit', besluit({ besluit: 'overdracht', overdrachtspartij: 'lokaal-team' }));

    const teVeel = await post(b.id, 'terugkoppelingen', {
      ...body,
      inhoud: ['in-behandeling-genomen', 'overdrachtspartij'],
    });
    expect(teVeel.statusCode).toBe(422);
    expect(teVeel.json()).toMatchObject({ type: 'urn:vt:VT-12.2.2-a', errors: [{ field: 'inhoud' }] });
    expect(await aantal('terugkoppeling', b.id)).toBe(0);

    const ok = await post(b.id, 'terugkoppelingen', {
      ...body,
      inhoud: ['in-behandeling-genomen', 'betrokkenheid-afgerond'],
    });
    expect(ok.statusCode).toBe(201);
    expect(await aantal('terugkoppeling', b.id)).toBe(1);
    // VT-12.2.2-b: close family with a continuing involvement may hear whether a follow-up started.
    const familie = await post(b.id, 'terugkoppelingen', {
      ...body,
      voortdurendeBetrokkenheid: true,
      inhoud: ['vervolgtraject-gestart'],
    });
    expect(familie.statusCode).toBe(201);
  });

  it('VT-12.2.1-b: a professional reporter hears the handover party; the safety conditions only with a role in the follow-up', async () => {
    const b = await beoordeling();
    await post(b.id, 'taxatie', overdrachtTaxatie);
    await post(b.id, 'besluit', besluit({ besluit: 'overdracht', overdrachtspartij: 'lokaal-team' }));
    const body = {
      meldingId: b.meldingId,
      melderType: 'professional',
      kanaal: 'schriftelijk',
      inhoud: ['vervolgtraject-gestart', 'overdrachtspartij', 'veiligheidsvoorwaarden'],
    };
    expect((await post(b.id, 'terugkoppelingen', body)).json()).toMatchObject({ type: 'urn:vt:VT-12.2.1-b' });
    expect((await post(b.id, 'terugkoppelingen', { ...body, rolInVervolg: true })).statusCode).toBe(201);
    const ander = await post(b.id, 'terugkoppelingen', { ...body, meldingId: OUDER, rolInVervolg: true });
    expect(ander.statusCode).toBe(400);
    expect(ander.json()).toMatchObject({ errors: [{ field: 'meldingId' }] });
  });
});
