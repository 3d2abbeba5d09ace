import { defineConfig, type MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import { z } from 'zod';

export interface ServiceOrmOptions {
  /** The service's own schema; its tables live nowhere else. */
  schema: string;
  entities: EntityClass<unknown>[];
  /** Committed migrations in order; listed explicitly so the built app needs no file globbing. */
  migrations: MigrationObject[];
  databaseUrl: string;
  poolMax?: number;
}

const env = z.object({
  DATABASE_URL: z
    .string({ required_error: 'DATABASE_URL is required (postgres://user@host:port/database)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
});

export function databaseConfigFromEnv(source: NodeJS.ProcessEnv = process.env): {
  databaseUrl: string;
  poolMax: number;
} {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    throw new Error(
      `Invalid database configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return { databaseUrl: parsed.data.DATABASE_URL, poolMax: parsed.data.DB_POOL_MAX };
}

export function serviceOrmConfig(o: ServiceOrmOptions): Options {
  return defineConfig({
    clientUrl: o.databaseUrl,
    schema: o.schema,
    entities: o.entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: o.poolMax ?? 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // SQL and parameters may hold personal data in the privacy service; never log them.
    debug: false,
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: o.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  });
}

/** Creates the service's schema and applies pending committed migrations (start-up and tests). */
export async function migrate(orm: MikroORM, schema: string): Promise<string[]> {
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
