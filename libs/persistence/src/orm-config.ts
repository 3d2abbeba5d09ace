import { createHash } from 'node:crypto';
import { defineConfig, type MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import { Client } from 'pg';
import { z } from 'zod';
import { leesEnv } from './env-config';

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
  const e = leesEnv(env, 'database', source);
  return { databaseUrl: e.DATABASE_URL, poolMax: e.DB_POOL_MAX };
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

/**
 * Creates the service's schema and applies pending committed migrations (start-up and tests). Replicas
 * starting together queue on a session-level advisory lock per schema, held on a connection of its own
 * so it outlives the migrator's transactions; the later ones then find nothing pending. After applying
 * any, it analyses the schema's tables and every table the migrations created elsewhere.
 */
export async function migrate(orm: MikroORM, schema: string): Promise<string[]> {
  const key = advisoryLockKey(`vt-migrate:${schema}`);
  const lock = new Client({ connectionString: orm.config.getClientUrl() });
  // A dropped connection fails the next query; unheard, its error event would end the process.
  lock.on('error', () => undefined);
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1::bigint)', [key]);
    await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
    const before = new Set((await userTables(lock)).map((t) => t.name));
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) {
      const analyse = (await userTables(lock)).filter((t) => t.schema === schema || !before.has(t.name));
      // Until autovacuum gets to them the planner guesses new tables' sizes, and can pick a scan for an index.
      if (analyse.length > 0) await lock.query(`analyze ${analyse.map((t) => t.name).join(', ')}`);
    }
    return applied.map((m) => m.name);
  } finally {
    // Ending the session releases the lock too, so a failed unlock must not hide the migration's error.
    await lock.query('select pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
    await lock.end();
  }
}

/** Ordinary and partitioned tables outside PostgreSQL's own schemas, with quoted `"schema"."table"` names. */
async function userTables(client: Client): Promise<{ schema: string; name: string }[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `select n.nspname as schema, format('%I.%I', n.nspname, c.relname) as name
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'`,
  );
  return rows;
}

/** A 64-bit key for pg_advisory_lock from a name; stable across releases, so old and new replicas agree. */
export function advisoryLockKey(name: string): string {
  return createHash('sha256').update(name).digest().readBigInt64BE(0).toString();
}
