import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { given, query, type TestDatabase, testBsn } from '@vt/testing';
import { datumInAmsterdam } from '@vt/werkdagen';
import { type IntakeMetKluis, startIntakeMetKluis } from './intake-app';

/**
 * Every kind of report (§3, §6), a manager taking an anonymous one into treatment (§6.5.2) and
 * withdrawal (§6.7), against real PostgreSQL, NATS and the privacy service.
 */
describe('intake: kinds of reports, taking into treatment and withdrawal', () => {
  let intake: IntakeMetKluis;
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let medewerker: string;
  let leidinggevende: string;

  beforeAll(async () => {
    intake = await startIntakeMetKluis('soorten');
    ({ db, app } = intake);
    medewerker = await intake.token(['medewerker']);
    leidinggevende = await intake.token(['leidinggevende']);
  }, 60_000);

  afterAll(async () => intake?.stop());

  const post = (url: string, body: unknown, token = medewerker) =>
    app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  const get = (url: string) =>
    app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { authorization: `Bearer ${medewerker}` } });

  /** A valid report about a new household in Amsterdam (VR13). */
  const melding = (overrides: Record<string, unknown> = {}) => ({
    ...given.melding({ huishouden: { gemeentecode: 'GM0363' } }),
    ...overrides,
  });
  const anoniemTovVt = () => melding({ melder: { type: 'omstander' }, anonimiteit: 'tov-veilig-thuis' });

  /** What a refused request could have left: reports, people and texts, decisions, events. */
  const sporen = async () =>
    (
      await query<{ n: string }>(
        db.url,
        `select (select count(*) from intake.melding) || '/' || (select count(*) from privacy.persoon) || '/' ||
                (select count(*) from privacy.aantekening) || '/' || (select count(*) from intake.melding_intrekking)
                || '/' || (select count(*) from intake.outbox) as n`,
      )
    )[0].n;
  const events = (type: string, meldingId: string) =>
    query<{ payload: string }>(
      db.url,
      `select payload from intake.outbox where type = $1 and payload::jsonb -> 'data' ->> 'meldingId' = $2`,
      [`nl.veiligthuis.intake.${type}.v1`, meldingId],
    );

  describe('POST /meldingen: every kind of report (§3, §6)', () => {
    it("VT-6.3-a / VT-6.3.1-a / VT-6.8-a: a professional's Kindcheck, Meldcode steps, unsafety, agreements and feedback are recorded; the texts go to the vault", async () => {
      const res = await post(
        '/meldingen',
        given.melding({
          huishouden: { gemeentecode: 'GM0363' },
          melder: { checkAanleiding: 'kindcheck', meldcodeStappenBesproken: true },
          zorgen: {
            acuteOnveiligheid: false,
            structureleOnveiligheid: true,
            schaalvraagToelichting: 'uitleg',
          },
          gevolgenAnonimiteitBesproken: true,
          afspraken: {
            zichtOpVeiligheidBij: 'melder',
            vervolgstappen: 'huisbezoek',
            communicatie: 'per mail',
          },
          terugkoppeling: { verwachtOp: '2099-01-01', afspraak: 'een telefoontje' },
        }),
      );
      expect(res.statusCode).toBe(201);
      const m = (await get(`/meldingen/${res.json().meldingId}`)).json();
      expect(m).toMatchObject({
        checkAanleiding: 'kindcheck',
        meldcodeStappenBesproken: true,
        acuteOnveiligheid: false,
        structureleOnveiligheid: true,
        gevolgenAnonimiteitBesproken: true,
        zichtOpVeiligheidBij: 'melder',
        terugkoppelingVerwachtOp: '2099-01-01',
        intrekkingen: [],
      });
      expect(Object.keys(m.aantekeningRefs).sort()).toEqual([
        'afspraken.communicatie',
        'afspraken.vervolgstappen',
        'terugkoppeling.afspraak',
        'zorgen.omschrijving',
        'zorgen.schaalvraagToelichting',
      ]);
      const teksten = await query<{ soort: string }>(
        db.url,
        'select soort from privacy.aantekening where aantekening_ref = any($1::uuid[]) order by soort',
        [Object.values(m.aantekeningRefs)],
      );
      expect(teksten).toHaveLength(5);
    });

    it('VT-6.1-a: with a bystander the oversight of safety passes to Veilig Thuis', async () => {
      const res = await post(
        '/meldingen',
        melding({ melder: { type: 'omstander', naam: 'Buur', telefoon: '06' } }),
      );
      expect(res.statusCode).toBe(201);
      expect((await get(`/meldingen/${res.json().meldingId}`)).json().zichtOpVeiligheidBij).toBe(
        'veilig-thuis',
      );
    });

    it('VT-6.4-a: a police report arrives digitally with the police as institution', async () => {
      const res = await post(
        '/meldingen',
        melding({
          kanaal: 'digitaal',
          melder: { type: 'politie', instelling: 'Politie Amsterdam', email: 'p@politie.nl' },
        }),
      );
      expect(res.statusCode).toBe(201);
      expect(res.json().status).toBe('in-behandeling');
    });

    it("VT-3.0-b: a report given to another region than the residence's keeps both and the reason", async () => {
      const res = await post(
        '/meldingen',
        melding({ regioAfwijking: { regio: 'VR09', reden: 'kind verblijft in Utrecht' } }),
      );
      expect(res.statusCode).toBe(201);
      expect(res.json().regio).toBe('VR09');
      const [rij] = await query<{
        regio: string;
        woonplaats_regio: string;
        aantekening_refs: Record<string, string>;
      }>(db.url, 'select regio, woonplaats_regio, aantekening_refs from intake.melding where id = $1', [
        res.json().meldingId,
      ]);
      expect(rij).toMatchObject({ regio: 'VR09', woonplaats_regio: 'VR13' });
      expect(rij.aantekening_refs['regioAfwijking.reden']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it.each<[string, Record<string, unknown>, number, string, string | undefined]>([
      ['VT-3.2-d: a chat contact', { kanaal: 'chat' }, 422, 'kanaal', 'urn:vt:VT-3.2-d'],
      [
        'VT-6.0-a: no reporter identity',
        { melder: { type: 'omstander' } },
        422,
        'melder.naam',
        'urn:vt:VT-6.0-a',
      ],
      [
        'an unknown municipality',
        { huishouden: { gemeentecode: 'GM9999', personen: [given.persoon()] } },
        400,
        'huishouden.gemeentecode',
        undefined,
      ],
      [
        'a scale of 11',
        { zorgen: { omschrijving: 'x', schaalvraag: 11 } },
        400,
        'zorgen.schaalvraag',
        undefined,
      ],
      [
        'a scale of -1',
        { zorgen: { omschrijving: 'x', schaalvraag: -1 } },
        400,
        'zorgen.schaalvraag',
        undefined,
      ],
      [
        'VT-6.5.1-b: a professional anonymous without ground',
        { anonimiteit: 'tov-directbetrokkenen' },
        422,
        'anonimiteitsgrond',
        'urn:vt:VT-6.5.1-b',
      ],
      [
        'VT-6.3.1-a: a Kindcheck by a bystander',
        { melder: { type: 'omstander', naam: 'B', telefoon: '06', checkAanleiding: 'kindcheck' } },
        422,
        'melder.checkAanleiding',
        'urn:vt:VT-6.3.1-a',
      ],
      [
        'VT-6.1-a: a bystander keeping the oversight',
        {
          melder: { type: 'omstander', naam: 'B', telefoon: '06' },
          afspraken: { zichtOpVeiligheidBij: 'melder' },
        },
        422,
        'afspraken.zichtOpVeiligheidBij',
        'urn:vt:VT-6.1-a',
      ],
      [
        'feedback before the receipt',
        { terugkoppeling: { verwachtOp: '2020-01-01' } },
        400,
        'terugkoppeling.verwachtOp',
        undefined,
      ],
      [
        'VT-3.0-b: a deviation without a reason',
        { regioAfwijking: { regio: 'VR09' } },
        400,
        'regioAfwijking.reden',
        undefined,
      ],
      [
        'VT-3.0-b: a "deviation" to its own region',
        { regioAfwijking: { regio: 'VR13', reden: 'x' } },
        400,
        'regioAfwijking.regio',
        undefined,
      ],
    ])(
      '%s is refused naming the field and rule; nothing stored in intake or the vault, no event',
      async (_naam, o, status, field, type) => {
        const voor = await sporen();
        const res = await post('/meldingen', melding(o));
        expect(res.statusCode).toBe(status);
        expect(res.headers['content-type']).toContain('application/problem+json');
        if (type) expect(res.json().type).toBe(type);
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
        expect(await sporen()).toBe(voor);
      },
    );
  });

  describe('one file per household (§6.6, §15.3, Bijlage 1)', () => {
    const kind = () => given.persoon({ bsn: testBsn() });

    it('VT-6.6-a: a report about a household whose file is in monitoring joins that file', async () => {
      const k = kind();
      const eerste = (
        await post('/meldingen', melding({ huishouden: { gemeentecode: 'GM0363', personen: [k] } }))
      ).json();
      await query(db.url, `update intake.dossier set fase = 'monitoring' where id = $1`, [eerste.dossierId]);
      const res = await post(
        '/meldingen',
        melding({ huishouden: { gemeentecode: 'GM0363', personen: [k] } }),
      );
      expect(res.json()).toMatchObject({ dossierId: eerste.dossierId, lopendDossier: true });
      expect(res.json().hermelding).toBeUndefined();
    });

    it.each([
      [1, 'een-persoon'],
      [2, 'meerdere-personen'],
    ])(
      'VT-B1-b / VT-15.3.2-a: after the file closed, a report about %i of its people opens a new file linked to it, marked a re-report (%s)',
      async (aantal, categorie) => {
        const personen = [kind(), kind()];
        const eerste = (
          await post('/meldingen', melding({ huishouden: { gemeentecode: 'GM0363', personen } }))
        ).json();
        await query(
          db.url,
          `update intake.dossier set status = 'afgesloten', afgesloten_op = now() where id = $1`,
          [eerste.dossierId],
        );
        const res = await post(
          '/meldingen',
          melding({
            huishouden: { gemeentecode: 'GM0363', personen: [...personen.slice(0, aantal), kind()] },
          }),
        );
        expect(res.statusCode).toBe(201);
        expect(res.json()).toMatchObject({
          lopendDossier: false,
          eerdereDossiers: [eerste.dossierId],
          hermelding: categorie,
        });
        expect(res.json().dossierId).not.toBe(eerste.dossierId);
        expect((await get(`/meldingen/${res.json().meldingId}`)).json().hermelding).toBe(categorie);
      },
    );
  });

  describe('POST /meldingen/{id}/in-behandeling (VT-6.5.2-a)', () => {
    it('VT-6.5.2-a: only a leidinggevende may; with a motivation in the vault the report is in treatment, and announced for its assessment only then', async () => {
      const { meldingId } = (await post('/meldingen', anoniemTovVt())).json();
      expect(await events('melding-in-behandeling-genomen', meldingId)).toEqual([]);
      expect((await post(`/meldingen/${meldingId}/in-behandeling`, { motivering: 'acuut' })).statusCode).toBe(
        403,
      );

      const res = await post(
        `/meldingen/${meldingId}/in-behandeling`,
        { motivering: 'acuut gevaar' },
        leidinggevende,
      );
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ meldingId, status: 'in-behandeling' });
      const m = (await get(`/meldingen/${meldingId}`)).json();
      expect(m.status).toBe('in-behandeling');
      expect(m.aantekeningRefs['inBehandeling.motivering']).toBe(res.json().motiveringRef);
      const [event] = await events('melding-in-behandeling-genomen', meldingId);
      expect(JSON.parse(event.payload).data).toMatchObject({
        meldingId,
        veiligheidsbeoordelingUiterlijk: m.veiligheidsbeoordelingUiterlijk,
        zichtOpVeiligheidUiterlijk: m.zichtOpVeiligheidUiterlijk,
      });
      const [tekst] = await query<{ soort: string }>(
        db.url,
        'select soort from privacy.aantekening where aantekening_ref = $1',
        [res.json().motiveringRef],
      );
      expect(tekst.soort).toBe('melding.inBehandeling.motivering');
    });

    it.each<[string, () => Promise<string>, unknown, number]>([
      [
        'a report already in treatment: 409',
        async () => (await post('/meldingen', melding())).json().meldingId,
        { motivering: 'x' },
        409,
      ],
      [
        'no motivation: 400',
        async () => (await post('/meldingen', anoniemTovVt())).json().meldingId,
        { motivering: '  ' },
        400,
      ],
      [
        'an unknown report: 404',
        async () => '7e2d4c1a-9b8f-4a6e-8d3c-5f1b0a2e9c74',
        { motivering: 'x' },
        404,
      ],
    ])('%s, nothing stored and no event', async (_naam, maak, body, status) => {
      const meldingId = await maak();
      const voor = await sporen();
      const res = await post(`/meldingen/${meldingId}/in-behandeling`, body, leidinggevende);
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(await sporen()).toBe(voor);
    });
  });

  describe('POST /meldingen/{id}/intrekking (§6.7)', () => {
    const vandaag = () => datumInAmsterdam(new Date());

    it('VT-6.7-b: verwijderen deletes the report and its data in the vault, keeps the decision, and lists whom to inform', async () => {
      const ontvangen = (
        await post('/meldingen', melding({ melder: { type: 'omstander', naam: 'Buur', telefoon: '06' } }))
      ).json();
      const { meldingId, dossierId } = ontvangen;
      const [rij] = await query<{ melder_ref: string; aantekening_refs: Record<string, string> }>(
        db.url,
        'select melder_ref, aantekening_refs from intake.melding where id = $1',
        [meldingId],
      );
      const vaultRefs = [rij.melder_ref, ...Object.values(rij.aantekening_refs)];
      const res = await post(`/meldingen/${meldingId}/intrekking`, {
        verzoekOp: vandaag(),
        reden: 'ik vergiste me',
        besluit: 'verwijderen',
        motivering: 'de melding blijkt onterecht',
      });
      expect(res.statusCode).toBe(200);
      const personen = (await get(`/dossiers/${dossierId}`)).json().personen;
      expect(res.json()).toMatchObject({
        meldingId,
        besluit: 'verwijderen',
        dossierGesloten: true,
        teInformeren: personen,
      });
      expect(personen.length).toBeGreaterThan(0);
      expect((await get(`/meldingen/${meldingId}`)).statusCode).toBe(404);
      const [{ n }] = await query<{ n: string }>(
        db.url,
        `select (select count(*) from privacy.persoon where persoon_ref = any($1::uuid[]))
              + (select count(*) from privacy.aantekening where aantekening_ref = any($1::uuid[])) as n`,
        [vaultRefs],
      );
      expect(Number(n)).toBe(0);
      expect((await get(`/dossiers/${dossierId}`)).json()).toMatchObject({
        status: 'afgesloten',
        meldingen: [],
      });
      const [intrekking] = await query(
        db.url,
        'select besluit from intake.melding_intrekking where melding_id = $1',
        [meldingId],
      );
      expect(intrekking).toEqual({ besluit: 'verwijderen' });
      const [event] = await events('melding-ingetrokken', meldingId);
      expect(JSON.parse(event.payload).data).toMatchObject({
        besluit: 'verwijderen',
        dossierVervallen: true,
      });
    });

    it('VT-6.7-c: handhaven keeps the report, annotated with the wish, its date, the reason and the grounds', async () => {
      const { meldingId } = (await post('/meldingen', melding())).json();
      const res = await post(`/meldingen/${meldingId}/intrekking`, {
        verzoekOp: vandaag(),
        reden: 'ik wil het niet meer',
        besluit: 'handhaven',
        motivering: 'zorgen blijven bestaan',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().teInformeren).toEqual([]);
      const m = (await get(`/meldingen/${meldingId}`)).json();
      expect(m.intrekkingen).toEqual([
        {
          verzoekOp: vandaag(),
          besluit: 'handhaven',
          redenRef: res.json().redenRef,
          motiveringRef: res.json().motiveringRef,
          beslotenOp: res.json().beslotenOp,
        },
      ]);
      expect(await events('melding-ingetrokken', meldingId)).toHaveLength(1);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['no reason', { reden: ' ' }, 'reden'],
      ['no grounds', { motivering: undefined }, 'motivering'],
      ['an unknown decision', { besluit: 'negeren' }, 'besluit'],
      ['a date that does not exist', { verzoekOp: '2026-02-30' }, 'verzoekOp'],
      ['a request before the receipt', { verzoekOp: '2020-01-01' }, 'verzoekOp'],
    ])(
      'VT-6.7-a: %s is a 400 naming the field; nothing destroyed, recorded or announced',
      async (_naam, o, field) => {
        const { meldingId } = (await post('/meldingen', melding())).json();
        const voor = await sporen();
        const res = await post(`/meldingen/${meldingId}/intrekking`, {
          verzoekOp: vandaag(),
          reden: 'r',
          besluit: 'verwijderen',
          motivering: 'm',
          ...o,
        });
        expect(res.statusCode).toBe(400);
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
        expect(await sporen()).toBe(voor);
        expect((await get(`/meldingen/${meldingId}`)).statusCode).toBe(200);
      },
    );
  });
});
