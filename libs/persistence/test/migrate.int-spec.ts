import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, query, type TestDatabase } from '@vt/testing';
import { advisoryLockKey, migrate, serviceOrmConfig } from '../src';

const SCHEMA = 'migtest';
const REPLICAS = 6;

class Migration20260101000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "${SCHEMA}"."dossier" ("id" uuid primary key)`);
  }
}

class Migration20260101010000 extends Migration {
  override async up(): Promise<void> {
    // Not idempotent on purpose: a second run would fail with "column already exists".
    this.addSql(`alter table "${SCHEMA}"."dossier" add column "regio" text not null default 'VR01'`);
  }
}

class Migration20260101020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('select 1 / 0');
  }
}

class Migration20260101030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "miganalyse"."persoon" ("id" uuid primary key, "regio" text not null)`);
    // A second schema of the service's own, as the vault keeps its data keys apart.
    this.addSql('create schema "miganalyse_keys"');
    this.addSql(
      `create table "miganalyse_keys"."data_key" ("id" uuid primary key, "eigenaar" uuid not null)`,
    );
  }
}

const MIGRATIONS = [
  { name: 'Migration20260101000000', class: Migration20260101000000 },
  { name: 'Migration20260101010000', class: Migration20260101010000 },
];

describe('persistence: migrations when several replicas start at once (ADR 0009)', () => {
  let db: TestDatabase;
  const orms: MikroORM[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('migrate');
  });

  afterAll(async () => {
    await Promise.all(orms.map((o) => o.close(true)));
    await db?.drop();
  });

  async function init(schema: string, migrations: MigrationObject[], poolMax?: number): Promise<MikroORM> {
    const orm = await MikroORM.init(
      serviceOrmConfig({ schema, entities: [], migrations, databaseUrl: db.url, poolMax }),
    );
    orms.push(orm);
    return orm;
  }

  const replica = () => init(SCHEMA, MIGRATIONS, 2);

  it('concurrent migrate() calls on a fresh database all succeed and apply each migration exactly once', async () => {
    const replicas = await Promise.all(Array.from({ length: REPLICAS }, () => replica()));

    const applied = await Promise.all(replicas.map((orm) => migrate(orm, SCHEMA)));

    expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.name));
    const rows = await query<{ name: string }>(
      db.url,
      `select name from "${SCHEMA}"."mikro_orm_migrations" order by name`,
    );
    expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const columns = await query<{ column_name: string }>(
      db.url,
      `select column_name from information_schema.columns where table_schema = $1 and table_name = 'dossier' order by 1`,
      [SCHEMA],
    );
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'regio']);
  });

  it('releases the lock afterwards, also when a migration fails', async () => {
    const failing = await init('migfail', [
      { name: 'Migration20260101020000', class: Migration20260101020000 },
    ]);
    await expect(migrate(failing, 'migfail')).rejects.toThrow(/division by zero/);

    const held = await query<{ n: string }>(
      db.url,
      `select count(*) as n from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`,
    );
    expect(Number(held[0].n)).toBe(0);
  });

  it('analyses the tables the migrations created, in every schema, so the planner never plans with never-analysed tables', async () => {
    const orm = await init('miganalyse', [
      { name: 'Migration20260101030000', class: Migration20260101030000 },
    ]);

    await migrate(orm, 'miganalyse');

    // reltuples is -1 until a table is first analysed (or vacuumed); an analysed empty table has 0.
    const tables = await query<{ tabel: string; reltuples: number }>(
      db.url,
      `select n.nspname || '.' || c.relname as tabel, c.reltuples from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       where n.nspname in ('miganalyse', 'miganalyse_keys') and c.relkind = 'r' order by 1`,
    );
    expect(tables).toEqual([
      { tabel: 'miganalyse.mikro_orm_migrations', reltuples: 1 },
      { tabel: 'miganalyse.persoon', reltuples: 0 },
      { tabel: 'miganalyse_keys.data_key', reltuples: 0 },
    ]);
  });

  it('the lock key is fixed per schema, so replicas of the old and the new release queue on the same lock', () => {
    expect(advisoryLockKey('vt-migrate:intake')).toBe('8534863297223270626');
    expect(advisoryLockKey('vt-migrate:assessment')).not.toBe(advisoryLockKey('vt-migrate:intake'));
  });
});
