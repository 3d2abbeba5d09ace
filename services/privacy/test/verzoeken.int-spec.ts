import { randomUUID } from 'node:crypto';
import type { NatsConnection } from 'nats';
import {
  dossierVernietigdV1,
  onderzoekAfgerondV1,
  persoonVernietigdV1,
  verzoekBeslotenV1,
  verzoekOntvangenV1,
} from '@vt/contracts';
import { connectTestNats, createServiceTestApp, query, type ServiceTestApp, until } from '@vt/testing';
import { ToegangslogRepository } from '../src/toegangslog/persistence/toegangslog.repository';
import { laadPrivacy } from './privacy-app';
import { eventsVan, type Gezin, ONTVANGEN_OP, publiceer, registreerGezin } from './rechten-fixtures';

describe('privacy: data-subject requests (§15.8) over HTTP against real PostgreSQL and NATS', () => {
  let privacy: ServiceTestApp;
  let nc: NatsConnection;
  let pf: string;
  let gezin: Gezin;

  beforeAll(async () => {
    privacy = await createServiceTestApp(laadPrivacy, {
      label: 'verzoeken',
      env: { PRIVACY_BEWAARTERMIJN_INTERVAL_MS: '0' },
    });
    nc = await connectTestNats();
    pf = await privacy.token(['privacyfunctionaris']);
    gezin = await registreerGezin(nc, privacy);
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await privacy?.stop();
  });

  const post = (url: string, body: unknown, token = pf) =>
    privacy.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  const get = (url: string, token = pf) =>
    privacy.app.inject({
      method: 'GET',
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${token}` },
    });
  const verzoek = (over: string, door: string, soort: string, extra: Record<string, unknown> = {}) => ({
    soort,
    persoonRef: over,
    ingediendDoor: { persoonRef: door, hoedanigheid: over === door ? 'zelf' : 'wettelijk-vertegenwoordiger' },
    ontvangenOp: ONTVANGEN_OP,
    ...extra,
  });
  const aantalVerzoeken = async () =>
    Number((await query<{ n: string }>(privacy.db.url, 'select count(*) as n from privacy.verzoek'))[0].n);
  const status = async (id: string) =>
    (
      await query<{ status: string }>(privacy.db.url, 'select status from privacy.verzoek where id = $1', [
        id,
      ])
    )[0]?.status;

  it('VT-15.8.6.1-a: a parent with gezag asks inzage for a 14-year-old; the event carries codes and references only', async () => {
    const res = await post('/verzoeken', verzoek(gezin.kind14, gezin.ouder, 'inzage'));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({ id: expect.any(String), beslissenUiterlijk: '2026-12-30' });
    const [event] = await until(async () => {
      const e = (await eventsVan(privacy, verzoekOntvangenV1.type)).filter(
        (x) => x.data.verzoekId === body.id,
      );
      return e.length ? e : undefined;
    });
    expect(event.data).toMatchObject({
      soort: 'inzage',
      persoonRef: gezin.kind14,
      hoedanigheid: 'wettelijk-vertegenwoordiger',
    });
    expect(JSON.stringify(event)).not.toMatch(/KANARIE/);
  });

  it('VT-15.8.6.1-a: the 14-year-old may ask himself; a 17-year-old only himself, not his parent', async () => {
    expect((await post('/verzoeken', verzoek(gezin.kind14, gezin.kind14, 'afschrift'))).statusCode).toBe(201);
    const voor = await aantalVerzoeken();
    const res = await post('/verzoeken', verzoek(gezin.kind17, gezin.ouder, 'inzage'));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ type: 'urn:vt:VT-15.8.6.1-a' });
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'ingediendDoor.hoedanigheid' })]);
    expect(await aantalVerzoeken()).toBe(voor);
  });

  it('VT-15.8.6.1-a: an 11-year-old cannot ask himself, his parent can', async () => {
    expect((await post('/verzoeken', verzoek(gezin.kind11, gezin.kind11, 'correctie'))).json().type).toBe(
      'urn:vt:VT-15.8.6.1-a',
    );
    const res = await post('/verzoeken', verzoek(gezin.kind11, gezin.ouder, 'correctie'));
    expect(res.statusCode).toBe(201);
    // VT-15.8.3-a: a correction is answered within 4 weeks of receipt.
    expect(res.json().beslissenUiterlijk).toBe('2026-12-28');
  });

  it("VT-15.8.6.1-b: destruction from 12 is the young person's alone: his parent is refused, nothing stored, no event", async () => {
    const voor = await aantalVerzoeken();
    const eventsVoor = (await eventsVan(privacy, verzoekOntvangenV1.type)).length;
    const res = await post('/verzoeken', verzoek(gezin.kind14, gezin.ouder, 'vernietiging'));
    expect(res.statusCode).toBe(422);
    expect(res.json().type).toBe('urn:vt:VT-15.8.6.1-b');
    expect(await aantalVerzoeken()).toBe(voor);
    await new Promise((r) => setTimeout(r, 300));
    expect((await eventsVan(privacy, verzoekOntvangenV1.type)).length).toBe(eventsVoor);
  });

  it('VT-15.8.6.1-c: a parent may act for a 13+ child judged not competent, with the motivation recorded sealed', async () => {
    const res = await post(
      '/verzoeken',
      verzoek(gezin.kind17, gezin.ouder, 'inzage', {
        wilsonbekwaam: { motivering: 'KANARIEwilsonbekwaam ernstige beperking' },
      }),
    );
    expect(res.statusCode).toBe(201);
    const [rij] = await query<{ wilsonbekwaam: boolean; teksten: Buffer; leeftijd: number }>(
      privacy.db.url,
      'select wilsonbekwaam, teksten, leeftijd from privacy.verzoek where id = $1',
      [res.json().id],
    );
    expect(rij).toMatchObject({ wilsonbekwaam: true, leeftijd: 17 });
    expect(rij.teksten.toString('latin1')).not.toContain('KANARIE');
  });

  it('VT-15.8.6.1-e: someone without recorded gezag is no legal representative', async () => {
    const res = await post('/verzoeken', verzoek(gezin.kind11, gezin.kind17, 'inzage'));
    expect(res.statusCode).toBe(422);
    expect(res.json().type).toBe('urn:vt:VT-15.8.6.1-e');
  });

  it('VT-15.8.5-a: destruction by a 17-year-old is carried out within 3 months, a term ending on a working day', async () => {
    const res = await post('/verzoeken', verzoek(gezin.kind17, gezin.kind17, 'vernietiging'));
    expect(res.statusCode).toBe(201);
    // 2027-02-28 is a Sunday: the term ends on Monday 1 March.
    expect(res.json()).toMatchObject({ beslissenUiterlijk: '2027-03-01', uitvoerenUiterlijk: '2027-03-01' });
  });

  it('bad input: one problem entry per offending field, nothing stored', async () => {
    const voor = await aantalVerzoeken();
    const res = await post('/verzoeken', {
      soort: 'wissen',
      persoonRef: 'geen-uuid',
      ingediendDoor: { persoonRef: gezin.ouder, hoedanigheid: 'buurman' },
      ontvangenOp: '30-11-2026',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const velden = res
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(velden).toEqual(['ingediendDoor.hoedanigheid', 'ontvangenOp', 'persoonRef', 'soort']);
    expect(await aantalVerzoeken()).toBe(voor);
  });

  it('deny by default: a case worker may not handle requests (403), another region sees nothing (404)', async () => {
    const body = verzoek(gezin.kind14, gezin.kind14, 'inzage');
    expect((await post('/verzoeken', body, await privacy.token(['medewerker']))).statusCode).toBe(403);
    expect(
      (await post('/verzoeken', body, await privacy.token(['privacyfunctionaris'], 'VR17'))).statusCode,
    ).toBe(404);
  });

  describe('decisions', () => {
    const dien = async (over: string, door: string, soort: string) => {
      const res = await post('/verzoeken', verzoek(over, door, soort));
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };

    it('VT-15.8.2-a: inzage is limited only on a ground of §15.8.2, named by the problem', async () => {
      const id = await dien(gezin.kind14, gezin.kind14, 'inzage');
      const res = await post(`/verzoeken/${id}/besluit`, {
        uitkomst: 'gedeeltelijk',
        grond: 'aanmerkelijk-belang-ander',
        motivering: 'niet van toepassing',
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().type).toBe('urn:vt:VT-15.8.2-a');
      expect(await status(id)).toBe('ontvangen');
    });

    it('VT-15.8.1-a / VT-15.6-a: the copy holds his record and the texts about him, never the niet-ter-inzage part nor what was withheld', async () => {
      const id = await dien(gezin.kind14, gezin.kind14, 'inzage');
      const teksten = await query<{ aantekening_ref: string; soort: string }>(
        privacy.db.url,
        'select aantekening_ref, soort from privacy.aantekening where dossier_id = $1',
        [gezin.dossierId],
      );
      const vooraf = await get(`/verzoeken/${id}/export`);
      expect(vooraf.statusCode).toBe(422);
      expect(vooraf.json().type).toBe('urn:vt:VT-15.8.1-a');

      const besluit = await post(`/verzoeken/${id}/besluit`, {
        uitkomst: 'gedeeltelijk',
        grond: 'privacy-ander',
        motivering: 'een deel gaat vooral over de ouder',
        beperkt: teksten.filter((t) => t.soort === 'gespreksverslag').map((t) => t.aantekening_ref),
      });
      expect(besluit.statusCode).toBe(201);
      const res = await get(`/verzoeken/${id}/export`);
      expect(res.statusCode).toBe(200);
      const e = res.json();
      expect(e.gegevens).toMatchObject({ achternaam: gezin.namen.kind14, geboortedatum: '2012-06-01' });
      expect(e.aantekeningen.map((a: { soort: string }) => a.soort)).toEqual(['melding.zorgen.omschrijving']);
      const tekst = JSON.stringify(e);
      expect(tekst).not.toContain(gezin.namen.tekstNti);
      expect(tekst).not.toContain(gezin.namen.melder);
      expect(tekst).not.toContain(gezin.namen.ouder);

      const html = await get(`/verzoeken/${id}/export?formaat=html`);
      expect(html.headers['content-type']).toContain('text/html');
      expect(html.body).toContain(gezin.namen.kind14);
      expect(html.body).not.toContain(gezin.namen.tekstNti);
    });

    it('ADR 0023: an export logs every decryption with its purpose, in a chain that verifies; a refused export logs nothing', async () => {
      const logVan = (persoonRef: string) =>
        query<{ aantekening_ref: string | null; categorieen: string[]; sub: string; regio: string }>(
          privacy.db.url,
          `select aantekening_ref, categorieen, sub, regio from privacy.toegangslog
            where persoon_ref = $1 and doelbinding = 'inzage-export' order by volgnummer`,
          [persoonRef],
        );
      const id = await dien(gezin.kind11, gezin.ouder, 'inzage');
      expect((await get(`/verzoeken/${id}/export`)).statusCode).toBe(422);
      expect(await logVan(gezin.kind11)).toEqual([]);

      const besluit = await post(`/verzoeken/${id}/besluit`, {
        uitkomst: 'toegewezen',
        motivering: 'alles mag hij zien',
      });
      expect(besluit.statusCode).toBe(201);
      const res = await get(`/verzoeken/${id}/export`);
      expect(res.statusCode).toBe(200);
      const getoond = (res.json().aantekeningen as { aantekeningRef: string }[]).map((a) => a.aantekeningRef);
      const log = await logVan(gezin.kind11);
      expect(log.filter((r) => r.aantekening_ref === null)).toHaveLength(1);
      expect(log.find((r) => r.aantekening_ref === null)?.categorieen).toContain('naam');
      expect(log.flatMap((r) => r.aantekening_ref ?? []).sort()).toEqual(expect.arrayContaining(getoond));
      expect(new Set(log.map((r) => r.regio))).toEqual(new Set(['VR09']));
      expect(JSON.stringify(log)).not.toContain(gezin.namen.ouder);
      expect(await privacy.app.get(ToegangslogRepository).verifieer()).toMatchObject({ geldig: true });
    });

    it('VT-15.8.4-a: an own statement is required text, never refused, and shown with his data in every copy', async () => {
      const zonder = await post('/verzoeken', verzoek(gezin.kind17, gezin.kind17, 'eigen-verklaring'));
      expect(zonder.statusCode).toBe(400);
      expect(zonder.json().errors.map((e: { field: string }) => e.field)).toEqual(['toelichting']);
      const res = await post(
        '/verzoeken',
        verzoek(gezin.kind17, gezin.kind17, 'eigen-verklaring', {
          toelichting: 'KANARIEeigen ik was die avond niet thuis',
        }),
      );
      expect(res.statusCode).toBe(201);
      const id = res.json().id as string;
      const weigering = await post(`/verzoeken/${id}/besluit`, {
        uitkomst: 'afgewezen',
        grond: 'privacy-ander',
        motivering: 'nee',
      });
      expect(weigering.json().type).toBe('urn:vt:VT-15.8.4-a');
      expect(
        (await post(`/verzoeken/${id}/besluit`, { uitkomst: 'toegewezen', motivering: 'opgenomen' }))
          .statusCode,
      ).toBe(201);

      const inzage = await dien(gezin.kind17, gezin.kind17, 'inzage');
      await post(`/verzoeken/${inzage}/besluit`, { uitkomst: 'toegewezen', motivering: 'alles' });
      const e = (await get(`/verzoeken/${inzage}/export`)).json();
      expect(e.eigenVerklaringen).toEqual([
        { verzoekId: id, tekst: 'KANARIEeigen ik was die avond niet thuis', opgenomenOp: expect.any(String) },
      ]);
    });

    it("VT-15.8.7-a: a representative's inzage may yield to the minor's interest, which his own may not", async () => {
      const id = await dien(gezin.kind14, gezin.ouder, 'inzage');
      const res = await post(`/verzoeken/${id}/besluit`, {
        uitkomst: 'afgewezen',
        grond: 'belang-minderjarige',
        motivering: 'het kind vertelde iets wat de ouder nog niet mag weten',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ uitkomst: 'afgewezen', grond: 'belang-minderjarige' });
      expect(
        (await post(`/verzoeken/${id}/besluit`, { uitkomst: 'toegewezen', motivering: 'x' })).statusCode,
      ).toBe(409);
    });

    it('VT-15.8.5-b: destruction is refused only on a ground of §15.8.5; the refusal is announced without its motivation', async () => {
      const id = await dien(gezin.kind17, gezin.kind17, 'vernietiging');
      const zonder = await post(`/verzoeken/${id}/besluit`, {
        uitkomst: 'afgewezen',
        motivering: 'liever niet',
      });
      expect(zonder.statusCode).toBe(422);
      expect(zonder.json().type).toBe('urn:vt:VT-15.8.5-b');
      expect(await status(id)).toBe('ontvangen');
      const res = await post(`/verzoeken/${id}/besluit`, {
        uitkomst: 'afgewezen',
        grond: 'aanmerkelijk-belang-ander',
        motivering: 'KANARIEmotivering de broertjes hebben er belang bij',
      });
      expect(res.statusCode).toBe(201);
      const events = await until(async () => {
        const e = (await eventsVan(privacy, verzoekBeslotenV1.type)).filter((x) => x.data.verzoekId === id);
        return e.length ? e : undefined;
      });
      expect(events).toHaveLength(1);
      expect(events[0].data).toMatchObject({ uitkomst: 'afgewezen', grond: 'aanmerkelijk-belang-ander' });
      expect(JSON.stringify(events)).not.toContain('KANARIE');
    });

    it('VT-15.8.6-a/-c: after a refuted report destruction is answered within 4 weeks, never refused, and carried out at once', async () => {
      const ander = await registreerGezin(nc, privacy);
      await publiceer(nc, privacy, onderzoekAfgerondV1, {
        dossierId: ander.dossierId,
        regio: 'VR09',
        uitkomst: 'geen-hg-km',
        afgerondOp: '2026-11-20T12:00:00.000Z',
      });
      await until(
        async () =>
          (
            await query(privacy.db.url, 'select 1 from privacy.onderzoek_uitkomst where dossier_id = $1', [
              ander.dossierId,
            ])
          ).length > 0,
      );
      const res = await post('/verzoeken', verzoek(ander.kind17, ander.kind17, 'vernietiging'));
      expect(res.json()).toMatchObject({
        beslissenUiterlijk: '2026-12-28',
        uitvoerenUiterlijk: '2027-03-01',
      });
      const id = res.json().id as string;
      const weigering = await post(`/verzoeken/${id}/besluit`, {
        uitkomst: 'afgewezen',
        grond: 'aanmerkelijk-belang-ander',
        motivering: 'toch bewaren',
      });
      expect(weigering.statusCode).toBe(422);
      expect(weigering.json().type).toBe('urn:vt:VT-15.8.6-a');
      const [sleutel] = await query<{ key_id: string }>(
        privacy.db.url,
        'select key_id from privacy.persoon where persoon_ref = $1',
        [ander.kind17],
      );

      const besluit = await post(`/verzoeken/${id}/besluit`, {
        uitkomst: 'toegewezen',
        motivering: 'weerlegd',
      });
      expect(besluit.statusCode).toBe(201);
      expect(besluit.json().uitgevoerdOp).toEqual(expect.any(String));
      expect(
        await query(privacy.db.url, 'select 1 from privacy.persoon where persoon_ref = $1', [ander.kind17]),
      ).toEqual([]);
      expect(
        await query(privacy.db.url, 'select 1 from privacy.dossier_persoon where persoon_ref = $1', [
          ander.kind17,
        ]),
      ).toEqual([]);
      const [key] = await query<{ wrapped: Buffer | null; vernietigd_op: Date | null }>(
        privacy.db.url,
        'select wrapped, vernietigd_op from privacy_keys.data_key where key_id = $1',
        [sleutel.key_id],
      );
      expect(key.wrapped).toBeNull();
      expect(key.vernietigd_op).not.toBeNull();
      // The household's shared text stays the others', no longer naming him; his siblings are untouched.
      const [gedeeld] = await query<{ betreft: string[] }>(
        privacy.db.url,
        "select betreft from privacy.aantekening where dossier_id = $1 and soort = 'melding.zorgen.omschrijving'",
        [ander.dossierId],
      );
      expect(gedeeld.betreft).toEqual([ander.ouder, ander.kind11, ander.kind14]);
      const vernietigd = await until(async () => {
        const e = (await eventsVan(privacy, persoonVernietigdV1.type)).filter(
          (x) => x.data.persoonRef === ander.kind17,
        );
        return e.length ? e : undefined;
      });
      expect(vernietigd).toEqual([
        expect.objectContaining({ data: expect.objectContaining({ grondslag: 'verzoek', verzoekId: id }) }),
      ]);
      expect(
        (await eventsVan(privacy, dossierVernietigdV1.type)).filter(
          (e) => e.data.dossierId === ander.dossierId,
        ),
      ).toEqual([]);
    });
  });

  it('unknown person: 404, nothing stored', async () => {
    const voor = await aantalVerzoeken();
    const id = randomUUID();
    expect((await post('/verzoeken', verzoek(id, id, 'inzage'))).statusCode).toBe(404);
    expect(await aantalVerzoeken()).toBe(voor);
  });
});
