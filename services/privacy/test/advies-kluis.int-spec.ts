import { randomUUID } from 'node:crypto';
import type { NatsConnection } from 'nats';
import {
  aantekeningenVastleggenV1,
  adviesRegistrerenV1,
  type AdviesRegistrerenV1Request,
  adviesvragerVernietigenV1,
  adviesVernietigenV1,
  personenRegistrerenV1,
} from '@vt/contracts';
import { RpcClient, RpcError } from '@vt/messaging';
import {
  connectTestNats,
  createServiceTestApp,
  query,
  type ServiceTestApp,
  type TestDatabase,
} from '@vt/testing';
import { laadPrivacy } from './privacy-app';

const NAAM = `Adviesvrager${randomUUID().slice(0, 8)}`;

describe('privacy: advice texts and seekers over vt.rpc.privacy.advies.* against PostgreSQL and NATS', () => {
  let privacy: ServiceTestApp;
  let db: TestDatabase;
  let nc: NatsConnection;
  let rpc: RpcClient;

  beforeAll(async () => {
    privacy = await createServiceTestApp(laadPrivacy, { label: 'adviezen' });
    db = privacy.db;
    nc = await connectTestNats();
    rpc = new RpcClient(nc, { subjectPrefix: privacy.env.VT_SUBJECT_PREFIX });
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await privacy?.stop();
  });

  const registreer = (o: Partial<AdviesRegistrerenV1Request> = {}) =>
    rpc.request(adviesRegistrerenV1, {
      verzoekId: randomUUID(),
      regio: 'VR09',
      adviesdossierId: randomUUID(),
      adviesvrager: { naam: NAAM, telefoon: '0612345678', instelling: 'School' },
      aantekeningen: [{ sleutel: 'samenvatting', soort: 'advies.samenvatting', tekst: 'zorgen om buren' }],
      ...o,
    });
  const persoon = (ref: string) =>
    query<{ bidx_bsn: string | null; bidx_naam_gd: string | null; gegevens: Buffer; key_id: string }>(
      db.url,
      'select bidx_bsn, bidx_naam_gd, gegevens, key_id from privacy.persoon where persoon_ref = $1',
      [ref],
    );
  const sleutel = async (keyId: string) =>
    (
      await query<{ wrapped: Buffer | null; vernietigd_op: Date | null }>(
        db.url,
        'select wrapped, vernietigd_op from privacy_keys.data_key where key_id = $1',
        [keyId],
      )
    )[0];

  it('VT-15.5-a / VT-5.5-d: the seeker is sealed without a blind index, on his advice file only, beside the summary', async () => {
    const adviesdossierId = randomUUID();
    const antwoord = await registreer({ adviesdossierId });
    const ref = antwoord.adviesvragerRef as string;
    const [p] = await persoon(ref);
    expect(p).toMatchObject({ bidx_bsn: null, bidx_naam_gd: null });
    expect(p.gegevens.toString('utf8')).not.toContain(NAAM);
    const links = await query<{ dossier_id: string; rol: string }>(
      db.url,
      'select dossier_id, rol from privacy.dossier_persoon where persoon_ref = $1',
      [ref],
    );
    expect(links).toEqual([{ dossier_id: adviesdossierId, rol: 'adviesvrager' }]);
    const teksten = await query<{ aantekening_ref: string; soort: string; betreft: string[] }>(
      db.url,
      'select aantekening_ref, soort, betreft from privacy.aantekening where dossier_id = $1',
      [adviesdossierId],
    );
    expect(teksten).toEqual([
      {
        aantekening_ref: antwoord.aantekeningen[0].aantekeningRef,
        soort: 'advies.samenvatting',
        betreft: [],
      },
    ]);
  });

  it('without consent only the texts are kept: no person at all', async () => {
    const voor = await query<{ n: number }>(db.url, 'select count(*)::int as n from privacy.persoon');
    const antwoord = await registreer({ adviesvrager: undefined });
    expect(antwoord.adviesvragerRef).toBeUndefined();
    expect(antwoord.aantekeningen).toHaveLength(1);
    expect(await query(db.url, 'select count(*)::int as n from privacy.persoon')).toEqual(voor);
  });

  it('a repeated verzoekId returns the first refs and stores nothing twice', async () => {
    const verzoekId = randomUUID();
    const eerste = await registreer({ verzoekId });
    expect(await registreer({ verzoekId })).toEqual(eerste);
    const [{ n }] = await query<{ n: number }>(
      db.url,
      'select count(*)::int as n from privacy.dossier_persoon where persoon_ref = $1',
      [eerste.adviesvragerRef],
    );
    expect(n).toBe(1);
  });

  it('VT-15.5-c: withdrawing consent deletes the seeker and destroys his data key; a repeat changes nothing', async () => {
    const { adviesvragerRef } = await registreer();
    const ref = adviesvragerRef as string;
    const [{ key_id }] = await persoon(ref);
    const verzoekId = randomUUID();
    expect(await rpc.request(adviesvragerVernietigenV1, { verzoekId, adviesvragerRefs: [ref] })).toEqual({
      vernietigd: 1,
    });
    expect(await persoon(ref)).toEqual([]);
    expect(await sleutel(key_id)).toMatchObject({ wrapped: null, vernietigd_op: expect.any(Date) });
    expect(
      await query(db.url, 'select 1 from privacy.dossier_persoon where persoon_ref = $1', [ref]),
    ).toEqual([]);
    expect(await rpc.request(adviesvragerVernietigenV1, { verzoekId, adviesvragerRefs: [ref] })).toEqual({
      vernietigd: 1,
    });
    expect(
      await rpc.request(adviesvragerVernietigenV1, { verzoekId: randomUUID(), adviesvragerRefs: [ref] }),
    ).toEqual({ vernietigd: 0 });
  });

  it('VT-15.5-c: a person of a report is never destroyed through an advice withdrawal', async () => {
    const registratie = await rpc.request(personenRegistrerenV1, {
      verzoekId: randomUUID(),
      regio: 'VR09',
      personen: [{ sleutel: 'melder', rol: 'melder', naam: 'Melder Advies', telefoon: '0612345678' }],
    });
    const ref = registratie.personen[0].persoonRef;
    await rpc.request(aantekeningenVastleggenV1, {
      verzoekId: randomUUID(),
      regio: 'VR09',
      dossierId: randomUUID(),
      personen: [{ persoonRef: ref, rol: 'melder' }],
      aantekeningen: [],
    });
    expect(
      await rpc.request(adviesvragerVernietigenV1, { verzoekId: randomUUID(), adviesvragerRefs: [ref] }),
    ).toEqual({ vernietigd: 0 });
    expect(await persoon(ref)).toHaveLength(1);
  });

  it('a request outside the schema (a seeker without a name) is refused as ongeldig-verzoek, nothing stored', async () => {
    const adviesdossierId = randomUUID();
    await expect(
      registreer({ adviesdossierId, adviesvrager: { telefoon: '0612345678' } as never }),
    ).rejects.toBeInstanceOf(RpcError);
    expect(
      await query(db.url, 'select 1 from privacy.aantekening where dossier_id = $1', [adviesdossierId]),
    ).toEqual([]);
  });
  it('VT-15.3.4.1-a: an advice file past its retention loses its texts and seekers; a report text on it stays', async () => {
    const adviesdossierId = randomUUID();
    const { adviesvragerRef, aantekeningen } = await registreer({ adviesdossierId });
    const vervolg = await registreer({ adviesdossierId, adviesvrager: undefined });
    // A text of another kind under the same id (it cannot happen, but must not be destroyed if it did).
    await rpc.request(aantekeningenVastleggenV1, {
      verzoekId: randomUUID(),
      regio: 'VR09',
      dossierId: adviesdossierId,
      personen: [],
      aantekeningen: [{ sleutel: 'x', soort: 'melding.zorgen.omschrijving', tekst: 'blijft', betreft: [] }],
    });
    const [{ key_id }] = await persoon(adviesvragerRef as string);
    const verzoekId = randomUUID();
    const antwoord = await rpc.request(adviesVernietigenV1, {
      verzoekId,
      adviesdossierIds: [adviesdossierId],
    });
    expect(antwoord).toEqual({ aantekeningen: 2, adviesvragers: 1 });
    expect(await persoon(adviesvragerRef as string)).toEqual([]);
    expect((await sleutel(key_id)).wrapped).toBeNull();
    const over = await query<{ aantekening_ref: string; soort: string }>(
      db.url,
      'select aantekening_ref, soort from privacy.aantekening where dossier_id = $1',
      [adviesdossierId],
    );
    expect(over.map((r) => r.soort)).toEqual(['melding.zorgen.omschrijving']);
    expect(over.map((r) => r.aantekening_ref)).not.toContain(aantekeningen[0].aantekeningRef);
    expect(over.map((r) => r.aantekening_ref)).not.toContain(vervolg.aantekeningen[0].aantekeningRef);
    expect(
      await rpc.request(adviesVernietigenV1, { verzoekId, adviesdossierIds: [adviesdossierId] }),
    ).toEqual(antwoord);
    expect(
      await rpc.request(adviesVernietigenV1, {
        verzoekId: randomUUID(),
        adviesdossierIds: [adviesdossierId],
      }),
    ).toEqual({ aantekeningen: 0, adviesvragers: 0 });
  });
});
