import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort, repoRoot } from '@vt/testing';

/** A node process the bench started, with its output for a failure report. */
export interface Kind {
  naam: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `node <file>` and resolves once a line of its output matches `klaar`. */
export async function startKind(
  naam: string,
  bestand: string,
  env: NodeJS.ProcessEnv,
  klaar: RegExp,
  args: string[] = [],
): Promise<Kind> {
  const child = spawn(process.execPath, [...args, bestand], {
    cwd: resolve(bestand, '..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const gestart = new Promise<void>((ok, fout) => {
    const lees = (d: Buffer) => {
      out = (out + d.toString()).slice(-200_000);
      if (klaar.test(out)) ok();
    };
    child.stdout?.on('data', lees);
    child.stderr?.on('data', lees);
    child.once('exit', (code) => fout(new Error(`${naam} exited with ${code}:\n${out.slice(-3000)}`)));
    setTimeout(() => fout(new Error(`${naam} was not ready in time:\n${out.slice(-3000)}`)), 30_000).unref();
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(t);
  };
  try {
    await gestart;
  } catch (err) {
    await stop();
    throw err;
  }
  return { naam, process: child, output: () => out, stop };
}

/** Where the framework-free floor is kept: `../shared/bench-floor/` beside the project, or BENCH_FLOOR_DIR. */
export function floorBron(): string {
  return process.env.BENCH_FLOOR_DIR ?? resolve(repoRoot(), '..', 'shared', 'bench-floor');
}

export interface Floor {
  url: string;
  kinderen: { intake: Kind; vault: Kind; assessment: Kind };
  stop: () => Promise<void>;
}

/**
 * The floor (../shared/bench-floor, its README): copied under dist/ so that its imports resolve to this
 * project's node_modules, its tables and stream created by its setup.mjs, then vault, assessment and
 * intake as three processes, on their own database, stream and subject prefix.
 */
export async function startFloor(
  databaseUrl: string,
  natsUrl: string,
  jwtSecret: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<Floor> {
  const doel = join(repoRoot(), 'dist', 'bench-floor');
  rmSync(doel, { recursive: true, force: true });
  cpSync(floorBron(), doel, { recursive: true });
  const id = randomBytes(3).toString('hex');
  const port = await freePort();
  const env = {
    FLOOR_DATABASE_URL: databaseUrl,
    NATS_URL: natsUrl,
    FLOOR_STREAM: `PF_FLOOR_EVENTS_${id.toUpperCase()}`,
    FLOOR_PREFIX: `pffloor${id}`,
    FLOOR_INTAKE_PORT: String(port),
    AUTH_JWT_SECRET: jwtSecret,
    FLOOR_KEK: randomBytes(32).toString('base64'),
    FLOOR_BIDX_KEY_BSN: randomBytes(32).toString('base64'),
    FLOOR_BIDX_KEY_NAAM: randomBytes(32).toString('base64'),
  };
  const setup = join(doel, 'setup.mjs');
  const node = promisify(execFile);
  await node(process.execPath, [setup], { cwd: doel, env: { ...process.env, ...env } });
  const gestart: Kind[] = [];
  try {
    const vault = await startKind(
      'floor vault',
      join(doel, 'vault.mjs'),
      { ...env, ...extra, BENCH_PROFILE_NAME: 'floor-vault' },
      /vault listening/,
    );
    gestart.push(vault);
    const assessment = await startKind(
      'floor assessment',
      join(doel, 'assessment.mjs'),
      { ...env, ...extra, BENCH_PROFILE_NAME: 'floor-assessment' },
      /assessment consuming/,
    );
    gestart.push(assessment);
    const intake = await startKind(
      'floor intake',
      join(doel, 'intake.mjs'),
      { ...env, ...extra, BENCH_PROFILE_NAME: 'floor-intake' },
      /intake listening/,
    );
    gestart.push(intake);
    return {
      url: `http://127.0.0.1:${port}`,
      kinderen: { intake, vault, assessment },
      stop: async () => {
        await Promise.all(gestart.map((k) => k.stop()));
        await node(process.execPath, [setup, '--drop'], { cwd: doel, env: { ...process.env, ...env } });
      },
    };
  } catch (err) {
    await Promise.all(gestart.map((k) => k.stop()));
    await node(process.execPath, [setup, '--drop'], { cwd: doel, env: { ...process.env, ...env } });
    throw err;
  }
}

export function floorAanwezig(): boolean {
  return existsSync(join(floorBron(), 'intake.mjs'));
}
