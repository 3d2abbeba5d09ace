/**
 * The vault's two database roles (ADR 0023). Roles belong to the PostgreSQL cluster, not to one database:
 * the migration creates them once (a second database, a test's, finds them) and grants them per database.
 */
export const KLUIS_ROL = 'vt_privacy_kluis';
/** The only role that reads `privacy_keys`: the key service's connection. */
export const SLEUTEL_ROL = 'vt_privacy_sleutels';

import { Client } from 'pg';

/**
 * DATABASE_URL with another user: the role's password from env when the server asks one (compose, k8s),
 * none where the server trusts local connections (development, CI). A full URL in env overrides it.
 */
export function rolUrl(
  databaseUrl: string,
  rol: string,
  wachtwoord: string | undefined,
  override: string | undefined,
): string {
  if (override) return override;
  const u = new URL(databaseUrl);
  u.username = rol;
  u.password = wachtwoord ?? '';
  return u.toString();
}

/** The vault's own connection: DATABASE_URL only migrates (it owns the schemas). */
export function kluisDatabaseUrl(databaseUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  return rolUrl(databaseUrl, KLUIS_ROL, env.PRIVACY_KLUIS_DB_PASSWORD, env.PRIVACY_KLUIS_DATABASE_URL);
}

export function sleutelDatabaseUrl(databaseUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  return rolUrl(
    databaseUrl,
    SLEUTEL_ROL,
    env.PRIVACY_SLEUTELS_DB_PASSWORD,
    env.PRIVACY_SLEUTELS_DATABASE_URL,
  );
}

/**
 * Where the server asks passwords and the roles' come from env (docker compose), the owner sets them at
 * start-up, after the migrations created the roles; a full URL in env (k8s, roles managed outside) skips it.
 */
export async function zetRolWachtwoorden(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const wachtwoorden = [
    [KLUIS_ROL, env.PRIVACY_KLUIS_DB_PASSWORD, env.PRIVACY_KLUIS_DATABASE_URL],
    [SLEUTEL_ROL, env.PRIVACY_SLEUTELS_DB_PASSWORD, env.PRIVACY_SLEUTELS_DATABASE_URL],
  ].filter(([, wachtwoord, override]) => wachtwoord && !override);
  if (wachtwoorden.length === 0) return;
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    for (const [rol, wachtwoord] of wachtwoorden) {
      const [{ sql }] = (
        await c.query<{ sql: string }>(
          "select format('alter role %I password %L', $1::text, $2::text) as sql",
          [rol, wachtwoord],
        )
      ).rows;
      await c.query(sql);
    }
  } finally {
    await c.end();
  }
}
