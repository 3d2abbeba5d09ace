import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const SERVICE_NAMES = ['privacy', 'intake', 'assessment', 'investigation', 'monitoring'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
export const DEFAULT_PORTS: Record<ServiceName, number> = {
  intake: 3101,
  assessment: 3102,
  investigation: 3103,
  monitoring: 3104,
  privacy: 3105,
};

/** The repository root, found from this file in the source tree and in dist/. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const up = resolve(dir, '..');
    if (up === dir) throw new Error('repository root (nx.json) not found');
    dir = up;
  }
  return dir;
}

export interface RunningService {
  name: ServiceName;
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything the process wrote to stdout and stderr, for assertions and failure reports. */
  output: () => string;
  /** SIGTERM and wait for exit (graceful shutdown); SIGKILL after the grace period. Resolves the exit code. */
  stop: (graceMs?: number) => Promise<number | null>;
}

/**
 * Node flags every service starts with, here and in deploy/ (a test compares them). Semi-spaces of 4 MB
 * instead of 16 keep idle RSS under 150 MB at no measurable CPU cost per report (ADR 0007).
 */
export const SERVICE_NODE_FLAGS = ['--max-semi-space-size=4'];

/** Starts a built service (`node dist/services/<name>/src/main.js`) and waits until /health/ready answers. */
export async function startService(
  name: ServiceName,
  env: NodeJS.ProcessEnv,
  opts: { port?: number; readyTimeoutMs?: number; echo?: boolean } = {},
): Promise<RunningService> {
  const root = repoRoot();
  const main = join(root, 'dist/services', name, 'src/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
  const port = opts.port ?? DEFAULT_PORTS[name];
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, main], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (chunk: Buffer) => {
    out += chunk.toString();
    if (out.length > 2_000_000) out = out.slice(-1_000_000);
    if (opts.echo) process.stdout.write(`[${name}] ${chunk.toString()}`);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  // An exit by signal reports as the shell would: 128 + the signal's number (SIGTERM 143, SIGKILL 137).
  const exited = new Promise<number | null>((r) =>
    child.once('exit', (code, signal) =>
      r(code ?? (signal === 'SIGTERM' ? 143 : signal === 'SIGKILL' ? 137 : null)),
    ),
  );
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + (opts.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode} during start-up:\n${out.slice(-4000)}`);
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready in time:\n${out.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    name,
    url,
    port,
    process: child,
    output: () => out,
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(t);
      return code;
    },
  };
}

/** A port nobody listens on right now, chosen by the OS, so parallel test files never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
