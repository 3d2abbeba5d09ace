import type { NatsConnection } from 'nats';
import {
  bewaartermijnVerlengdV1,
  dossierVernietigdV1,
  monitoringDossierAfgeslotenV1,
  persoonVernietigdV1,
} from '@vt/contracts';
import {
  connectTestNats,
  createServiceTestApp,
  query,
  readStream,
  type ServiceTestApp,
  until,
} from '@vt/testing';
import { KeyDestroyed } from '../src/kluis/crypto/envelope';
import { KluisService } from '../src/kluis/kluis.service';
import { SleutelDienst } from '../src/kluis/sleutels/sleutel-dienst';
import { BewaartermijnSweep } from '../src/vernietiging/bewaartermijn-sweep';
import { laadPrivacy } from './privacy-app';
import { eventsVan, type Gezin, publiceer, registreerGezin } from './rechten-fixtures';

/** Every row of every table of the database as text: what a `pg_dump` of its data would hold. */
async function dumpAlles(url: string): Promise<string> {
  const tabellen = await query<{ schema: string; tabel: string }>(
    url,
    `select table_schema as schema, table_name as tabel from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  expect(tabellen.map((t) => `${t.schema}.${t.tabel}`)).toEqual(
    expect.arrayContaining(['privacy.persoon', 'privacy_keys.data_key', 'privacy.outbox', 'privacy.verzoek']),
  );
  const delen: string[] = [];
  for (const { schema, tabel } of tabellen) {
    const rijen = await query<{ r: string }>(
      url,
      `select row_to_json(t)::text as r from "${schema}"."${tabel}" t`,
    );
    delen.push(...rijen.map((x) => x.r));
  }
  return delen.join('\n');
}

/** The forms a leaked value could take: plain, lowercase, base64, hex, UTF-16. */
function vormen(waarde: string): string[] {
  const b = Buffer.from(waarde, 'utf8');
  return [
    waarde,
    waarde.toLowerCase(),
    b.toString('base64'),
    b.toString('hex'),
    Buffer.from(waarde, 'utf16le').toString('hex'),
  ];
}

describe('privacy: retention (§15.3.4) and real destruction against real PostgreSQL and NATS', () => {
  let privacy: ServiceTestApp;
  let nc: NatsConnection;
  let verlopen: Gezin;
  let lopend: Gezin;

  beforeAll(async () => {
    privacy = await createServiceTestApp(laadPrivacy, {
      label: 'vernietiging',
      env: { PRIVACY_BEWAARTERMIJN_INTERVAL_MS: '0' },
    });
    nc = await connectTestNats();
    verlopen = await registreerGezin(nc, privacy);
    lopend = await registreerGezin(nc, privacy);
    // Closed 21 years ago (kept until 2025-06-30, expired), and last month (kept until 2046).
    await publiceer(nc, privacy, monitoringDossierAfgeslotenV1, {
      dossierId: verlopen.dossierId,
      regio: 'VR09',
      afgeslotenOp: '2005-06-30T10:00:00.000Z',
    });
    await publiceer(nc, privacy, monitoringDossierAfgeslotenV1, {
      dossierId: lopend.dossierId,
      regio: 'VR09',
      afgeslotenOp: '2026-11-01T10:00:00.000Z',
    });
    await until(async () => {
      const rijen = await query(privacy.db.url, 'select 1 from privacy.bewaartermijn');
      return rijen.length === 2;
    });
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await privacy?.stop();
  });

  const get = async (url: string, rollen = ['medewerker'] as const) =>
    privacy.app.inject({
      method: 'GET',
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${await privacy.token([...rollen])}` },
    });
  const verleng = async (
    dossierId: string,
    body: unknown,
    rol: 'leidinggevende' | 'medewerker' = 'leidinggevende',
  ) =>
    privacy.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${dossierId}/bewaartermijn/verlenging`,
      headers: { authorization: `Bearer ${await privacy.token([rol])}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });

  it('VT-15.3.4.2-a: a file closed by monitoring is kept 20 years from its closing date', async () => {
    const res = await get(`/dossiers/${lopend.dossierId}/bewaartermijn`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      dossierId: lopend.dossierId,
      bewaarTot: '2046-11-01',
      grondslag: 'melding',
      status: 'actief',
      verlengingen: [],
    });
    expect((await get(`/dossiers/${lopend.dossierId}/bewaartermijn`)).statusCode).toBe(200);
    const anders = await privacy.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${lopend.dossierId}/bewaartermijn`,
      headers: { authorization: `Bearer ${await privacy.token(['medewerker'], 'VR17')}` },
    });
    expect(anders.statusCode).toBe(404);
  });

  it('VT-15.3.4.2-b: only a manager extends, with a motivation, to a later date; nothing stored when refused', async () => {
    const aantekeningen = async () =>
      Number(
        (await query<{ n: string }>(privacy.db.url, 'select count(*) as n from privacy.aantekening'))[0].n,
      );
    const voor = await aantekeningen();
    expect(
      (await verleng(lopend.dossierId, { tot: '2050-01-01', motivering: 'x' }, 'medewerker')).statusCode,
    ).toBe(403);
    const zonder = await verleng(lopend.dossierId, { tot: '2050-01-01', motivering: '   ' });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.json().errors.map((e: { field: string }) => e.field)).toEqual(['motivering']);
    const korter = await verleng(lopend.dossierId, { tot: '2040-01-01', motivering: 'meerdere dossiers' });
    expect(korter.statusCode).toBe(422);
    expect(korter.json().type).toBe('urn:vt:VT-15.3.4.2-b');
    expect(await aantalRijen('privacy.aantekening')).toBe(voor);

    const res = await verleng(lopend.dossierId, {
      tot: '2050-01-01',
      motivering: 'KANARIEverlenging meerdere dossiers',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      bewaarTot: '2050-01-01',
      verlengingen: [expect.objectContaining({ tot: '2050-01-01' })],
    });
    expect(await aantekeningen()).toBe(voor + 1);
    const [event] = await until(async () => {
      const e = (await eventsVan(privacy, bewaartermijnVerlengdV1.type)).filter(
        (x) => x.data.dossierId === lopend.dossierId,
      );
      return e.length ? e : undefined;
    });
    expect(event.data).toMatchObject({ bewaarTot: '2050-01-01' });
    expect((await get(`/dossiers/${lopend.dossierId}/bewaartermijn`)).json().verlengingen).toHaveLength(1);
  });

  const aantalRijen = async (tabel: string) =>
    Number((await query<{ n: string }>(privacy.db.url, `select count(*) as n from ${tabel}`))[0].n);

  it('VT-15.3.4.2-a / VT-15.8.5-a: the sweep destroys the expired file for real: no plaintext anywhere, old ciphertext unreadable, each event once', async () => {
    const kluis = privacy.app.get(KluisService);
    const personen = [verlopen.ouder, verlopen.kind11, verlopen.kind14, verlopen.kind17, verlopen.melder];
    // NO BASELINE: the markers are in the vault before, as ciphertext only.
    const oudeBackup = await query<{
      persoon_ref: string;
      key_id: string;
      gegevens: Buffer;
      wrapped: Buffer;
    }>(
      privacy.db.url,
      `select p.persoon_ref, p.key_id, p.gegevens, k.wrapped from privacy.persoon p
         join privacy_keys.data_key k on k.key_id = p.key_id where p.persoon_ref = any($1::uuid[])`,
      [personen],
    );
    expect(oudeBackup).toHaveLength(5);
    const kind17 = oudeBackup.find((r) => r.persoon_ref === verlopen.kind17);
    expect(kind17).toBeDefined();
    const sleutelDienst = privacy.app.get(SleutelDienst);
    const backupRij = {
      persoonRef: verlopen.kind17,
      gegevens: kind17?.gegevens ?? Buffer.alloc(0),
      bidxBsn: null,
      bidxNaamGd: null,
      keyId: kind17?.key_id ?? '',
    };
    const leesbaar = kluis.openKandidaat(
      backupRij,
      (await sleutelDienst.ontsluit([backupRij.keyId])).get(backupRij.keyId),
    );
    expect(leesbaar.gegevens().achternaam).toBe(verlopen.namen.kind17);

    const resultaat = await privacy.app.get(BewaartermijnSweep).sweep();
    expect(resultaat).toEqual({ dossiers: 1, personen: 5 });

    const dossierEvents = await until(async () => {
      const e = (await eventsVan(privacy, dossierVernietigdV1.type)).filter(
        (x) => x.data.dossierId === verlopen.dossierId,
      );
      return e.length ? e : undefined;
    });
    const persoonEvents = await until(async () => {
      const e = (await eventsVan(privacy, persoonVernietigdV1.type)).filter((x) =>
        personen.includes(String(x.data.persoonRef)),
      );
      return e.length === 5 ? e : undefined;
    });
    expect(dossierEvents).toHaveLength(1);
    expect(new Set(persoonEvents.map((e) => e.data.persoonRef))).toEqual(new Set(personen));

    // A second sweep finds nothing: each file is destroyed, and announced, once.
    expect(await privacy.app.get(BewaartermijnSweep).sweep()).toEqual({ dossiers: 0, personen: 0 });

    // Invariant A: no value of the destroyed household in any table nor on the stream, in any form.
    const dump = await dumpAlles(privacy.db.url);
    const stream = (await readStream(privacy.env.VT_STREAM)).map((m) => m.data).join('\n');
    const markers = [
      verlopen.namen.ouder,
      verlopen.namen.kind14,
      verlopen.namen.kind17,
      verlopen.namen.melder,
      verlopen.namen.tekstNti,
      verlopen.namen.tekstOuder,
      verlopen.bsnKind17,
    ];
    for (const m of markers)
      for (const v of vormen(m)) {
        expect(dump.includes(v)).toBe(false);
        expect(stream.includes(v)).toBe(false);
      }
    // The file that had not expired is untouched, its people readable.
    expect(dump).toContain(lopend.dossierId);
    expect(
      await query(privacy.db.url, 'select 1 from privacy.persoon where persoon_ref = $1', [lopend.kind17]),
    ).toHaveLength(1);

    // Invariant B: the ciphertext of the old backup cannot be opened with the key store of now.
    const sleutels = await query<{ key_id: string; wrapped: Buffer | null }>(
      privacy.db.url,
      'select key_id, wrapped from privacy_keys.data_key where key_id = any($1::uuid[])',
      [oudeBackup.map((r) => r.key_id)],
    );
    expect(sleutels).toHaveLength(5);
    for (const s of sleutels) expect(s.wrapped).toBeNull();
    // The key service unwraps none of them any more, so the backup's record no longer opens.
    expect((await sleutelDienst.ontsluit(sleutels.map((s) => s.key_id))).size).toBe(0);
    expect(() => kluis.openKandidaat(backupRij, undefined).gegevens()).toThrow(KeyDestroyed);
    // ... and the radar's blind index of his BSN finds nobody of the destroyed file.
    const bidx = kluis.bidxBsn(verlopen.bsnKind17);
    expect(
      await query(
        privacy.db.url,
        'select 1 from privacy.persoon where bidx_bsn = $1 and persoon_ref = any($2::uuid[])',
        [bidx, personen],
      ),
    ).toEqual([]);

    const tombe = await get(`/dossiers/${verlopen.dossierId}/bewaartermijn`);
    expect(tombe.json()).toMatchObject({ status: 'vernietigd' });
    const laat = await verleng(verlopen.dossierId, { tot: '2060-01-01', motivering: 'te laat' });
    expect(laat.json().type).toBe('urn:vt:VT-15.3.4.2-b');
  });
});
