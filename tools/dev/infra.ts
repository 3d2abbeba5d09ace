import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync, chownSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/** Where `npm start` and `npm test` find (or start) PostgreSQL and NATS; see architecture.md, Running. */
export interface Infra {
  /** A URL of a database on the server with rights to create databases (`postgres` maintenance db). */
  adminDatabaseUrl: string;
  natsUrl: string;
  started: string[];
}

const ROOT = resolve(__dirname, '../../..');
const DATA = join(ROOT, '.data');
const PRIVATE_PG_PORT = 54329;
const PRIVATE_NATS_PORT = 42229;

function say(msg: string): void {
  process.stderr.write(`[infra] ${msg}\n`);
}

export function portAnswers(host: string, port: number, timeoutMs = 800): Promise<boolean> {
  return new Promise((done) => {
    const s = netConnect({ host, port });
    const t = setTimeout(() => {
      s.destroy();
      done(false);
    }, timeoutMs);
    s.once('connect', () => {
      clearTimeout(t);
      s.end();
      done(true);
    });
    s.once('error', () => {
      clearTimeout(t);
      done(false);
    });
  });
}

async function pgAnswers(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

function findBinary(name: string, extraDirs: string[]): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(':'), ...extraDirs]) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

function postgresBinDirs(): string[] {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(base, v, 'bin'));
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000}s`);
}

/** PostgreSQL refuses to run as root; a private cluster runs as the `postgres` user when we are root. */
function asPostgresUser(cmd: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [cmd, args];
  return ['runuser', ['-u', 'postgres', '--', cmd, ...args]];
}

async function startPrivatePostgres(): Promise<string> {
  const dirs = postgresBinDirs();
  const initdb = findBinary('initdb', dirs);
  const pgCtl = findBinary('pg_ctl', dirs);
  if (!initdb || !pgCtl) {
    throw new Error(
      'No PostgreSQL answers on 127.0.0.1:5432 and no PostgreSQL binaries were found. Install them with ' +
        '`apt-get install postgresql` (or set DATABASE_URL to a server you have).',
    );
  }
  const dir = join(DATA, 'pg');
  mkdirSync(DATA, { recursive: true });
  if (process.getuid?.() === 0) chownSync(DATA, uidOf('postgres'), gidOf('postgres'));
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    say(`initialising a private PostgreSQL cluster in ${dir}`);
    const [c, a] = asPostgresUser(initdb, [
      '-D',
      dir,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--no-instructions',
    ]);
    execFileSync(c, a, { stdio: 'ignore' });
  }
  const url = `postgres://postgres@127.0.0.1:${PRIVATE_PG_PORT}/postgres`;
  if (!(await pgAnswers(url))) {
    say(`starting the private PostgreSQL on port ${PRIVATE_PG_PORT}`);
    const opts = `-p ${PRIVATE_PG_PORT} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=on`;
    const [c, a] = asPostgresUser(pgCtl, [
      '-D',
      dir,
      '-o',
      opts,
      '-l',
      join(dir, 'server.log'),
      '-w',
      'start',
    ]);
    execFileSync(c, a, { stdio: 'ignore' });
    await waitFor(() => pgAnswers(url), 'the private PostgreSQL');
  }
  return url;
}

/** major.minor as a number: 2.9 → 2.09, 2.10 → 2.1 (two-digit minor). */
function natsServerVersion(bin: string): number {
  const m = /v?(\d+)\.(\d+)/.exec(execFileSync(bin, ['--version']).toString());
  return m ? Number(m[1]) + Number(m[2]) / 100 : 0;
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user]).toString().trim());
}
function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user]).toString().trim());
}

async function startPrivateNats(): Promise<string> {
  const bin = findBinary('nats-server', ['/usr/sbin', '/usr/local/bin']);
  if (!bin) {
    throw new Error(
      'No NATS answers on 127.0.0.1:4222 and no nats-server binary was found. Install it with ' +
        '`apt-get install nats-server` (or set NATS_URL to a server you have).',
    );
  }
  const dir = join(DATA, 'nats');
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'nats.conf');
  // One node: flush every write, or an acknowledged event can be lost in a crash (architecture.md,
  // Durability). `sync_interval` exists from nats-server 2.10; Debian bookworm ships 2.9, which refuses it.
  const sync = natsServerVersion(bin) >= 2.1 ? '  sync_interval: always\n' : '';
  if (!sync) say('this nats-server predates sync_interval (2.10): JetStream flushes on its own schedule');
  writeFileSync(
    conf,
    `listen: 127.0.0.1:${PRIVATE_NATS_PORT}\njetstream {\n  store_dir: "${dir}/store"\n${sync}}\n`,
  );
  say(`starting a private nats-server on port ${PRIVATE_NATS_PORT}`);
  const child = spawn(bin, ['-c', conf], { detached: true, stdio: 'ignore' });
  child.unref();
  await waitFor(() => portAnswers('127.0.0.1', PRIVATE_NATS_PORT), 'the private nats-server');
  return `nats://127.0.0.1:${PRIVATE_NATS_PORT}`;
}

/**
 * DATABASE_URL / NATS_URL when set; otherwise the machine's PostgreSQL (5432) and NATS (4222) when they
 * answer; otherwise private ones under `.data/` from the machine's binaries.
 */
export async function ensureInfra(): Promise<Infra> {
  const started: string[] = [];
  // VT_PRIVATE_INFRA=true skips the machine's servers: a sandbox under .data/, or a check of that path.
  const machine = process.env.VT_PRIVATE_INFRA !== 'true';
  let adminDatabaseUrl: string;
  if (process.env.DATABASE_URL) {
    adminDatabaseUrl = process.env.DATABASE_URL;
  } else if (machine && (await pgAnswers('postgres://postgres@127.0.0.1:5432/postgres'))) {
    adminDatabaseUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  } else {
    adminDatabaseUrl = await startPrivatePostgres();
    started.push('postgres');
  }
  let natsUrl: string;
  if (process.env.NATS_URL) {
    natsUrl = process.env.NATS_URL;
  } else if (machine && (await portAnswers('127.0.0.1', 4222))) {
    natsUrl = 'nats://127.0.0.1:4222';
  } else if (await portAnswers('127.0.0.1', PRIVATE_NATS_PORT)) {
    natsUrl = `nats://127.0.0.1:${PRIVATE_NATS_PORT}`;
  } else {
    natsUrl = await startPrivateNats();
    started.push('nats');
  }
  return { adminDatabaseUrl, natsUrl, started };
}

/** Creates the database in the URL's server if it does not exist yet; returns its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await c.query(`create database "${name}"`);
  } finally {
    await c.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export const REPO_ROOT = ROOT;
