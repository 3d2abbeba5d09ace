import { randomUUID } from 'node:crypto';
import { personenRegistrerenV1 } from '@vt/contracts';
import type { RpcClient } from '@vt/messaging';
import { query, type ServiceTestApp, TEST_SUB, testBsn } from '@vt/testing';
import { kluisDatabaseUrl } from '../src/kluis/sleutels/database-rollen';
import { ToegangslogRepository } from '../src/toegangslog/persistence/toegangslog.repository';
import { type KluisMetRpc, startKluisMetRpc } from './privacy-app';

describe('privacy: reading a person, and the access log of every decryption (ADR 0023)', () => {
  let kluis: KluisMetRpc;
  let privacy: ServiceTestApp;
  let rpc: RpcClient;

  beforeAll(async () => {
    kluis = await startKluisMetRpc('toegangslog');
    ({ privacy, rpc } = kluis);
  }, 60_000);

  afterAll(async () => kluis?.stop());

  const ouder = () => ({
    sleutel: 'huishouden.0',
    rol: 'ouder',
    voornaam: 'Ria',
    achternaam: `Logtest${randomUUID().slice(0, 4).replace(/\d/g, 'x')}`,
    geboortedatum: '1980-03-04',
    bsn: testBsn(),
    adres: 'Dorpsstraat 1',
  });
  const registreer = async (regio = 'VR09', persoon = ouder()) =>
    (await rpc.request(personenRegistrerenV1, { verzoekId: randomUUID(), regio, personen: [persoon] }))
      .personen[0].persoonRef;
  const lees = async (persoonRef: string, headers: Record<string, string>, rollen = ['medewerker']) =>
    privacy.app.inject({
      method: 'GET',
      url: `/api/v1/personen/${persoonRef}`,
      headers: {
        authorization: `Bearer ${await privacy.token(rollen as never)}`,
        ...headers,
      },
    });
  const log = async (persoonRef: string, rollen = ['auditor']) =>
    privacy.app.inject({
      method: 'GET',
      url: `/api/v1/toegangslog?persoonRef=${persoonRef}`,
      headers: { authorization: `Bearer ${await privacy.token(rollen as never)}` },
    });
  const regels = async () =>
    Number(
      (await query<{ n: string }>(privacy.db.url, 'select count(*) as n from privacy.toegangslog'))[0].n,
    );

  it('GET /personen/{ref} answers the data and logs who, when, which data and why', async () => {
    const persoon = ouder();
    const persoonRef = await registreer('VR09', persoon);
    const res = await lees(persoonRef, { 'x-doelbinding': 'veiligheidsbeoordeling' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      persoonRef,
      regio: 'VR09',
      nietTerInzage: false,
      gegevens: {
        voornaam: 'Ria',
        achternaam: persoon.achternaam,
        geboortedatum: '1980-03-04',
        bsn: persoon.bsn,
        adres: 'Dorpsstraat 1',
      },
    });
    const body = (await log(persoonRef)).json() as { regels: Record<string, unknown>[] };
    expect(body.regels).toEqual([
      expect.objectContaining({
        sub: TEST_SUB,
        regio: 'VR09',
        handeling: 'lezen',
        doelbinding: 'veiligheidsbeoordeling',
        persoonRef,
        categorieen: ['naam', 'geboortedatum', 'bsn', 'adres'],
      }),
    ]);
    // References only: nothing of the person is in the log.
    const [rij] = await query<Record<string, unknown>>(
      privacy.db.url,
      'select * from privacy.toegangslog where persoon_ref = $1',
      [persoonRef],
    );
    expect(JSON.stringify(rij)).not.toContain(persoon.achternaam);
    expect(JSON.stringify(rij)).not.toContain(persoon.bsn);
  });

  it('a read without X-Doelbinding is a 400 naming the header, and nothing is decrypted or logged', async () => {
    const persoonRef = await registreer();
    const voor = await regels();
    for (const headers of [{}, { 'x-doelbinding': 'Geen Code!' }] as Record<string, string>[]) {
      const res = await lees(persoonRef, headers);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'X-Doelbinding' })]);
      expect(res.body).not.toContain('Dorpsstraat');
    }
    expect(await regels()).toBe(voor);
  });

  it('a person of another region is a 404, unlogged; the log is for auditor and privacyfunctionaris only', async () => {
    const elders = await registreer('VR17');
    const voor = await regels();
    expect((await lees(elders, { 'x-doelbinding': 'onderzoek' })).statusCode).toBe(404);
    expect((await lees(randomUUID(), { 'x-doelbinding': 'onderzoek' })).statusCode).toBe(404);
    expect(await regels()).toBe(voor);

    const persoonRef = await registreer();
    expect((await log(persoonRef, ['medewerker'])).statusCode).toBe(403);
    expect((await log(persoonRef, ['leidinggevende'])).statusCode).toBe(403);
    expect((await log(persoonRef, ['privacyfunctionaris'])).statusCode).toBe(200);
    expect((await log('geen-uuid')).statusCode).toBe(400);
    // An auditor of VR09 does not see what was processed in VR17.
    await lees(elders, { 'x-doelbinding': 'onderzoek' }, ['medewerker']);
    expect((await log(elders)).json().regels).toEqual([]);
  });

  it("the radar's decryptions are logged too, with the RPC's sub and purpose", async () => {
    const persoon = ouder();
    const persoonRef = await registreer('VR09', persoon);
    await rpc.request(personenRegistrerenV1, {
      verzoekId: randomUUID(),
      regio: 'VR09',
      verwerking: { sub: 'medewerker-0042', doelbinding: 'melding-registreren' },
      personen: [persoon],
    });
    expect((await log(persoonRef)).json().regels).toEqual([
      expect.objectContaining({
        sub: 'medewerker-0042',
        handeling: 'radar',
        doelbinding: 'melding-registreren',
        persoonRef,
        categorieen: ['bsn', 'naam', 'geboortedatum'],
      }),
    ]);
  });

  it('append-only: the vault may not change or remove an entry, and the trigger refuses even the owner', async () => {
    await lees(await registreer(), { 'x-doelbinding': 'onderzoek' });
    const kluis = kluisDatabaseUrl(privacy.db.url);
    await expect(query(kluis, "update privacy.toegangslog set doelbinding = 'x'")).rejects.toThrow(
      /permission denied/,
    );
    await expect(query(kluis, 'delete from privacy.toegangslog')).rejects.toThrow(/permission denied/);
    await expect(query(privacy.db.url, "update privacy.toegangslog set doelbinding = 'x'")).rejects.toThrow(
      /append-only/,
    );
    await expect(query(privacy.db.url, 'truncate privacy.toegangslog')).rejects.toThrow(/append-only/);
  });

  it("tamper test: editing one entry behind the trigger's back is detected, at that entry", async () => {
    const toegangslog = privacy.app.get(ToegangslogRepository);
    for (let i = 0; i < 3; i += 1) await lees(await registreer(), { 'x-doelbinding': 'onderzoek' });
    const goed = await toegangslog.verifieer(2);
    expect(goed).toMatchObject({ geldig: true });
    expect(goed.aantal).toBeGreaterThanOrEqual(3);

    const [{ volgnummer }] = await query<{ volgnummer: string }>(
      privacy.db.url,
      'select volgnummer from privacy.toegangslog order by volgnummer desc offset 1 limit 1',
    );
    // Someone with the owner's rights (a DBA) switches the trigger off, edits one row, switches it on.
    await query(
      privacy.db.url,
      `alter table privacy.toegangslog disable trigger toegangslog_alleen_toevoegen;
       update privacy.toegangslog set doelbinding = 'nieuwsgierigheid' where volgnummer = ${Number(volgnummer)};
       alter table privacy.toegangslog enable trigger toegangslog_alleen_toevoegen;`,
    );
    expect(await toegangslog.verifieer(2)).toMatchObject({
      geldig: false,
      breuk: { volgnummer, reden: 'the entry was changed' },
    });
  });
});
