import { mintDevToken } from '@vt/auth';
import {
  createTestDatabase,
  deleteTestStreams,
  devSecrets,
  freePort,
  type RunningService,
  SERVICE_NAMES,
  type ServiceName,
  startService,
  type TestDatabase,
  testMessagingEnv,
} from '@vt/testing';
import { startOtlpReceiver } from './otlp-receiver';

export type Platform = Awaited<ReturnType<typeof startPlatform>>;

/** All five services as real processes on a throwaway database and stream, exporting traces to a receiver. */
export async function startPlatform(label: string, extraEnv: Record<string, string> = {}) {
  const db: TestDatabase = await createTestDatabase(label);
  const messaging = testMessagingEnv(label);
  const secrets = devSecrets();
  const otlp = await startOtlpReceiver();
  const env = {
    ...secrets,
    ...messaging,
    DATABASE_URL: db.url,
    LOG_LEVEL: 'info',
    OTEL_SDK_DISABLED: 'false',
    OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
    OTEL_BSP_SCHEDULE_DELAY: '100',
    // Every trace, so the trace checks do not depend on the platform's default ratio.
    OTEL_TRACES_SAMPLER_ARG: '1',
    VT_RELAY_INTERVAL_MS: '200',
    ...extraEnv,
  };
  const services = {} as Record<ServiceName, RunningService>;
  const ports = {} as Record<ServiceName, number>;
  for (const name of SERVICE_NAMES) ports[name] = await freePort();
  const port = (name: ServiceName) => ports[name];
  try {
    for (const name of SERVICE_NAMES) services[name] = await startService(name, env, { port: port(name) });
  } catch (err) {
    await Promise.all(Object.values(services).map((s) => s.stop()));
    await db.drop();
    throw err;
  }
  const token = (regio = 'VR09', rollen: string[] = ['medewerker']) =>
    mintDevToken({ sub: `e2e-${rollen[0]}`, regio, rollen: rollen as never }, secrets.AUTH_JWT_SECRET);
  return {
    db,
    env,
    messaging,
    otlp,
    services,
    token,
    url: (name: ServiceName) => services[name].url,
    /** Kills a service without warning (SIGKILL): no drain, no ack, no final relay pass. */
    kill: async (name: ServiceName) => {
      services[name].process.kill('SIGKILL');
      await new Promise((r) => services[name].process.once('exit', r));
    },
    /** Starts a stopped or killed service again on its port, with the same database and stream. */
    restart: async (name: ServiceName) => {
      services[name] = await startService(name, env, { port: port(name) });
    },
    stop: async () => {
      await Promise.all(Object.values(services).map((s) => s.stop()));
      await otlp.close();
      await deleteTestStreams(messaging.VT_STREAM);
      await db.drop();
    },
  };
}

export { SERVICE_NAMES };
