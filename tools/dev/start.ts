import { mintDevToken } from '@vt/auth';
import { type RunningService, SERVICE_NAMES, startService } from '@vt/testing';
import { loadDevSecrets } from './dev-secrets';
import { ensureDatabase, ensureInfra } from './infra';

/** `npm start`: the whole platform on one machine, with a development token to try it. */
async function main(): Promise<void> {
  const infra = await ensureInfra();
  const databaseUrl = await ensureDatabase(infra.adminDatabaseUrl, process.env.VT_DEV_DATABASE ?? 'vt_dev');
  const secrets = {
    ...loadDevSecrets(),
    ...pick(process.env, ['AUTH_JWT_SECRET', 'PRIVACY_KEK', 'PRIVACY_BIDX_KEY_BSN', 'PRIVACY_BIDX_KEY_NAAM']),
  };
  const env = {
    ...secrets,
    DATABASE_URL: databaseUrl,
    NATS_URL: infra.natsUrl,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  const running: RunningService[] = [];
  const stopAll = async () => {
    await Promise.all(running.map((s) => s.stop()));
    process.exit(0);
  };
  process.once('SIGINT', () => void stopAll());
  process.once('SIGTERM', () => void stopAll());
  for (const name of SERVICE_NAMES) {
    // Migrations run at start-up in each service; the privacy vault first, since intake calls it.
    running.push(
      await startService(name, env, { echo: process.env.VT_ECHO_LOGS === 'true', readyTimeoutMs: 60_000 }),
    );
  }
  const token = await mintDevToken(
    { sub: 'dev-medewerker', regio: 'VR09', rollen: ['medewerker', 'leidinggevende'], ttlSeconds: 8 * 3600 },
    secrets.AUTH_JWT_SECRET,
  );
  const lines = [
    '',
    'Veilig Thuis platform is running:',
    ...running.map((s) => `  ${s.name.padEnd(14)} ${s.url}/api/v1   docs ${s.url}/api/docs`),
    '',
    `  PostgreSQL     ${redact(databaseUrl)}`,
    `  NATS           ${infra.natsUrl} (stream VT_EVENTS)`,
    '',
    'Development token (VR09, medewerker + leidinggevende, 8 hours):',
    `  ${token}`,
    '  more: npm run token -- --regio VR09 --rol medewerker',
    '',
    'Ctrl-C stops all services.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  for (const s of running) {
    s.process.once('exit', (code) => {
      process.stderr.write(`${s.name} stopped (exit ${code}); last output:\n${s.output().slice(-2000)}\n`);
    });
  }
}

function pick(env: NodeJS.ProcessEnv, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => env[k]).map((k) => [k, env[k] as string]));
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
