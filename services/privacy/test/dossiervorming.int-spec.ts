import { randomUUID } from 'node:crypto';
import {
  aantekeningenVastleggenV1,
  type AantekeningenVastleggenV1Request,
  type Dossiervorming,
  personenRegistrerenV1,
} from '@vt/contracts';
import type { RpcClient } from '@vt/messaging';
import { query, testBsn } from '@vt/testing';
import { type KluisMetRpc, startKluisMetRpc } from './privacy-app';

describe('privacy: file-keeping rules and the niet-ter-inzage part over vt.rpc.privacy.* (§15.4, §15.6)', () => {
  let kluis: KluisMetRpc;
  let rpc: RpcClient;
  let db: string;
  let kind: string;
  let anoniemeMelder: string;
  let melder: string;

  beforeAll(async () => {
    kluis = await startKluisMetRpc('dossiervorming');
    ({ rpc } = kluis);
    db = kluis.privacy.db.url;
    const reply = await rpc.request(personenRegistrerenV1, {
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: [
        { sleutel: 'k', rol: 'kind', voornaam: 'Tim', achternaam: 'Dossiertest', bsn: testBsn() },
        { sleutel: 'a', rol: 'melder', naam: 'Anonieme Melder', nietTerInzage: true },
        { sleutel: 'm', rol: 'melder', naam: 'Open Melder' },
      ],
    });
    [kind, anoniemeMelder, melder] = reply.personen.map((p) => p.persoonRef);
  }, 60_000);

  afterAll(async () => kluis?.stop());

  const aantal = async () =>
    Number((await query<{ n: string }>(db, 'select count(*) as n from privacy.aantekening'))[0].n);
  const legVast = (
    dossiervorming: Dossiervorming | undefined,
    extra: Partial<AantekeningenVastleggenV1Request['aantekeningen'][number]> = {},
    personen: AantekeningenVastleggenV1Request['personen'] = [{ persoonRef: kind, rol: 'kind' }],
  ) =>
    rpc.request(aantekeningenVastleggenV1, {
      verzoekId: randomUUID(),
      regio: 'VR09',
      dossierId: randomUUID(),
      personen,
      aantekeningen: [
        {
          sleutel: 'n',
          soort: 'onderzoek.gesprek',
          tekst: 'Verslag Dossiertest',
          betreft: [kind],
          ...(dossiervorming ? { dossiervorming } : {}),
          ...extra,
        },
      ],
    });
  const geweigerd = async (regel: string, veld: string, ...args: Parameters<typeof legVast>) => {
    const voor = await aantal();
    await expect(legVast(...args)).rejects.toMatchObject({
      code: 'ongeldig-verzoek',
      detail: expect.stringContaining(`${regel}: ${veld}`),
    });
    expect(await aantal()).toBe(voor);
  };

  it('VT-2.1.8-a/b, VT-15.4-g: a note carries fact or opinion, its source and whether it rests on current contact; its free text is sealed', async () => {
    const { aantekeningen } = await legVast({
      aard: 'hypothese',
      status: 'werkhypothese Dossiertest van de gedragswetenschapper',
      bron: { soort: 'professional', omschrijving: 'leerkracht Dossiertest' },
      actueelContact: false,
    });
    const [rij] = await query<Record<string, unknown>>(
      db,
      'select aard, bron_soort, actueel_contact, onvolledig, dossiervorming from privacy.aantekening where aantekening_ref = $1',
      [aantekeningen[0].aantekeningRef],
    );
    expect(rij).toMatchObject({
      aard: 'hypothese',
      bron_soort: 'professional',
      actueel_contact: false,
      onvolledig: false,
    });
    expect((rij.dossiervorming as Buffer).toString('latin1')).not.toContain('Dossiertest');
  });

  it('VT-2.1.8-a: a note of a v1 caller without the rules is kept, marked incomplete', async () => {
    const { aantekeningen } = await legVast(undefined);
    const [rij] = await query<{ onvolledig: boolean; aard: string | null }>(
      db,
      'select onvolledig, aard from privacy.aantekening where aantekening_ref = $1',
      [aantekeningen[0].aantekeningRef],
    );
    expect(rij).toEqual({ onvolledig: true, aard: null });
  });

  it('VT-15.4-c: an opinion without its status is refused, naming the rule and field; nothing stored', async () => {
    await geweigerd('VT-15.4-c', 'aantekeningen[0].dossiervorming.status', {
      aard: 'oordeel',
      bron: { soort: 'veilig-thuis' },
      actueelContact: true,
    });
  });

  it('VT-15.4-d: medical information only from an authorised professional', async () => {
    await geweigerd('VT-15.4-d', 'aantekeningen[0].dossiervorming.bron.soort', {
      aard: 'feit',
      bron: { soort: 'melder' },
      actueelContact: true,
      medisch: { bevoegdeProfessional: 'niemand', noodzaak: 'geen' },
    });
  });

  it('VT-15.4-e / VT-15.4-f: an informant is named and his approval status recorded', async () => {
    await geweigerd('VT-15.4-e', 'aantekeningen[0].dossiervorming.bron.omschrijving', {
      aard: 'feit',
      bron: { soort: 'informant' },
      actueelContact: true,
      informantAccordering: 'geaccordeerd',
    });
    await geweigerd('VT-15.4-f', 'aantekeningen[0].dossiervorming.informantAccordering', {
      aard: 'feit',
      bron: { soort: 'informant', omschrijving: 'buurvrouw' },
      actueelContact: true,
    });
  });

  it("VT-15.4-i: the family's own view is recorded as theirs", async () => {
    await geweigerd('VT-15.4-i', 'aantekeningen[0].dossiervorming.bron.soort', {
      aard: 'mening',
      status: 'zienswijze',
      bron: { soort: 'melder' },
      actueelContact: true,
      zienswijzeBetrokkene: true,
    });
    await expect(
      legVast({
        aard: 'mening',
        status: 'zienswijze van de ouder',
        bron: { soort: 'betrokkene' },
        actueelContact: true,
        zienswijzeBetrokkene: true,
      }),
    ).resolves.toMatchObject({ aantekeningen: [expect.anything()] });
  });

  it("VT-15.4-j: incriminating information from a third party carries the person's view or why it could not be asked", async () => {
    const belastend = {
      aard: 'feit',
      bron: { soort: 'informant', omschrijving: 'buurman' },
      actueelContact: true,
      informantAccordering: 'in-afwachting',
    } as const;
    await geweigerd('VT-15.4-j', 'aantekeningen[0].dossiervorming.belastend', {
      ...belastend,
      belastend: {},
    });
    await expect(
      legVast({ ...belastend, belastend: { nietGevraagdReden: 'ouder onbereikbaar' } }),
    ).resolves.toMatchObject({ aantekeningen: [expect.anything()] });
  });

  it("VT-15.6-b: a niet-ter-inzage note only beside an anonymous reporter; a parent's identity never goes there", async () => {
    await geweigerd('VT-15.6-b', 'aantekeningen[0].nietTerInzage', undefined, { nietTerInzage: true }, [
      { persoonRef: kind, rol: 'kind' },
      { persoonRef: melder, rol: 'melder' },
    ]);
    await expect(
      legVast(undefined, { nietTerInzage: true, betreft: [] }, [
        { persoonRef: kind, rol: 'kind' },
        { persoonRef: anoniemeMelder, rol: 'melder' },
      ]),
    ).resolves.toMatchObject({ aantekeningen: [expect.anything()] });

    const [{ n: voor }] = await query<{ n: string }>(db, 'select count(*) as n from privacy.persoon');
    await expect(
      rpc.request(personenRegistrerenV1, {
        verzoekId: randomUUID(),
        regio: 'VR09',
        personen: [
          { sleutel: 'o', rol: 'ouder', voornaam: 'Ria', achternaam: 'Geheim', nietTerInzage: true },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'ongeldig-verzoek',
      detail: expect.stringContaining('VT-15.6-b: personen[0].nietTerInzage'),
    });
    const [{ n: na }] = await query<{ n: string }>(db, 'select count(*) as n from privacy.persoon');
    expect(na).toBe(voor);
  });
});
