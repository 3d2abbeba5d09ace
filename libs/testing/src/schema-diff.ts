import type { INestApplication } from '@nestjs/common';
import { DatabaseSchema, MikroORM } from '@mikro-orm/postgresql';
import { createServiceTestApp, type ServiceLader } from './service-test-app';

/**
 * The SQL MikroORM's schema generator would run to make `schema` match the entities, read after the
 * committed migrations ran: `''` means the migrated database and the code's view of it agree (ADR 0012).
 * `zonderEntiteit` names tables of the schema that are declared elsewhere than in an entity.
 */
export async function entitySchemaDiff(
  orm: MikroORM,
  schema: string,
  zonderEntiteit: readonly string[] = [],
): Promise<string> {
  const fromSchema = await DatabaseSchema.create(
    orm.em.getConnection(),
    orm.em.getPlatform(),
    orm.config,
    schema,
    [schema],
    undefined,
    [...zonderEntiteit],
  );
  const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ schema, fromSchema, wrap: false });
  return sql.trim();
}

/**
 * `entitySchemaDiff` of every schema a started service's entities live in (its own, and any an entity
 * names), with the ORM the service itself configured: its entities and the platform's, migrated at start.
 */
export async function serviceSchemaDiff(app: INestApplication): Promise<Record<string, string>> {
  const orm: MikroORM = app.get(MikroORM);
  const schemas = new Set([
    orm.config.get('schema') as string,
    ...Object.values(orm.getMetadata().getAll()).flatMap((meta) => (meta.schema ? [meta.schema] : [])),
  ]);
  const diffs: Record<string, string> = {};
  for (const schema of schemas) diffs[schema] = await entitySchemaDiff(orm, schema);
  return diffs;
}

/** Starts the service on a throwaway database (migrating it), diffs its schemas and stops it again. */
export async function migratedSchemaDiff(laad: ServiceLader, label: string): Promise<Record<string, string>> {
  const service = await createServiceTestApp(laad, { label });
  try {
    return await serviceSchemaDiff(service.app);
  } finally {
    await service.stop();
  }
}
