import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mintDevToken, type Rol } from '@vt/auth';
import { createServiceApp } from '@vt/platform';
import {
  createTestDatabase,
  deleteTestStreams,
  devSecrets,
  freePort,
  type RunningService,
  startService,
  type TestDatabase,
  testMessagingEnv,
} from '@vt/testing';

/** The employee (`sub`) of every token `IntakeMetKluis.token` makes. */
export const TEST_MEDEWERKER = 'tester';

export interface IntakeMetKluis {
  app: NestFastifyApplication;
  db: TestDatabase;
  /** A development token of `TEST_MEDEWERKER` with these roles in this region (VR13 by default). */
  token(rollen: Rol[], regio?: string): Promise<string>;
  /** Stops the privacy service, so the vault answers nobody (`stop` copes with it being stopped). */
  stopKluis(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Intake in this process on a throwaway database and stream, with the privacy service as a real process
 * beside it: reports go through the vault over real NATS, as in production.
 */
export async function startIntakeMetKluis(label: string): Promise<IntakeMetKluis> {
  const db = await createTestDatabase(label);
  const messaging = testMessagingEnv(label);
  const secrets = devSecrets();
  Object.assign(process.env, secrets, messaging, { DATABASE_URL: db.url });
  let privacy: RunningService | undefined;
  let app: NestFastifyApplication | undefined;
  const stop = async () => {
    await app?.close();
    await privacy?.stop();
    await deleteTestStreams(messaging.VT_STREAM);
    await db.drop();
  };
  try {
    privacy = await startService(
      'privacy',
      { ...secrets, ...messaging, DATABASE_URL: db.url, LOG_LEVEL: 'warn' },
      { port: await freePort() },
    );
    const { IntakeModule, INTAKE_SERVICE } = await import('../src/intake.module');
    app = await createServiceApp(IntakeModule, INTAKE_SERVICE);
    await app.getHttpAdapter().getInstance().ready();
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    app,
    db,
    token: (rollen, regio = 'VR13') =>
      mintDevToken({ sub: TEST_MEDEWERKER, regio, rollen }, secrets.AUTH_JWT_SECRET),
    stopKluis: async () => {
      await privacy?.stop();
      privacy = undefined;
    },
    stop,
  };
}
