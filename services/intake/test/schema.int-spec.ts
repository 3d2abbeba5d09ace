import { MikroORM } from '@mikro-orm/postgresql';
import { MESSAGING_ENTITIES } from '@vt/messaging';
import { migrate, serviceOrmConfig } from '@vt/persistence';
import { createTestDatabase, entitySchemaDiff, type TestDatabase } from '@vt/testing';
import { Dossier, DossierPersoon } from '../src/dossiers/persistence/dossier.entity';
import { Melding } from '../src/meldingen/persistence/melding.entity';
import { INTAKE_MIGRATIONS } from '../src/migrations';

describe('intake: the migrated schema is the one the entities declare (ADR 0012)', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('intakeschema');
    orm = await MikroORM.init(
      serviceOrmConfig({
        schema: 'intake',
        entities: [Dossier, DossierPersoon, Melding, ...MESSAGING_ENTITIES],
        migrations: INTAKE_MIGRATIONS,
        databaseUrl: db.url,
        poolMax: 2,
      }),
    );
    await migrate(orm, 'intake');
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('MikroORM finds nothing to change after the committed migrations', async () => {
    // The Idempotency-Key table is declared by @vt/platform's migration helper, not by an entity.
    expect(await entitySchemaDiff(orm, 'intake', ['idempotency_key'])).toBe('');
  });
});
