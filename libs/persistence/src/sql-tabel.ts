import type { EntityClass, EntityKey, EntityMetadata, MetadataStorage } from '@mikro-orm/core';

/** Where entity metadata comes from: an `EntityManager` or `MikroORM` (schema from its config), or bare metadata. */
export type MetadataBron =
  { getMetadata(): MetadataStorage; config: { get(key: 'schema'): string | undefined } } | MetadataStorage;

/** A table's quoted SQL names, read from its entity so SQL never types a column name again (ADR 0012). */
export interface SqlTabel<T> {
  /** `"schema"."table"` */
  naam: string;
  /** `"column"` of one property */
  kolom(prop: EntityKey<T>): string;
  /** `"a", "b"` of the given properties in that order, or of every column in declaration order. */
  kolommen(props?: readonly EntityKey<T>[]): string;
}

/**
 * The table and column names of an entity in the schema the ORM is configured for (or the entity's own
 * `schema`); with bare metadata, `schema` says which one when the entity does not.
 */
export function sqlTabel<T extends object>(
  bron: MetadataBron,
  entity: EntityClass<T>,
  schema?: string,
): SqlTabel<T> {
  const metadata = 'config' in bron ? bron.getMetadata() : bron;
  const meta = metadata.find<T>(entity.name);
  if (!meta) throw new Error(`sqlTabel: ${entity.name} is not a discovered entity`);
  const schemaNaam = meta.schema ?? schema ?? ('config' in bron ? bron.config.get('schema') : undefined);
  if (!schemaNaam) throw new Error(`sqlTabel: no schema for ${entity.name}`);
  const naam = `${quote(schemaNaam)}.${quote(meta.tableName)}`;
  const kolom = (prop: EntityKey<T>): string => quote(veldnaam(meta, prop));
  const alle = meta.props.filter((p) => p.persist !== false && p.fieldNames?.length === 1);
  return {
    naam,
    kolom,
    kolommen: (props) => (props ?? alle.map((p) => p.name as EntityKey<T>)).map((p) => kolom(p)).join(', '),
  };
}

function veldnaam<T>(meta: EntityMetadata<T>, prop: EntityKey<T>): string {
  const p = meta.properties[prop];
  // A composite or embedded property has no single column to name.
  if (p?.fieldNames?.length !== 1) throw new Error(`sqlTabel: ${meta.className}.${prop} is not one column`);
  return p.fieldNames[0];
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
