import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { NatsConnection } from 'nats';
import { MikroORM } from '@mikro-orm/postgresql';
import { personenRegistrerenV1, type PersonenRegistrerenV1Request } from '@vt/contracts';
import { RpcClient } from '@vt/messaging';
import {
  connectTestNats,
  createServiceTestApp,
  createTestDatabase,
  query,
  repoRoot,
  type ServiceTestApp,
  testBsn,
} from '@vt/testing';
import { kluisDatabaseUrl, sleutelDatabaseUrl } from '../src/kluis/sleutels/database-rollen';
import { SleutelDienst } from '../src/kluis/sleutels/sleutel-dienst';
import { laadPrivacy } from './privacy-app';

const gezin = () => [
  { sleutel: 'huishouden.0', rol: 'ouder', voornaam: 'Ria', achternaam: 'Sleuteltest', bsn: testBsn() },
  {
    sleutel: 'huishouden.1',
    rol: 'kind',
    voornaam: 'Tim',
    achternaam: 'Sleuteltest',
    geboortedatum: '2016-05-06',
  },
];

/** The KEK id each stored wrapped key names in its v1 header. */
const kekIds = async (url: string) =>
  (
    await query<{ kek: string; n: string }>(
      url,
      `select convert_from(substring(wrapped from 4 for get_byte(wrapped, 2)), 'UTF8') as kek, count(*) as n
         from privacy_keys.data_key where wrapped is not null group by 1 order by 1`,
    )
  ).map((r) => `${r.kek}:${r.n}`);

describe('privacy: the key schema under its own role, and KEK rotation (ADR 0023)', () => {
  let nc: NatsConnection;

  beforeAll(async () => {
    nc = await connectTestNats();
  });

  afterAll(async () => nc?.close());

  describe('privacy_keys is readable by the key service only', () => {
    let privacy: ServiceTestApp;

    beforeAll(async () => {
      privacy = await createServiceTestApp(laadPrivacy, { label: 'sleutelrol' });
      const rpc = new RpcClient(nc, { subjectPrefix: privacy.env.VT_SUBJECT_PREFIX });
      await rpc.request(personenRegistrerenV1, { verzoekId: randomUUID(), regio: 'VR09', personen: gezin() });
    }, 60_000);

    afterAll(async () => privacy?.stop());

    it("the vault's own connection gets 'permission denied' on privacy_keys", async () => {
      const orm = privacy.app.get(MikroORM);
      await expect(
        orm.em.getConnection().execute('select wrapped from privacy_keys.data_key limit 1'),
      ).rejects.toThrow(/permission denied for schema privacy_keys/);
      // Whatever the ORM runs, it runs as the vault's role; so does a connection opened as that role.
      const [{ wie }] = await orm.em.getConnection().execute<{ wie: string }[]>('select current_user as wie');
      expect(wie).toBe('vt_privacy_kluis');
      await expect(
        query(kluisDatabaseUrl(privacy.db.url), 'select * from privacy_keys.data_key'),
      ).rejects.toThrow(/permission denied/);
      // The persons it holds are its own to read.
      const [{ n }] = await orm.em
        .getConnection()
        .execute<{ n: string }[]>('select count(*) as n from privacy.persoon');
      expect(Number(n)).toBe(2);
    });

    it('the key service reads the wrapped keys, and nothing of the vault', async () => {
      const url = sleutelDatabaseUrl(privacy.db.url);
      const [{ n }] = await query<{ n: string }>(url, 'select count(*) as n from privacy_keys.data_key');
      expect(Number(n)).toBe(2);
      await expect(query(url, 'select gegevens from privacy.persoon')).rejects.toThrow(/permission denied/);
      // It may not remove a key row either: destruction nulls the wrapped key and keeps the row.
      await expect(query(url, 'delete from privacy_keys.data_key')).rejects.toThrow(/permission denied/);
    });
  });

  it('rotation without downtime: a new KEK wraps new keys, the old one still unwraps, the rewrap job moves every key, then the old KEK can go', async () => {
    const kek1 = randomBytes(32).toString('base64');
    const kek2 = randomBytes(32).toString('base64');
    // One database and one pair of blind-index keys: the same vault, restarted with other KEKs.
    const db = await createTestDatabase('rotatie');
    const vast = {
      DATABASE_URL: db.url,
      PRIVACY_BIDX_KEY_BSN: randomBytes(32).toString('base64'),
      PRIVACY_BIDX_KEY_NAAM: randomBytes(32).toString('base64'),
    };
    let app: ServiceTestApp | undefined;
    const start = async (kek: Record<string, string>) => {
      await app?.stop();
      app = await createServiceTestApp(laadPrivacy, { label: 'rotatie', env: { ...vast, ...kek } });
      return app;
    };
    const registreer = (a: ServiceTestApp, personen: PersonenRegistrerenV1Request['personen']) =>
      new RpcClient(nc, { subjectPrefix: a.env.VT_SUBJECT_PREFIX }).request(personenRegistrerenV1, {
        verzoekId: randomUUID(),
        regio: 'VR09',
        personen,
      });
    try {
      const personen = gezin();
      const eerste = await start({ PRIVACY_KEK: kek1, PRIVACY_KEK_ID: 'kek-1' });
      const refs = (await registreer(eerste, personen)).personen.map((p) => p.persoonRef);
      expect(await kekIds(db.url)).toEqual(['kek-1:2']);

      // The new KEK is current, the old one listed: both replicas' generations can run side by side.
      const tweede = await start({
        PRIVACY_KEK: kek2,
        PRIVACY_KEK_ID: 'kek-2',
        PRIVACY_KEKS_EERDER: `kek-1:${kek1}`,
      });
      const nogEens = await registreer(tweede, [...personen, { ...gezin()[0], sleutel: 'nieuw' }]);
      // Matching the known people decrypts them: their keys, wrapped under kek-1, still unwrap.
      expect(nogEens.personen.map((p) => p.match)).toEqual(['bsn', 'naam-geboortedatum', 'nieuw']);
      expect(nogEens.personen.slice(0, 2).map((p) => p.persoonRef)).toEqual(refs);
      expect(await kekIds(db.url)).toEqual(['kek-1:2', 'kek-2:1']);

      // The rewrap job as operators run it, in batches of one so it pages; again, it finds nothing left.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [join(repoRoot(), 'dist/services/privacy/src/herverpak.js')],
        { env: { ...process.env, ...tweede.env, PRIVACY_HERVERPAK_BATCH: '1', LOG_LEVEL: 'warn' } },
      );
      expect(stdout.trim().split('\n').pop()).toBe('{"herverpakt":2}');
      expect(await tweede.app.get(SleutelDienst).herverpak(1)).toBe(0);
      expect(await kekIds(db.url)).toEqual(['kek-2:3']);

      // kek-1 is gone from the configuration: everyone is still found and decrypted.
      const derde = await start({ PRIVACY_KEK: kek2, PRIVACY_KEK_ID: 'kek-2', PRIVACY_KEKS_EERDER: '' });
      const daarna = await registreer(derde, personen);
      expect(daarna.personen.map((p) => [p.persoonRef, p.match])).toEqual([
        [refs[0], 'bsn'],
        [refs[1], 'naam-geboortedatum'],
      ]);
    } finally {
      await app?.stop();
      await db.drop();
    }
  }, 120_000);
});
