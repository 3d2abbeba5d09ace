import { MikroORM } from '@mikro-orm/postgresql';
import { migrate, serviceOrmConfig } from '@vt/persistence';
import { createTestDatabase, entitySchemaDiff, type TestDatabase } from '@vt/testing';
import { KLUIS_ENTITIES } from '../src/kluis/persistence/kluis.entities';
import { PRIVACY_MIGRATIONS } from '../src/migrations';

describe('privacy: the vault tables against a migrated PostgreSQL (ADR 0012)', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('kluistabellen');
    orm = await MikroORM.init(
      serviceOrmConfig({
        schema: 'privacy',
        // The outbox and inbox are @vt/messaging's tables, declared there.
        entities: KLUIS_ENTITIES,
        migrations: PRIVACY_MIGRATIONS,
        databaseUrl: db.url,
        poolMax: 2,
      }),
    );
    await migrate(orm, 'privacy');
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it.each([
    ['privacy', ['outbox', 'inbox', 'idempotency_key', 'mikro_orm_migrations']],
    ['privacy_keys', []],
  ])('MikroORM finds nothing to change in %s after the migrations', async (schema, zonderEntiteit) => {
    expect(await entitySchemaDiff(orm, schema, zonderEntiteit)).toBe('');
  });
});
