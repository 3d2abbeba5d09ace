import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mintDevToken, type Rol } from '@vt/auth';
import { type MeldingOntvangenV1, meldingOntvangenV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/platform';
import { Outbox } from '@vt/messaging';
import {
  connectTestNats,
  createTestDatabase,
  deleteTestStreams,
  devSecrets,
  query,
  type TestDatabase,
  testMeldingOntvangen,
  testMessagingEnv,
  until,
} from '@vt/testing';

export interface AssessmentApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  /** A development token with these roles in VR09. */
  token(rollen: Rol[]): Promise<string>;
  /**
   * Publishes intake's `melding-ontvangen` on the stream, as intake's relay would, and resolves once
   * assessment's consumer has handled it (its inbox row is there).
   */
  meldingOntvangen(data?: Partial<MeldingOntvangenV1>): Promise<MeldingOntvangenV1>;
  stop(): Promise<void>;
}

/** Assessment in this process on a throwaway database and stream, fed with real events over NATS. */
export async function startAssessment(label: string): Promise<AssessmentApp> {
  const db = await createTestDatabase(label);
  const messaging = testMessagingEnv(label);
  const secrets = devSecrets();
  Object.assign(process.env, secrets, messaging, { DATABASE_URL: db.url });
  const { AssessmentModule, ASSESSMENT_SERVICE } = await import('../src/assessment.module');
  const app = await createServiceApp(AssessmentModule, ASSESSMENT_SERVICE);
  await app.getHttpAdapter().getInstance().ready();
  const nc = await connectTestNats();
  const outbox = new Outbox({ service: 'intake', subjectPrefix: messaging.VT_SUBJECT_PREFIX });
  return {
    app,
    db,
    token: (rollen) => mintDevToken({ sub: 'tester', regio: 'VR09', rollen }, secrets.AUTH_JWT_SECRET),
    async meldingOntvangen(overrides = {}) {
      const data = testMeldingOntvangen({ melderType: 'professional', ...overrides });
      const event = outbox.bericht(meldingOntvangenV1, { regio: data.regio, subject: data.dossierId, data });
      await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
      await until(async () =>
        (await query(db.url, 'select 1 from assessment.inbox where event_id = $1', [event.id])).length > 0
          ? true
          : undefined,
      );
      return data;
    },
    async stop() {
      await app.close();
      await nc.close();
      await deleteTestStreams(messaging.VT_STREAM);
      await db.drop();
    },
  };
}
