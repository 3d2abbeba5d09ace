import { MikroORM } from '@mikro-orm/postgresql';
import { SqlExecutor } from '@vt/persistence';
import { createServiceTestApp, entitySchemaDiff, query, type ServiceTestApp } from '@vt/testing';
import { KluisRepository } from '../src/kluis/persistence/kluis.repository';
import { ToegangslogRepository } from '../src/toegangslog/persistence/toegangslog.repository';
import { laadPrivacy } from './privacy-app';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

const knopen = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(knopen)];

describe('privacy: the vault tables against a migrated PostgreSQL (ADR 0012)', () => {
  let privacy: ServiceTestApp;
  let orm: MikroORM;
  /** The same ORM on DATABASE_URL, the owner's: the vault's own role may not even look at `privacy_keys`. */
  let eigenaar: MikroORM;

  beforeAll(async () => {
    privacy = await createServiceTestApp(laadPrivacy, { label: 'kluistabellen' });
    orm = privacy.app.get(MikroORM);
    eigenaar = await MikroORM.init({ ...orm.config.getAll(), clientUrl: privacy.db.url });
  }, 60_000);

  afterAll(async () => {
    await eigenaar?.close();
    await privacy?.stop();
  });

  it.each(['privacy', 'privacy_keys'])(
    'MikroORM finds nothing to change in %s after the migrations, platform tables included',
    async (schema) => {
      expect(await entitySchemaDiff(eigenaar, schema)).toBe('');
    },
  );

  it('the candidate query scans no table when the statistics do not know the rows (45 ms a call at 46,000 keys)', async () => {
    // As the owner: the vault's own role may not write `privacy_keys`.
    const knex = { raw: (sql: string) => query(privacy.db.url, sql) };
    // Keys of texts and persons alike, not analysed since: the planner knows neither size nor spread.
    await knex.raw(`insert into privacy_keys.data_key (key_id, eigenaar_soort, eigenaar_ref, wrapped)
      select gen_random_uuid(), case when i % 2 = 0 then 'persoon' else 'aantekening' end, gen_random_uuid(),
             decode(md5(i::text), 'hex') from generate_series(1, 6000) as i`);
    await knex.raw(`insert into privacy.persoon (persoon_ref, regio, key_id, gegevens, bidx_bsn, bidx_naam_gd)
      select gen_random_uuid(), 'VR09', key_id, decode(md5(key_id::text), 'hex'),
             lpad(to_hex(('x' || substr(md5(key_id::text), 1, 4))::bit(16)::int), 4, '0'),
             lpad(to_hex(('x' || substr(md5(key_id::text), 5, 4))::bit(16)::int), 4, '0')
        from privacy_keys.data_key where eigenaar_soort = 'persoon'`);
    // The migrations analysed the tables while they were empty: what the planner knows says nothing of these rows.
    const bekend = await knex.raw(
      `select relname, reltuples from pg_class where relname in ('persoon', 'data_key') and reltuples > 0`,
    );
    expect(bekend).toEqual([]);

    // A household of three: a BSN and a surname + birth date each.
    const sql = privacy.app.get(SqlExecutor);
    const repository = new KluisRepository(orm.em.fork(), sql, privacy.app.get(ToegangslogRepository));
    const bidx = ['00a1', '1b2c', 'c3d4'];
    const rows = await sql.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
      `explain (format json) ${repository.kandidatenSql}`,
      [bidx, bidx],
    );
    const scans = knopen(rows[0]['QUERY PLAN'][0].Plan)
      .filter((n) => n['Node Type'] === 'Seq Scan')
      .map((n) => n['Relation Name']);
    expect(scans).toEqual([]);
  });
});
