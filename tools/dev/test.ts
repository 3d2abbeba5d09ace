import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInfra, REPO_ROOT } from './infra';
import { sweepTestLeftovers } from './sweep';

/**
 * `npm test`: finds or starts PostgreSQL and NATS the way `npm start` does, then runs every Jest project
 * (unit, integration, e2e) against them. Extra arguments go to Jest.
 */
async function main(): Promise<void> {
  const infra = await ensureInfra();
  process.stderr.write(`[test] PostgreSQL ${new URL(infra.adminDatabaseUrl).host}, NATS ${infra.natsUrl}\n`);
  await sweepTestLeftovers(infra.adminDatabaseUrl, infra.natsUrl, (m) =>
    process.stderr.write(`[test] ${m}\n`),
  );
  const jest = join(REPO_ROOT, 'node_modules/jest/bin/jest.js');
  const results = join(mkdtempSync(join(tmpdir(), 'vt-test-')), 'results.json');
  const args = [
    jest,
    '--ci',
    '--maxWorkers=2',
    '--json',
    `--outputFile=${results}`,
    ...process.argv.slice(2),
  ];
  const res = spawnSync(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      VT_TEST_ADMIN_DATABASE_URL: infra.adminDatabaseUrl,
      NATS_URL: infra.natsUrl,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    },
  });
  // A plain closing line that any CI reads, whatever the runner prints above it.
  if (existsSync(results)) {
    const r = JSON.parse(readFileSync(results, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
    };
    process.stdout.write(
      `\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped\n`,
    );
  }
  process.exit(res.status ?? 1);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
