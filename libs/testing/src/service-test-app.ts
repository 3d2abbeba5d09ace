import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mintDevToken, type Rol } from '@vt/auth';
import { createTestDatabase, type TestDatabase } from './databases';
import { deleteTestStreams, testMessagingEnv } from './nats';
import { freePort, type RunningService, type ServiceName, startService } from './processes';
import { devSecrets } from './secrets';

/** The employee (`sub`) of every token a test app mints unless told otherwise. */
export const TEST_SUB = 'tester';

/**
 * Creates the service's app (`createServiceApp(Module, SERVICE)`), importing its module only when called:
 * after the test environment is set.
 */
export type ServiceLader = () => Promise<NestFastifyApplication>;

export interface ServiceTestAppOptions {
  /** Names the throwaway database and stream. */
  label: string;
  /** Region of `token()` when the test names none. */
  regio?: string;
  /** Services started first as real processes on the same database and stream, e.g. the vault. */
  naast?: ServiceName[];
  env?: Record<string, string>;
}

export interface ServiceTestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  /** The environment the app and the processes beside it run with (database, stream, secrets). */
  env: Record<string, string>;
  /** A development token of `TEST_SUB` with these roles. */
  token(rollen: Rol[], regio?: string): Promise<string>;
  /** Stops a process started beside the app (`stop` copes with it being stopped). */
  stopNaast(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A service in this process on a throwaway database and stream, with real PostgreSQL and NATS: the one
 * start-up every service's integration specs share. MikroORM reads DATABASE_URL when the module is
 * defined, so the app comes from a loader that runs after the environment is set.
 */
export async function createServiceTestApp(
  laad: ServiceLader,
  opts: ServiceTestAppOptions,
): Promise<ServiceTestApp> {
  const db = await createTestDatabase(opts.label);
  const messaging = testMessagingEnv(opts.label);
  const env: Record<string, string> = {
    ...devSecrets(),
    ...messaging,
    DATABASE_URL: db.url,
    ...opts.env,
  };
  const vorige = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const naast = new Map<ServiceName, RunningService>();
  let app: NestFastifyApplication | undefined;
  const stop = async () => {
    await app?.close();
    await Promise.all([...naast.values()].map((s) => s.stop()));
    naast.clear();
    await deleteTestStreams(messaging.VT_STREAM);
    await db.drop();
    // The next app of this test file starts from the environment it had, not this one's.
    for (const [k, v] of Object.entries(vorige)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  try {
    for (const name of opts.naast ?? []) {
      naast.set(name, await startService(name, { ...env, LOG_LEVEL: 'warn' }, { port: await freePort() }));
    }
    app = await laad();
    await app.getHttpAdapter().getInstance().ready();
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    app,
    db,
    env,
    token: (rollen, regio = opts.regio ?? 'VR09') =>
      mintDevToken({ sub: TEST_SUB, regio, rollen }, env.AUTH_JWT_SECRET),
    stopNaast: async (name) => {
      await naast.get(name)?.stop();
      naast.delete(name);
    },
    stop,
  };
}
