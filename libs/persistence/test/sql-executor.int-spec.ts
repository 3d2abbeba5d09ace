import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, query, type TestDatabase } from '@vt/testing';
import { serviceOrmConfig, SqlExecutor } from '../src';

const SCHEMA = 'sqltest';

describe('persistence: SqlExecutor runs hot-path SQL on the ORM pool (ADR 0012)', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let sql: SqlExecutor;

  beforeAll(async () => {
    db = await createTestDatabase('sqlexec');
    orm = await MikroORM.init(
      serviceOrmConfig({ schema: SCHEMA, entities: [], migrations: [], databaseUrl: db.url, poolMax: 2 }),
    );
    await orm.em
      .getConnection()
      .execute(`create schema ${SCHEMA}; create table ${SCHEMA}.rij (id int primary key)`);
    sql = new SqlExecutor(orm);
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('a transaction commits its statements together and runs its after-commit work once', async () => {
    const gewekt: string[] = [];
    const aantal = await sql.transaction(async (tx) => {
      await tx.query(`insert into ${SCHEMA}.rij (id) select * from unnest($1::int[])`, [[1, 2]]);
      tx.naCommit(() => gewekt.push('relay'));
      expect(gewekt).toEqual([]);
      return (await tx.query<{ n: number }>(`select count(*)::int as n from ${SCHEMA}.rij`))[0].n;
    });
    expect(aantal).toBe(2);
    expect(gewekt).toEqual(['relay']);
    expect(await query(db.url, `select id from ${SCHEMA}.rij order by id`)).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('a failing transaction rolls back everything, skips its after-commit work and throws', async () => {
    const gewekt: string[] = [];
    await expect(
      sql.transaction(async (tx) => {
        await tx.query(`insert into ${SCHEMA}.rij (id) values ($1)`, [3]);
        tx.naCommit(() => gewekt.push('relay'));
        await tx.query(`insert into ${SCHEMA}.rij (id) values ($1)`, [1]);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(gewekt).toEqual([]);
    expect(await sql.query(`select id from ${SCHEMA}.rij where id = $1`, [3])).toEqual([]);
  });

  it('borrows from the ORM pool: with both connections in transactions, the ORM waits for one', async () => {
    let vrij!: () => void;
    const open = new Promise<void>((resolve) => (vrij = resolve));
    const vast = [1, 2].map(() => sql.transaction(() => open));
    let ormKlaar = false;
    const orm3 = orm.em
      .getConnection()
      .execute('select 1')
      .then(() => (ormKlaar = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(ormKlaar).toBe(false);
    vrij();
    await Promise.all([...vast, orm3]);
    expect(ormKlaar).toBe(true);
  });

  it('a connection returns to the pool after every statement and transaction, failed or not', async () => {
    for (let i = 0; i < 5; i++) {
      await sql.query('select 1 / $1::int', [0]).catch(() => undefined);
      await sql.transaction((tx) => tx.query('select 1 / 0')).catch(() => undefined);
    }
    expect(await sql.query<{ n: number }>('select $1::int as n', [7])).toEqual([{ n: 7 }]);
  });
});
