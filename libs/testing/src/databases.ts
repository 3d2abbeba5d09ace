import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server tests may create databases on; `npm test` sets it (tools/dev/test.ts). */
export function adminDatabaseUrl(): string {
  const url = process.env.VT_TEST_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('VT_TEST_ADMIN_DATABASE_URL is not set: run the tests with `npm test`');
  return url;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

/** A throwaway database per test file, so files run in parallel without seeing each other's rows. */
export async function createTestDatabase(label = 't'): Promise<TestDatabase> {
  const name = `vt_${label
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminDatabaseUrl());
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminDatabaseUrl() });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Runs one query on a database and returns its rows. */
export async function query<T = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}
