import type { Rol } from '@vt/auth';
import { type Stappen, stappen } from './stappen';
import type { MeldingOntvangenV1 } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { query, TEST_SUB } from '@vt/testing';
import { Termijnbewaking } from '../src/termijnbewaking/termijnbewaking';
import { type AssessmentApp, startAssessment } from './assessment-app';

/** A complete decision as the criteria indicate it, consulted with a colleague other than the decider. */
const geldigBesluit = {
  besluit: 'onderzoek',
  geconsulteerd: ['collega-2'],
  expertise: ['gedragswetenschapper'],
  motivering: {
    betrokkenInformatie: 'de melding, het gesprek met moeder en de informatie van het lokale team',
    gewogenBelangen: 'de veiligheid van het kind gaat voor het belang van de ouders bij rust',
  },
};
/** Appraisal whose criteria indicate an Onderzoek (VT-7.5.2.2-a). */
const onderzoekTaxatie = {
  acuteOnveiligheid: true,
  structureleOnveiligheid: false,
  multiproblematiek: true,
  voldoendeMedewerking: false,
  risicofactoren: ['verslaving van een ouder', 'eerder huiselijk geweld'],
};

describe('assessment: information, appraisal and the four-eyes decision (§7.4, §7.5, §2.2) against real PostgreSQL, NATS and the vault', () => {
  let assessment: AssessmentApp;

  beforeAll(async () => {
    assessment = await startAssessment('besluit', { naast: ['privacy'] });
  }, 90_000);

  afterAll(async () => assessment?.stop());

  const beoordeling = (data?: Partial<MeldingOntvangenV1>) => stappen(assessment).beoordeling(data);
  const post: Stappen['post'] = (...args) => stappen(assessment).post(...args);

  /** What a decision leaves behind: its row, the assessment's status, the file's closing and its events. */
  async function sporen(b: { id: string; dossierId: string }) {
    const [besluiten, status, afsluitingen, events] = await Promise.all([
      query(assessment.db.url, 'select 1 from assessment.besluit where veiligheidsbeoordeling_id = $1', [
        b.id,
      ]),
      query<{ status: string }>(
        assessment.db.url,
        'select status from assessment.veiligheidsbeoordeling where id = $1',
        [b.id],
      ),
      query(assessment.db.url, 'select 1 from assessment.dossier_afsluiting where dossier_id = $1', [
        b.dossierId,
      ]),
      query<{ type: string }>(
        assessment.db.url,
        `select type from assessment.outbox where payload::jsonb ->> 'subject' = $1 and type not like '%gestart%' order by created_at`,
        [b.dossierId],
      ),
    ]);
    return {
      besluiten: besluiten.length,
      status: status[0]?.status,
      afgesloten: afsluitingen.length > 0,
      events: events.map((e) => e.type.replace(/^nl\.veiligthuis\.assessment\.|\.v1$/g, '')),
    };
  }
  const niets = { besluiten: 0, status: 'open', afgesloten: false, events: [] };

  it('VT-7.4.1-a / VT-2.1.8-a/b: information is stored with its source and before/after contact, its fact and interpretation apart in the vault', async () => {
    const b = await beoordeling();
    const res = await post(b.id, 'informatie', {
      bron: 'lokaal-team',
      soort: 'wat',
      voorContactMetDirectbetrokkenen: true,
      feit: 'Het gezin is sinds maart bekend bij het lokale team.',
      interpretatie: 'Het team denkt dat moeder overbelast is.',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json() as { id: string; feitRef: string; interpretatieRef: string };
    expect(body.feitRef).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.interpretatieRef).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.feitRef).not.toBe(body.interpretatieRef);
    const [rij] = await query<Record<string, unknown>>(
      assessment.db.url,
      'select bron, soort, voor_contact_met_directbetrokkenen as voor, feit_ref, interpretatie_ref from assessment.informatie where id = $1',
      [body.id],
    );
    expect(rij).toEqual({
      bron: 'lokaal-team',
      soort: 'wat',
      voor: true,
      feit_ref: body.feitRef,
      interpretatie_ref: body.interpretatieRef,
    });
    // The vault holds the two texts as two notes of their own kinds; assessment holds no text at all.
    const soorten = await query<{ soort: string }>(
      assessment.db.url,
      'select soort from privacy.aantekening where aantekening_ref = any($1::uuid[]) order by soort',
      [[body.feitRef, body.interpretatieRef]],
    );
    expect(soorten.map((s) => s.soort)).toEqual([
      'veiligheidsbeoordeling.informatie.feit.lokaal-team',
      'veiligheidsbeoordeling.informatie.interpretatie.lokaal-team',
    ]);
    const dump = JSON.stringify(await query(assessment.db.url, 'select * from assessment.informatie'));
    expect(dump).not.toContain('overbelast');
  });

  it('VT-7.4.1.1-c: "what" information from the police without one of the two grounds is refused with 422, nothing stored', async () => {
    const b = await beoordeling();
    const res = await post(b.id, 'informatie', {
      bron: 'politie',
      soort: 'wat',
      voorContactMetDirectbetrokkenen: true,
      feit: 'Er liep een onderzoek.',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ type: 'urn:vt:VT-7.4.1.1-c', errors: [{ field: 'politiegrond' }] });
    expect(
      await query(
        assessment.db.url,
        'select 1 from assessment.informatie where veiligheidsbeoordeling_id = $1',
        [b.id],
      ),
    ).toEqual([]);
    const ok = await post(b.id, 'informatie', {
      bron: 'politie',
      soort: 'wat',
      voorContactMetDirectbetrokkenen: true,
      feit: 'Er liep een onderzoek.',
      politiegrond: 'strafrechtelijk-onderzoek',
      strafrechtelijkOnderzoek: true,
    });
    expect(ok.statusCode).toBe(201);
  });

  it('VT-7.4.1.1-b: a source outside the protocol’s list is refused with 400 naming the field', async () => {
    const b = await beoordeling();
    const res = await post(b.id, 'informatie', {
      bron: 'buurman',
      soort: 'dat',
      voorContactMetDirectbetrokkenen: true,
      bekend: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [expect.objectContaining({ field: 'bron' })] });
  });

  it('VT-7.5-a: the appraisal answers the indicated decision; a case no criterion fits is left to judgement (null)', async () => {
    const b = await beoordeling();
    const res = await post(b.id, 'taxatie', onderzoekTaxatie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ geindiceerdBesluit: 'onderzoek', criterium: 'VT-7.5.2.2-a' });
    expect((res.json() as { risicofactorenRef: string }).risicofactorenRef).toMatch(/^[0-9a-f-]{36}$/);
    const oordeel = await post(b.id, 'taxatie', { ...onderzoekTaxatie, multiproblematiek: false });
    expect(oordeel.json()).toMatchObject({ geindiceerdBesluit: null, criterium: null });
  });

  it('VT-7.4.3-a / VT-2.2-a: a complete decision is recorded with its refs and announced, and Veilig Thuis takes over oversight of safety (VT-7.3-a)', async () => {
    const b = await beoordeling({
      zichtOpVeiligheidUiterlijk: '2099-01-06',
      veiligheidsbeoordelingUiterlijk: '2099-01-05',
    });
    await post(b.id, 'taxatie', onderzoekTaxatie);
    const res = await post(b.id, 'besluit', geldigBesluit);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      veiligheidsbeoordelingId: b.id,
      besluit: 'onderzoek',
      verantwoordelijke: 'veilig-thuis',
      geindiceerdBesluit: 'onderzoek',
      afgeweken: false,
      termijnOverschreden: false,
      beslotenDoor: TEST_SUB,
      geconsulteerd: ['collega-2'],
      expertise: ['gedragswetenschapper'],
      dossierAfgesloten: false,
    });
    expect(await sporen(b)).toEqual({
      besluiten: 1,
      status: 'besloten',
      afgesloten: false,
      events: ['veiligheidsbeoordeling-besloten', 'zicht-op-veiligheid-overgenomen'],
    });
    const [data] = await query<{ data: Record<string, unknown> }>(
      assessment.db.url,
      `select payload::jsonb -> 'data' as data from assessment.outbox where type like '%besloten%' and payload::jsonb ->> 'subject' = $1`,
      [b.dossierId],
    );
    expect(data.data).toMatchObject({ besluit: 'onderzoek', afgeweken: false, termijnOverschreden: false });
    // Identifiers, codes, dates and booleans only (contract §4): no motivation text on the stream.
    expect(JSON.stringify(data)).not.toContain('veiligheid van het kind');
  });

  it('VT-2.2.1-a: a decision without a consulted colleague is refused with 422; nothing stored, no event', async () => {
    const b = await beoordeling();
    await post(b.id, 'taxatie', onderzoekTaxatie);
    const res = await post(b.id, 'besluit', { ...geldigBesluit, geconsulteerd: [] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ type: 'urn:vt:VT-2.2.1-a', errors: [{ field: 'geconsulteerd' }] });
    expect(await sporen(b)).toEqual(niets);
  });

  it('VT-2.2.1-a: the decider as the only one consulted is refused with 422; nothing stored, no event', async () => {
    const b = await beoordeling();
    await post(b.id, 'taxatie', onderzoekTaxatie);
    const res = await post(b.id, 'besluit', { ...geldigBesluit, geconsulteerd: [TEST_SUB] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ type: 'urn:vt:VT-2.2.1-a' });
    expect(await sporen(b)).toEqual(niets);
  });

  it('VT-2.2.2-a: a decision without its motivation parts is refused with 422 naming each part; nothing stored, no event', async () => {
    const b = await beoordeling();
    await post(b.id, 'taxatie', onderzoekTaxatie);
    const res = await post(b.id, 'besluit', { ...geldigBesluit, motivering: { betrokkenInformatie: '   ' } });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      type: 'urn:vt:VT-2.2.2-a',
      errors: [{ field: 'motivering.betrokkenInformatie' }, { field: 'motivering.gewogenBelangen' }],
    });
    expect(await sporen(b)).toEqual(niets);
  });

  it('VT-1.4-d: deviating from the indicated decision without a motivation is refused with 422; with one it is recorded as a deviation', async () => {
    const b = await beoordeling();
    await post(b.id, 'taxatie', onderzoekTaxatie);
    const afwijking = { ...geldigBesluit, besluit: 'voorwaarden-en-vervolg' };
    const res = await post(b.id, 'besluit', afwijking);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ type: 'urn:vt:VT-1.4-d', errors: [{ field: 'afwijkingMotivering' }] });
    expect(await sporen(b)).toEqual(niets);
    const met = await post(b.id, 'besluit', { ...afwijking, afwijkingMotivering: 'moeder werkt nu wel mee' });
    expect(met.statusCode).toBe(201);
    expect(met.json()).toMatchObject({ afgeweken: true, geindiceerdBesluit: 'onderzoek' });
    expect((met.json() as { afwijkingMotiveringRef: string }).afwijkingMotiveringRef).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('VT-1.3-l: deciding after the deadline without termijnToelichting is refused with 422; with it the decision is marked late', async () => {
    const b = await beoordeling({
      veiligheidsbeoordelingUiterlijk: '2020-01-06',
      zichtOpVeiligheidUiterlijk: '2020-01-07',
    });
    await post(b.id, 'taxatie', onderzoekTaxatie);
    const res = await post(b.id, 'besluit', geldigBesluit);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ type: 'urn:vt:VT-1.3-l', errors: [{ field: 'termijnToelichting' }] });
    expect(await sporen(b)).toEqual(niets);
    const met = await post(b.id, 'besluit', {
      ...geldigBesluit,
      termijnToelichting: 'de politie-informatie kwam later',
    });
    expect(met.statusCode).toBe(201);
    expect(met.json()).toMatchObject({ termijnOverschreden: true });
    // Oversight of safety was Veilig Thuis's since the 6th working day: the decision takes nothing over.
    expect((await sporen(b)).events).toEqual(['veiligheidsbeoordeling-besloten']);
  });

  describe('VT-7.3-a: the takeover of oversight is announced once, by the decision or the scheduler', () => {
    afterEach(() => jest.restoreAllMocks());

    /** A scheduler pass at `op` (the Clock's now), as the timer would run it. */
    async function bewaak(op?: string) {
      if (op) jest.spyOn(assessment.app.get(Clock), 'now').mockReturnValue(new Date(op));
      await assessment.app.get(Termijnbewaking).bewaak();
      jest.restoreAllMocks();
    }
    async function overnames(b: { id: string; dossierId: string }) {
      const events = await query<{ grond: string; vanaf: string }>(
        assessment.db.url,
        `select payload::jsonb -> 'data' ->> 'grond' as grond, payload::jsonb -> 'data' ->> 'vanaf' as vanaf
           from assessment.outbox where type like '%zicht-op-veiligheid-overgenomen%'
            and payload::jsonb ->> 'subject' = $1`,
        [b.dossierId],
      );
      const [rij] = await query<{ zicht_grond: string | null }>(
        assessment.db.url,
        'select zicht_grond from assessment.veiligheidsbeoordeling where id = $1',
        [b.id],
      );
      return { events, grond: rij.zicht_grond };
    }
    const toekomst = {
      veiligheidsbeoordelingUiterlijk: '2099-01-05',
      zichtOpVeiligheidUiterlijk: '2099-01-06',
    };

    it('a decision before the 6th working day marks the row, so the scheduler does not announce it again', async () => {
      const b = await beoordeling(toekomst);
      await post(b.id, 'taxatie', onderzoekTaxatie);
      expect((await post(b.id, 'besluit', geldigBesluit)).statusCode).toBe(201);
      await bewaak('2099-01-07T10:00:00+01:00');
      const { events, grond } = await overnames(b);
      expect(grond).toBe('besluit');
      expect(events).toEqual([{ grond: 'besluit', vanaf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    });

    it('the scheduler on the 6th working day first: the later decision announces nothing again', async () => {
      const b = await beoordeling({
        veiligheidsbeoordelingUiterlijk: '2020-01-06',
        zichtOpVeiligheidUiterlijk: '2020-01-07',
      });
      await bewaak();
      await post(b.id, 'taxatie', onderzoekTaxatie);
      const res = await post(b.id, 'besluit', { ...geldigBesluit, termijnToelichting: 'later' });
      expect(res.statusCode).toBe(201);
      await bewaak();
      expect(await overnames(b)).toEqual({
        events: [{ grond: 'zesde-werkdag', vanaf: '2020-01-07' }],
        grond: 'zesde-werkdag',
      });
    });

    it('no follow-up steps before the 6th working day ends the involvement: no takeover, also not later', async () => {
      const b = await beoordeling(toekomst);
      await post(b.id, 'taxatie', onderzoekTaxatie);
      const res = await post(b.id, 'besluit', {
        ...geldigBesluit,
        besluit: 'geen-vervolgstappen',
        afwijkingMotivering: 'de zorgen bleken ongegrond',
      });
      expect(res.statusCode).toBe(201);
      await bewaak('2099-01-07T10:00:00+01:00');
      expect(await overnames(b)).toEqual({ events: [], grond: null });
    });
  });

  it("contract §1: a decision on another region's assessment is 404; nothing stored, no event", async () => {
    const b = await beoordeling();
    await post(b.id, 'taxatie', onderzoekTaxatie);
    const res = await post(b.id, 'besluit', geldigBesluit, { regio: 'VR13' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(b.dossierId);
    expect(await sporen(b)).toEqual(niets);
  });

  it.each<Rol>(['vertrouwensarts', 'jurist', 'leidinggevende'])(
    'VT-2.2.1-f: %s may advise but not decide (403); nothing stored, no event',
    async (rol) => {
      const b = await beoordeling();
      await post(b.id, 'taxatie', onderzoekTaxatie);
      const res = await post(b.id, 'besluit', geldigBesluit, { rollen: [rol] });
      expect(res.statusCode).toBe(403);
      expect(await sporen(b)).toEqual(niets);
    },
  );

  it('VT-7.4.3-a: a second decision is refused with 409; the first stays, its events once', async () => {
    const b = await beoordeling();
    await post(b.id, 'taxatie', onderzoekTaxatie);
    expect((await post(b.id, 'besluit', geldigBesluit)).statusCode).toBe(201);
    const voor = await sporen(b);
    const res = await post(b.id, 'besluit', {
      ...geldigBesluit,
      besluit: 'geen-vervolgstappen',
      afwijkingMotivering: 'x',
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await sporen(b)).toEqual(voor);
  });

  it('contract §1 ids: the same Idempotency-Key and body answer the first decision again and store nothing twice', async () => {
    const b = await beoordeling();
    await post(b.id, 'taxatie', onderzoekTaxatie);
    const headers = { 'idempotency-key': `besluit-${b.id}` };
    const eerste = await post(b.id, 'besluit', geldigBesluit, { headers });
    const tweede = await post(b.id, 'besluit', geldigBesluit, { headers });
    expect(eerste.statusCode).toBe(201);
    expect(tweede.statusCode).toBe(201);
    expect(tweede.json()).toEqual(eerste.json());
    expect((await sporen(b)).besluiten).toBe(1);
  });

  it('VT-7.4.3-a: a handover with an unknown overdrachtspartij is refused with 400 naming the field; nothing stored, no event', async () => {
    const b = await beoordeling();
    await post(b.id, 'taxatie', onderzoekTaxatie);
    const res = await post(b.id, 'besluit', {
      ...geldigBesluit,
      besluit: 'overdracht',
      overdrachtspartij: 'buurvrouw',
      afwijkingMotivering: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [expect.objectContaining({ field: 'overdrachtspartij' })] });
    expect(await sporen(b)).toEqual(niets);
  });

  it('VT-11.3.1-c: a direct handover closes the file and says so; a decision on the file’s other assessment is then refused with 422', async () => {
    const eerste = await beoordeling();
    const tweede = await beoordeling({ dossierId: eerste.dossierId, lopendDossier: true });
    await post(eerste.id, 'taxatie', {
      ...onderzoekTaxatie,
      verdereBetrokkenheidNodig: false,
      multiproblematiek: false,
    });
    const res = await post(eerste.id, 'besluit', {
      ...geldigBesluit,
      besluit: 'overdracht',
      overdrachtspartij: 'lokaal-team',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      verantwoordelijke: 'lokaal-team',
      dossierAfgesloten: true,
      afgeweken: false,
    });
    expect(await sporen(eerste)).toMatchObject({
      afgesloten: true,
      events: ['veiligheidsbeoordeling-besloten', 'zicht-op-veiligheid-overgenomen', 'dossier-afgesloten'],
    });

    for (const stap of ['besluit', 'taxatie'] as const) {
      const na = await post(tweede.id, stap, stap === 'besluit' ? geldigBesluit : onderzoekTaxatie);
      expect(na.statusCode).toBe(422);
      expect(na.json()).toMatchObject({ type: 'urn:vt:VT-7.4.3-a' });
    }
    expect(await sporen(tweede)).toMatchObject({ besluiten: 0, status: 'open' });
  });

  it('VT-7.4-a: a decision before the appraisal is refused with 422', async () => {
    const b = await beoordeling();
    const res = await post(b.id, 'besluit', geldigBesluit);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ type: 'urn:vt:VT-7.4-a' });
    expect(await sporen(b)).toEqual(niets);
  });
});
