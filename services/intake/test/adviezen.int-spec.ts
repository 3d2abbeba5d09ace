import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { given, query, type TestDatabase } from '@vt/testing';
import { VernietigVerlopenAdviezen } from '../src/adviezen/use-cases/vernietig-verlopen-adviezen/vernietig-verlopen-adviezen.use-case';
import { type IntakeMetKluis, startIntakeMetKluis, TEST_MEDEWERKER } from './intake-app';

const kanarie = () => `KANARIE${randomBytes(5).toString('hex').toUpperCase()}`;

/** Today + 2 years in Europe/Amsterdam, computed without the code under test. */
function overTweeJaar(d = new Date()): string {
  const [j, m, dag] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d).split('-');
  return `${Number(j) + 2}-${m}-${m === '02' && dag === '29' ? '28' : dag}`;
}

describe('intake: advice and support (§3–5, §15.5) against real PostgreSQL, NATS and the privacy service', () => {
  let intake: IntakeMetKluis;
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let token: string;

  beforeAll(async () => {
    intake = await startIntakeMetKluis('adviezen');
    ({ db, app } = intake);
    token = await intake.token(['medewerker']);
  }, 60_000);

  afterAll(async () => intake?.stop());

  const verzoek = (method: 'POST' | 'GET' | 'DELETE', url: string, body?: unknown, t = token) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${t}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { payload: JSON.stringify(body) } : {}),
    });
  const advies = (o: Record<string, unknown> = {}) => ({
    kanaal: 'telefoon',
    adviesvragerType: 'omstander',
    samenvatting: 'De buurvrouw hoort vaak geschreeuw.',
    toestemmingRegistratie: false,
    ...o,
  });
  const tel = async (tabel: string) =>
    Number((await query<{ n: string }>(db.url, `select count(*) as n from ${tabel}`))[0].n);
  const stand = async () =>
    Promise.all(
      ['intake.advies', 'intake.outbox', 'intake.melding', 'privacy.persoon', 'privacy.aantekening'].map(tel),
    );

  it('VT-5.5-b / VT-15.3.4.1-a / VT-15.5-a: an advice with consent gets a file number and its retention; the seeker and summary are only in the vault', async () => {
    const naam = kanarie();
    const samenvatting = `${kanarie()} zorgen om de kinderen van de buren`;
    const res = await verzoek(
      'POST',
      '/adviezen',
      advies({
        samenvatting,
        toestemmingRegistratie: true,
        toestemmingToegelicht: true,
        adviesvrager: { naam, telefoon: '0612345678', email: 'vrager@example.org' },
        eersteContact: { relatieTotHuishouden: 'buur', volwassenen: 2, minderjarigen: 3, intentie: 'advies' },
      }),
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      dossiernummer: expect.stringMatching(/^A-VR13-/),
      bewaarTot: overTweeJaar(),
    });

    const [rij] = await query<Record<string, unknown>>(db.url, 'select * from intake.advies where id = $1', [
      body.id,
    ]);
    expect(JSON.stringify(rij)).not.toContain(naam);
    expect(JSON.stringify(rij)).not.toContain(samenvatting.slice(0, 17));
    const [persoon] = await query<{ gegevens: Buffer }>(
      db.url,
      'select gegevens from privacy.persoon where persoon_ref = $1',
      [rij.adviesvrager_ref],
    );
    expect(persoon.gegevens.toString('latin1')).not.toContain(naam);
    const [event] = await query<{ payload: string }>(
      db.url,
      "select payload from intake.outbox where type = 'nl.veiligthuis.intake.advies-geregistreerd.v1' and payload::jsonb #>> '{data,adviesId}' = $1",
      [body.id],
    );
    expect(JSON.parse(event.payload).data).toMatchObject({
      adviesId: body.id,
      regio: 'VR13',
      kanaal: 'telefoon',
      adviesvragerType: 'omstander',
      bewaarTot: overTweeJaar(),
      adviesvragerGeregistreerd: true,
    });
    expect(event.payload).not.toContain(naam);
    expect(event.payload).not.toContain(samenvatting.slice(0, 17));

    const get = await verzoek('GET', `/adviezen/${body.id}`);
    expect(get.statusCode).toBe(200);
    expect(get.json()).toMatchObject({
      id: body.id,
      dossiernummer: body.dossiernummer,
      regio: 'VR13',
      eersteContact: { relatieTotHuishouden: 'buur', volwassenen: 2, minderjarigen: 3, intentie: 'advies' },
      toestemmingRegistratie: true,
      adviesvragerRef: rij.adviesvrager_ref,
      aantekeningRefs: { samenvatting: expect.any(String) },
      bewaarTot: overTweeJaar(),
      ondersteuning: [],
    });
    expect(get.body).not.toContain(naam);
  });

  it('VT-15.5-a: seeker data without consent is refused with 422 naming the rule and the field, and nothing is stored', async () => {
    const voor = await stand();
    const res = await verzoek('POST', '/adviezen', advies({ adviesvrager: { naam: 'Iemand' } }));
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ type: 'urn:vt:VT-15.5-a', errors: [{ field: 'adviesvrager' }] });
    expect(await stand()).toEqual(voor);
  });

  it.each([
    [advies({ kanaal: 'fax' }), 'kanaal'],
    // The police's digital channel is a report's, never an advice's.
    [advies({ kanaal: 'digitaal' }), 'kanaal'],
    [advies({ adviesvragerType: 'politie' }), 'adviesvragerType'],
    [advies({ samenvatting: '   ' }), 'samenvatting'],
    [advies({ toestemmingRegistratie: 'ja' }), 'toestemmingRegistratie'],
    // VT-5.5-a / VT-15.3.3-a: an advice has no place for the people it is about.
    [advies({ huishouden: { gemeentecode: 'GM0363', personen: [] } }), 'huishouden'],
    [advies({ toestemmingRegistratie: true, adviesvrager: { telefoon: '06' } }), 'adviesvrager.naam'],
    [advies({ eersteContact: { intentie: 'klacht' } }), 'eersteContact.intentie'],
    [
      advies({ adviesvragerType: 'professional', meldcode: { meldcodePlichtig: true, stap: 'stap-9' } }),
      'meldcode.stap',
    ],
    [advies({ dossiernummer: 'A-VR13-ZZZZ-ZZZZ' }), 'dossiernummer'],
  ])('400 per offending field (%#: %s), nothing stored', async (body, field) => {
    const voor = await stand();
    const res = await verzoek('POST', '/adviezen', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await stand()).toEqual(voor);
  });

  it.each([
    ['VT-3.2.2-a', advies({ meldcode: { meldcodePlichtig: true } }), 'meldcode'],
    ['VT-3.3-a', advies({ eersteContact: { intentie: 'melding' } }), 'eersteContact.intentie'],
  ])('%s: refused with 422 naming the field, nothing stored', async (regel, body, field) => {
    const voor = await stand();
    const res = await verzoek('POST', '/adviezen', body);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ type: `urn:vt:${regel}`, errors: [{ field }] });
    expect(await stand()).toEqual(voor);
  });

  it("VT-3.2.2-a: a professional's Meldcode step and afwegingskader answers are recorded as codes", async () => {
    const meldcode = {
      meldcodePlichtig: true,
      stap: 'wegen-afwegingskader',
      afwegingskader: { vermoeden: true, onveiligheid: false, hulpMogelijk: true },
    };
    const res = await verzoek('POST', '/adviezen', advies({ adviesvragerType: 'professional', meldcode }));
    expect(res.statusCode).toBe(201);
    expect((await verzoek('GET', `/adviezen/${res.json().id}`)).json().meldcode).toEqual(meldcode);
  });

  it('VT-3.2.1-a: a minor who calls is spoken to whatever the age: the advice is registered', async () => {
    const res = await verzoek(
      'POST',
      '/adviezen',
      advies({ adviesvragerType: 'directbetrokkene', eersteContact: { minderjarigeBeller: true } }),
    );
    expect(res.statusCode).toBe(201);
  });

  it('VT-3.2-d: a chat may keep the consenting seeker; a chat caller who wants a report is recorded as advice', async () => {
    const res = await verzoek(
      'POST',
      '/adviezen',
      advies({
        kanaal: 'chat',
        toestemmingRegistratie: true,
        adviesvrager: { naam: 'Chatter' },
        eersteContact: { intentie: 'melding' },
      }),
    );
    expect(res.statusCode).toBe(201);
  });

  it('VT-15.3.4.1-a: a follow-up quoting the file number joins the file, links the earlier advice and moves the retention', async () => {
    const eerste = (await verzoek('POST', '/adviezen', advies())).json();
    // The first contact was long ago: its file was to be kept until two years after it.
    await query(
      db.url,
      "update intake.adviesdossier set laatste_contact_op = '2025-01-10T09:00:00Z', bewaar_tot = '2027-01-10' where id = $1",
      [eerste.adviesdossierId],
    );
    const res = await verzoek('POST', '/adviezen', advies({ dossiernummer: eerste.dossiernummer }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      dossiernummer: eerste.dossiernummer,
      adviesdossierId: eerste.adviesdossierId,
      vervolgOp: eerste.id,
      bewaarTot: overTweeJaar(),
    });
    expect((await verzoek('GET', `/adviezen/${eerste.id}`)).json().bewaarTot).toBe(overTweeJaar());
  });

  it('a follow-up can only quote a number of its own region (another region is unknown: 400)', async () => {
    const eerste = (await verzoek('POST', '/adviezen', advies())).json();
    const ander = await intake.token(['medewerker'], 'VR09');
    const res = await verzoek('POST', '/adviezen', advies({ dossiernummer: eerste.dossiernummer }), ander);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('dossiernummer');
  });

  it('VT-4.3-a / VT-5.3-b: a support action is recorded with its code, its note in the vault', async () => {
    const { id } = (await verzoek('POST', '/adviezen', advies())).json();
    const toelichting = `${kanarie()} samen een veiligheidsplan gemaakt`;
    const res = await verzoek('POST', `/adviezen/${id}/ondersteuning`, {
      actie: 'veiligheidsplan',
      toelichting,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ adviesId: id, bewaarTot: overTweeJaar() });
    const get = await verzoek('GET', `/adviezen/${id}`);
    expect(get.json().ondersteuning).toEqual([
      {
        id: res.json().id,
        actie: 'veiligheidsplan',
        uitgevoerdOp: expect.any(String),
        aantekeningRefs: { toelichting: expect.any(String) },
      },
    ]);
    expect(get.body).not.toContain(toelichting.slice(0, 17));
  });

  it('VT-5.3-a: support to a professional needs his confirmation of the family’s consent; nothing stored otherwise', async () => {
    const { id } = (await verzoek('POST', '/adviezen', advies({ adviesvragerType: 'professional' }))).json();
    const voor = await tel('intake.ondersteuningsactie');
    const res = await verzoek('POST', `/adviezen/${id}/ondersteuning`, { actie: 'deelname-gesprek' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      type: 'urn:vt:VT-5.3-a',
      errors: [{ field: 'toestemmingBetrokkenenBevestigd' }],
    });
    const bad = await verzoek('POST', `/adviezen/${id}/ondersteuning`, { actie: 'koffie' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('actie');
    expect(await tel('intake.ondersteuningsactie')).toBe(voor);
    const ok = await verzoek('POST', `/adviezen/${id}/ondersteuning`, {
      actie: 'deelname-gesprek',
      toestemmingBetrokkenenBevestigd: true,
    });
    expect(ok.statusCode).toBe(201);
  });

  it('VT-15.5-c: withdrawing consent destroys the seeker in the vault and drops the reference; a repeat is 204 too', async () => {
    const body = advies({
      toestemmingRegistratie: true,
      adviesvrager: { naam: 'Trekt In', telefoon: '0611111111' },
    });
    const { id, dossiernummer } = (await verzoek('POST', '/adviezen', body)).json();
    const vervolg = (await verzoek('POST', '/adviezen', { ...body, dossiernummer })).json();
    const refs = (
      await query<{ adviesvrager_ref: string }>(
        db.url,
        'select adviesvrager_ref from intake.advies where id = any($1::uuid[])',
        [[id, vervolg.id]],
      )
    ).map((r) => r.adviesvrager_ref);
    expect(refs).toHaveLength(2);
    const res = await verzoek('DELETE', `/adviezen/${vervolg.id}/adviesvrager`);
    expect(res.statusCode).toBe(204);
    expect(
      await query(db.url, 'select 1 from privacy.persoon where persoon_ref = any($1::uuid[])', [refs]),
    ).toEqual([]);
    const get = (await verzoek('GET', `/adviezen/${id}`)).json();
    expect(get.adviesvragerRef).toBeUndefined();
    expect(get).toMatchObject({
      toestemmingRegistratie: false,
      toestemmingIngetrokkenOp: expect.any(String),
    });
    const events = async () =>
      query<{ payload: string }>(
        db.url,
        "select payload from intake.outbox where type = 'nl.veiligthuis.intake.advies-toestemming-ingetrokken.v1' and payload::jsonb #>> '{data,adviesdossierId}' = $1",
        [get.adviesdossierId],
      );
    const [event] = await events();
    expect(JSON.parse(event.payload).data).toMatchObject({
      adviesIds: expect.arrayContaining([id, vervolg.id]),
    });
    expect(event.payload).not.toContain('Trekt In');
    expect((await verzoek('DELETE', `/adviezen/${id}/adviesvrager`)).statusCode).toBe(204);
    expect(await events()).toHaveLength(1);
  });

  it('an advice of another region is not revealed: 404 on read, support, withdrawal and ex officio report', async () => {
    const { id } = (await verzoek('POST', '/adviezen', advies())).json();
    const ander = await intake.token(['medewerker'], 'VR09');
    expect((await verzoek('GET', `/adviezen/${id}`, undefined, ander)).statusCode).toBe(404);
    expect(
      (await verzoek('POST', `/adviezen/${id}/ondersteuning`, { actie: 'veiligheidsplan' }, ander))
        .statusCode,
    ).toBe(404);
    expect((await verzoek('DELETE', `/adviezen/${id}/adviesvrager`, undefined, ander)).statusCode).toBe(404);
    expect(
      (await verzoek('POST', `/adviezen/${id}/ambtshalve-melding`, ambtshalve(), ander)).statusCode,
    ).toBe(404);
  });

  function ambtshalve(o: Record<string, unknown> = {}) {
    const m = given.melding({ huishouden: { gemeentecode: 'GM0363' } });
    return {
      voorwaarden: {
        hoogEnAcuutRisico: true,
        onvoldoendeVeiligheid: true,
        geenOvereenstemming: true,
        persoonsgegevensBekend: true,
      },
      besprokenMetAdviesvrager: true,
      geconsulteerd: ['collega-2'],
      motivering: {
        betrokkenInformatie: 'wat er bekend is',
        gewogenBelangen: 'veiligheid kind weegt zwaarst',
      },
      spoed: true,
      huishouden: m.huishouden,
      zorgen: m.zorgen,
      ...o,
    };
  }

  it('VT-4.4-e / VT-5.4-a: the ex officio report is a normal report by Veilig Thuis, received at the decision, linked to the advice', async () => {
    const { id } = (await verzoek('POST', '/adviezen', advies())).json();
    const voor = new Date();
    const res = await verzoek('POST', `/adviezen/${id}/ambtshalve-melding`, ambtshalve());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ adviesId: id, regio: 'VR13' });
    expect(new Date(body.ontvangenOp).getTime()).toBeGreaterThanOrEqual(voor.getTime() - 1000);
    const [m] = await query<{
      melder_type: string;
      melder_ref: string | null;
      status: string;
      spoed: boolean;
    }>(db.url, 'select melder_type, melder_ref, status, spoed from intake.melding where id = $1', [
      body.meldingId,
    ]);
    expect(m).toEqual({
      melder_type: 'veilig-thuis',
      melder_ref: null,
      status: 'in-behandeling',
      spoed: true,
    });
    const [event] = await query<{ payload: string }>(
      db.url,
      "select payload from intake.outbox where type = 'nl.veiligthuis.intake.melding-ontvangen.v1' and payload::jsonb #>> '{data,meldingId}' = $1",
      [body.meldingId],
    );
    expect(JSON.parse(event.payload).data).toMatchObject({
      melderType: 'veilig-thuis',
      dossierId: body.dossierId,
    });
    const get = (await verzoek('GET', `/adviezen/${id}`)).json();
    expect(get).toMatchObject({
      meldingId: body.meldingId,
      ambtshalve: {
        beslotenDoor: TEST_MEDEWERKER,
        geconsulteerd: ['collega-2'],
        aantekeningRefs: {
          'ambtshalve.betrokkenInformatie': expect.any(String),
          'ambtshalve.gewogenBelangen': expect.any(String),
        },
      },
    });
    const meldingen = await tel('intake.melding');
    const nogmaals = await verzoek('POST', `/adviezen/${id}/ambtshalve-melding`, ambtshalve());
    expect(nogmaals.statusCode).toBe(409);
    expect(await tel('intake.melding')).toBe(meldingen);
  });

  it.each([
    ['VT-3.2-d', { kanaal: 'chat' }, {}, 'kanaal'],
    [
      'VT-5.4-a',
      {},
      {
        voorwaarden: { hoogEnAcuutRisico: true, onvoldoendeVeiligheid: false, persoonsgegevensBekend: true },
      },
      'voorwaarden.geenOvereenstemming',
    ],
    [
      'VT-4.4-a',
      { adviesvragerType: 'directbetrokkene' },
      {
        voorwaarden: { hoogEnAcuutRisico: false, onvoldoendeVeiligheid: false, persoonsgegevensBekend: true },
      },
      'voorwaarden.hoogEnAcuutRisico',
    ],
    ['VT-2.2.1-a', {}, { geconsulteerd: [TEST_MEDEWERKER] }, 'geconsulteerd'],
  ])(
    '%s: an ex officio report is refused with 422 naming the field; no report, no event',
    async (regel, a, o, field) => {
      const { id } = (await verzoek('POST', '/adviezen', advies(a))).json();
      const voor = await stand();
      const res = await verzoek('POST', `/adviezen/${id}/ambtshalve-melding`, ambtshalve(o));
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ type: `urn:vt:${regel}`, errors: [{ field }] });
      expect(await stand()).toEqual(voor);
    },
  );

  it('the ex officio report: bad input is a 400 per field and only the responsible worker decides (403 otherwise)', async () => {
    const { id } = (await verzoek('POST', '/adviezen', advies())).json();
    const voor = await stand();
    const zonderMotivering = await verzoek(
      'POST',
      `/adviezen/${id}/ambtshalve-melding`,
      ambtshalve({ motivering: { betrokkenInformatie: 'x' } }),
    );
    expect(zonderMotivering.statusCode).toBe(400);
    expect(zonderMotivering.json().errors.map((e: { field: string }) => e.field)).toContain(
      'motivering.gewogenBelangen',
    );
    const onbekend = await verzoek(
      'POST',
      `/adviezen/${id}/ambtshalve-melding`,
      ambtshalve({
        huishouden: { gemeentecode: 'GM9999', personen: [{ rol: 'kind', voornaam: 'a', achternaam: 'b' }] },
      }),
    );
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.json().errors[0].field).toBe('huishouden.gemeentecode');
    const jurist = await intake.token(['jurist']);
    expect(
      (await verzoek('POST', `/adviezen/${id}/ambtshalve-melding`, ambtshalve(), jurist)).statusCode,
    ).toBe(403);
    expect(await stand()).toEqual(voor);
  });
  it('VT-15.3.4.1-a: once the retention date has passed, the advice file is destroyed here and in the vault', async () => {
    const body = advies({
      toestemmingRegistratie: true,
      adviesvrager: { naam: 'Verloopt', telefoon: '0622222222' },
    });
    const oud = (await verzoek('POST', '/adviezen', body)).json();
    await verzoek('POST', `/adviezen/${oud.id}/ondersteuning`, { actie: 'overig', toelichting: 'iets' });
    const vers = (await verzoek('POST', '/adviezen', advies())).json();
    const [{ adviesvrager_ref }] = await query<{ adviesvrager_ref: string }>(
      db.url,
      'select adviesvrager_ref from intake.advies where id = $1',
      [oud.id],
    );
    // Its last contact was more than two years ago: kept until yesterday.
    await query(
      db.url,
      "update intake.adviesdossier set bewaar_tot = current_date - 1, laatste_contact_op = now() - interval '2 years 1 day' where id = $1",
      [oud.adviesdossierId],
    );
    expect(await app.get(VernietigVerlopenAdviezen).execute()).toBeGreaterThanOrEqual(1);
    expect((await verzoek('GET', `/adviezen/${oud.id}`)).statusCode).toBe(404);
    expect(
      await query(db.url, 'select 1 from intake.adviesdossier where id = $1', [oud.adviesdossierId]),
    ).toEqual([]);
    expect(
      await query(db.url, 'select 1 from privacy.persoon where persoon_ref = $1', [adviesvrager_ref]),
    ).toEqual([]);
    expect(
      await query(db.url, 'select 1 from privacy.aantekening where dossier_id = $1', [oud.adviesdossierId]),
    ).toEqual([]);
    expect((await verzoek('GET', `/adviezen/${vers.id}`)).statusCode).toBe(200);
    expect(await app.get(VernietigVerlopenAdviezen).execute()).toBe(0);
  });
});
