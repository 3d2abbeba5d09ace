import { randomUUID } from 'node:crypto';
import {
  aantekeningenVastleggenV1,
  type AantekeningenVastleggenV1Request,
  meldingVernietigenV1,
  personenRegistrerenV1,
  type PersonenRegistrerenV1Request,
} from '@vt/contracts';
import { type RpcClient, RpcError } from '@vt/messaging';
import { query, type TestDatabase, testBsn } from '@vt/testing';
import { type KluisMetRpc, startKluisMetRpc } from './privacy-app';

const bsn = testBsn;

function huishouden() {
  return [
    {
      sleutel: 'huishouden.0',
      rol: 'ouder',
      voornaam: 'Ria',
      achternaam: 'Kluistest',
      geboortedatum: '1980-03-04',
      bsn: bsn(),
    },
    {
      sleutel: 'huishouden.1',
      rol: 'kind',
      voornaam: 'Tim',
      achternaam: 'Kluistest',
      geboortedatum: '2016-05-06',
      bsn: bsn(),
    },
  ];
}

const MELDER = { sleutel: 'melder', rol: 'melder', naam: 'Melder Kluistest', telefoon: '0612345678' };

describe('privacy: the vault over vt.rpc.privacy.* against real PostgreSQL and NATS', () => {
  let kluis: KluisMetRpc;
  let db: TestDatabase;
  let rpc: RpcClient;

  beforeAll(async () => {
    kluis = await startKluisMetRpc('kluis');
    ({ rpc } = kluis);
    db = kluis.privacy.db;
  }, 60_000);

  afterAll(async () => kluis?.stop());

  const registreer = (req: PersonenRegistrerenV1Request) => rpc.request(personenRegistrerenV1, req);
  const legVast = (req: AantekeningenVastleggenV1Request) => rpc.request(aantekeningenVastleggenV1, req);
  const rollenOpDossier = async (dossierId: string) =>
    (
      await query<{ persoon_ref: string; rol: string }>(
        db.url,
        'select persoon_ref, rol from privacy.dossier_persoon where dossier_id = $1',
        [dossierId],
      )
    ).reduce<Record<string, string>>((r, x) => ({ ...r, [x.persoon_ref]: x.rol }), {});
  const aantekeningenVan = (dossierId: string) =>
    query<{ aantekening_ref: string; soort: string; betreft: string[]; tekst: Buffer }>(
      db.url,
      'select aantekening_ref, soort, betreft, tekst from privacy.aantekening where dossier_id = $1',
      [dossierId],
    );

  const nieuwDossier = (dossierId: string) => ({
    dossierId,
    aantekeningen: [
      {
        sleutel: 'zorgen.omschrijving',
        soort: 'melding.zorgen.omschrijving',
        tekst: 'zorgen om Tim Kluistest',
        betreftSleutels: ['huishouden.0', 'huishouden.1'],
      },
    ],
  });

  it('links people nobody knew to the new file and seals its texts in the same call', async () => {
    const dossierId = randomUUID();
    const req = {
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: [...huishouden(), MELDER],
      nieuwDossier: nieuwDossier(dossierId),
    };
    const reply = await registreer(req);
    expect(reply.personen.map((p) => p.match)).toEqual(['nieuw', 'nieuw', 'nieuw']);
    const [ouder, kind, melder] = reply.personen.map((p) => p.persoonRef);
    expect(reply.nieuwDossier?.dossierId).toBe(dossierId);
    expect(await rollenOpDossier(dossierId)).toEqual({
      [ouder]: 'ouder',
      [kind]: 'kind',
      [melder]: 'melder',
    });
    const [tekst] = await aantekeningenVan(dossierId);
    expect(reply.nieuwDossier?.aantekeningen).toEqual([
      { sleutel: 'zorgen.omschrijving', aantekeningRef: tekst.aantekening_ref },
    ]);
    expect(tekst.soort).toBe('melding.zorgen.omschrijving');
    expect(tekst.betreft).toEqual([ouder, kind]);
    expect(tekst.tekst.toString('latin1')).not.toContain('Kluistest');

    // A retried call answers the same and stores nothing twice.
    expect(await registreer(req)).toEqual(reply);
    const [{ n }] = await query<{ n: string }>(db.url, 'select count(*) as n from privacy.persoon');
    expect(Number(n)).toBe(3);
  });

  it('leaves linking to aantekeningen.vastleggen when someone is known, which then links and seals', async () => {
    const personen = huishouden();
    await registreer({ verzoekId: randomUUID(), regio: 'VR09', personen });
    const dossierId = randomUUID();
    const reply = await registreer({
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: [...personen, MELDER],
      nieuwDossier: nieuwDossier(dossierId),
    });
    expect(reply.personen.map((p) => p.match)).toEqual(['bsn', 'bsn', 'nieuw']);
    expect(reply.nieuwDossier).toBeUndefined();
    expect(await rollenOpDossier(dossierId)).toEqual({});
    expect(await aantekeningenVan(dossierId)).toEqual([]);

    const [ouder, kind, melder] = reply.personen.map((p) => p.persoonRef);
    const vastgelegd = await legVast({
      verzoekId: randomUUID(),
      regio: 'VR09',
      dossierId,
      // The same person twice: the last role counts, as it did with one upsert per person.
      personen: [
        { persoonRef: ouder, rol: 'overig' },
        { persoonRef: kind, rol: 'kind' },
        { persoonRef: ouder, rol: 'ouder' },
        { persoonRef: melder, rol: 'melder' },
      ],
      aantekeningen: [
        { sleutel: 'a', soort: 'melding.zorgen.omschrijving', tekst: 'tekst', betreft: [kind] },
      ],
    });
    expect(await rollenOpDossier(dossierId)).toEqual({
      [ouder]: 'ouder',
      [kind]: 'kind',
      [melder]: 'melder',
    });
    expect((await aantekeningenVan(dossierId)).map((a) => [a.aantekening_ref, a.betreft])).toEqual([
      [vastgelegd.aantekeningen[0].aantekeningRef, [kind]],
    ]);
  });

  it('a person listed twice in one call is one person', async () => {
    const [ouder] = huishouden();
    const reply = await registreer({
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: [ouder, { ...ouder, sleutel: 'huishouden.1' }],
      nieuwDossier: nieuwDossier(randomUUID()),
    });
    expect(reply.personen.map((p) => p.match)).toEqual(['nieuw', 'bsn']);
    expect(reply.personen[1].persoonRef).toBe(reply.personen[0].persoonRef);
    expect(reply.nieuwDossier).toBeUndefined();
  });

  it('refuses texts about a sleutel the call does not carry, and stores nothing', async () => {
    const verzoek = {
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: huishouden(),
      nieuwDossier: {
        ...nieuwDossier(randomUUID()),
        aantekeningen: [{ sleutel: 'x', soort: 'melding.x', tekst: 'x', betreftSleutels: ['huishouden.9'] }],
      },
    };
    const [{ n: voor }] = await query<{ n: string }>(db.url, 'select count(*) as n from privacy.persoon');
    await expect(registreer(verzoek)).rejects.toMatchObject({ code: 'ongeldig-verzoek' });
    await expect(registreer(verzoek)).rejects.toBeInstanceOf(RpcError);
    const [{ n: na }] = await query<{ n: string }>(db.url, 'select count(*) as n from privacy.persoon');
    expect(na).toBe(voor);
  });

  it('refuses to link a persoonRef it does not hold', async () => {
    await expect(
      legVast({
        verzoekId: randomUUID(),
        regio: 'VR09',
        dossierId: randomUUID(),
        personen: [{ persoonRef: randomUUID(), rol: 'kind' }],
        aantekeningen: [],
      }),
    ).rejects.toMatchObject({ code: 'ongeldig-verzoek' });
  });

  it('VT-1.3 radar: calls about the same new people at the same time make each one person, known to all but the first', async () => {
    const gezin = huishouden();
    const antwoorden = await Promise.all(
      Array.from({ length: 4 }, () =>
        registreer({
          verzoekId: randomUUID(),
          regio: 'VR09',
          personen: gezin.map((p) => ({ ...p })),
          nieuwDossier: nieuwDossier(randomUUID()),
        }),
      ),
    );
    for (const i of [0, 1]) {
      expect(new Set(antwoorden.map((a) => a.personen[i].persoonRef)).size).toBe(1);
    }
    expect(antwoorden.map((a) => a.personen.map((p) => p.match).join()).sort()).toEqual([
      'bsn,bsn',
      'bsn,bsn',
      'bsn,bsn',
      'nieuw,nieuw',
    ]);
    // Only the call that created the people opened their file; the others leave the choice to intake.
    expect(antwoorden.filter((a) => a.nieuwDossier)).toHaveLength(1);
  });

  it('VT-6.0-a: what a later report adds to a known person is recorded (a BSN learnt later finds him), without rewriting who he is', async () => {
    const achternaam = `Aanvul${randomUUID()
      .slice(0, 8)
      .replace(/[^a-z]/g, 'x')}`;
    const zonderBsn = {
      sleutel: 'huishouden.0',
      rol: 'kind',
      voornaam: 'Lot',
      achternaam,
      geboortedatum: '2017-01-02',
    };
    const eerste = await registreer({ verzoekId: randomUUID(), regio: 'VR09', personen: [zonderBsn] });
    expect(eerste.personen[0].match).toBe('nieuw');
    const persoonRef = eerste.personen[0].persoonRef;
    const bidx = async () =>
      (
        await query<{ bidx_bsn: string | null }>(
          db.url,
          'select bidx_bsn from privacy.persoon where persoon_ref = $1',
          [persoonRef],
        )
      )[0].bidx_bsn;
    expect(await bidx()).toBeNull();

    const nummer = bsn();
    const tweede = await registreer({
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: [{ ...zonderBsn, bsn: nummer, adres: 'Kerkweg 2' }],
    });
    expect(tweede.personen[0]).toMatchObject({ persoonRef, match: 'naam-geboortedatum' });
    expect(await bidx()).not.toBeNull();

    // Known now by BSN alone, even under another surname and without a birth date.
    const derde = await registreer({
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: [
        { sleutel: 'huishouden.0', rol: 'kind', voornaam: 'Lot', achternaam: 'Anders', bsn: nummer },
      ],
    });
    expect(derde.personen[0]).toMatchObject({ persoonRef, match: 'bsn' });
    // That other surname did not rewrite who he is: his own name and birth date still find him.
    const vierde = await registreer({ verzoekId: randomUUID(), regio: 'VR09', personen: [zonderBsn] });
    expect(vierde.personen[0]).toMatchObject({ persoonRef, match: 'naam-geboortedatum' });
    const [rij] = await query<{ gegevens: Buffer }>(
      db.url,
      'select gegevens from privacy.persoon where persoon_ref = $1',
      [persoonRef],
    );
    expect(rij.gegevens.toString('latin1')).not.toContain('Kerkweg');
  });

  describe("VT-6.7-b: melding.vernietigen destroys a withdrawn report's data", () => {
    const sleutelsWeg = async (refs: string[]) =>
      query<{ weg: boolean }>(
        db.url,
        `select k.wrapped is null and k.vernietigd_op is not null as weg from privacy_keys.data_key k
          where k.eigenaar_ref = any($1::uuid[])`,
        [refs],
      );
    const bestaan = async (refs: string[]) =>
      Number(
        (
          await query<{ n: string }>(
            db.url,
            `select (select count(*) from privacy.persoon where persoon_ref = any($1::uuid[]))
                  + (select count(*) from privacy.aantekening where aantekening_ref = any($1::uuid[])) as n`,
            [refs],
          )
        )[0].n,
      );

    it('VT-6.7-b: the reporter and the texts of the report go, keys destroyed; the household stays on its file', async () => {
      const dossierId = randomUUID();
      const reply = await registreer({
        verzoekId: randomUUID(),
        regio: 'VR09',
        personen: [...huishouden(), MELDER],
        nieuwDossier: nieuwDossier(dossierId),
      });
      const [ouder, kind, melder] = reply.personen.map((p) => p.persoonRef);
      const tekst = reply.nieuwDossier?.aantekeningen[0].aantekeningRef ?? '';
      const req = {
        verzoekId: randomUUID(),
        regio: 'VR09',
        dossierId,
        aantekeningRefs: [tekst],
        persoonRefs: [melder],
      };
      expect(await rpc.request(meldingVernietigenV1, req)).toEqual({
        vernietigdeAantekeningen: 1,
        vernietigdePersonen: 1,
      });
      expect(await bestaan([tekst, melder])).toBe(0);
      expect(await sleutelsWeg([tekst, melder])).toEqual([{ weg: true }, { weg: true }]);
      expect(await bestaan([ouder, kind])).toBe(2);
      expect(await rollenOpDossier(dossierId)).toEqual({ [ouder]: 'ouder', [kind]: 'kind' });
      // A retry answers the same and destroys nothing more.
      expect(await rpc.request(meldingVernietigenV1, req)).toEqual({
        vernietigdeAantekeningen: 1,
        vernietigdePersonen: 1,
      });
    });

    it('VT-6.7-b: another region or another file destroys nothing', async () => {
      const dossierId = randomUUID();
      const reply = await registreer({
        verzoekId: randomUUID(),
        regio: 'VR09',
        personen: [...huishouden(), MELDER],
        nieuwDossier: nieuwDossier(dossierId),
      });
      const melder = reply.personen[2].persoonRef;
      const tekst = reply.nieuwDossier?.aantekeningen[0].aantekeningRef ?? '';
      for (const [regio, dossier] of [
        ['VR13', dossierId],
        ['VR09', randomUUID()],
      ]) {
        await rpc.request(meldingVernietigenV1, {
          verzoekId: randomUUID(),
          regio,
          dossierId: dossier,
          aantekeningRefs: [tekst],
          persoonRefs: regio === 'VR09' ? [] : [melder],
        });
      }
      expect(await bestaan([tekst, melder])).toBe(2);
    });
  });
});
