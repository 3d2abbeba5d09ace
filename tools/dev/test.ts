import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureInfra, REPO_ROOT } from './infra';

/**
 * `npm test`: finds or starts PostgreSQL and NATS the way `npm start` does, then runs every Jest project
 * (unit, integration, e2e) against them. Extra arguments go to Jest.
 */
async function main(): Promise<void> {
  const infra = await ensureInfra();
  process.stderr.write(`[test] PostgreSQL ${new URL(infra.adminDatabaseUrl).host}, NATS ${infra.natsUrl}\n`);
  const jest = join(REPO_ROOT, 'node_modules/jest/bin/jest.js');
  const res = spawnSync(process.execPath, [jest, '--ci', '--maxWorkers=2', ...process.argv.slice(2)], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      VT_TEST_ADMIN_DATABASE_URL: infra.adminDatabaseUrl,
      NATS_URL: infra.natsUrl,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    },
  });
  process.exit(res.status ?? 1);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
