import { Migration } from '@mikro-orm/migrations';
import { Entity, MikroORM, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { createTestDatabase, entitySchemaDiff, type TestDatabase } from '@vt/testing';
import { migrate, serviceOrmConfig } from '../src';

const SCHEMA = 'difftest';

@Entity({ tableName: 'dossier' })
class Dossier {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) regio!: string;
}

class MaaktDossier extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "${SCHEMA}"."dossier" ("id" uuid primary key, "regio" text not null)`);
    this.addSql(`create table "${SCHEMA}"."elders_verklaard" ("id" int primary key)`);
  }
}

class VergeetRegio extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "${SCHEMA}"."dossier" ("id" uuid primary key)`);
  }
}

describe('testing: entitySchemaDiff compares the migrated schema with the entities (ADR 0012)', () => {
  const dbs: TestDatabase[] = [];
  const orms: MikroORM[] = [];

  afterAll(async () => {
    await Promise.all(orms.map((o) => o.close(true)));
    await Promise.all(dbs.map((d) => d.drop()));
  });

  async function gemigreerd(migration: typeof MaaktDossier): Promise<MikroORM> {
    const db = await createTestDatabase('schemadiff');
    dbs.push(db);
    const orm = await MikroORM.init(
      serviceOrmConfig({
        schema: SCHEMA,
        entities: [Dossier],
        migrations: [{ name: migration.name, class: migration }],
        databaseUrl: db.url,
        poolMax: 2,
      }),
    );
    orms.push(orm);
    await migrate(orm, SCHEMA);
    return orm;
  }

  it('is empty when the migrations made what the entities declare', async () => {
    const orm = await gemigreerd(MaaktDossier);
    expect(await entitySchemaDiff(orm, SCHEMA, ['elders_verklaard'])).toBe('');
  });

  it('names a table the migrations made without an entity', async () => {
    const orm = await gemigreerd(MaaktDossier);
    expect(await entitySchemaDiff(orm, SCHEMA)).toContain('elders_verklaard');
  });

  it('names a column an entity declares that the migrations forgot', async () => {
    const orm = await gemigreerd(VergeetRegio);
    expect(await entitySchemaDiff(orm, SCHEMA)).toContain('"regio"');
  });
});
