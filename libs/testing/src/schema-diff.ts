import { DatabaseSchema, type MikroORM } from '@mikro-orm/postgresql';

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
