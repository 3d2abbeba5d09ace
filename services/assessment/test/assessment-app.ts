import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Rol } from '@vt/auth';
import { createServiceApp } from '@vt/platform';
import { type MeldingOntvangenV1, meldingOntvangenV1 } from '@vt/contracts';
import { Outbox } from '@vt/messaging';
import {
  connectTestNats,
  createServiceTestApp,
  query,
  type ServiceLader,
  type ServiceTestAppOptions,
  type TestDatabase,
  testMeldingOntvangen,
  until,
} from '@vt/testing';

export interface AssessmentApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  /** A development token with these roles in VR09, or in `regio`. */
  token(rollen: Rol[], regio?: string): Promise<string>;
  /**
   * Publishes intake's `melding-ontvangen` on the stream, as intake's relay would, and resolves once
   * assessment's consumer has handled it (its inbox row is there).
   */
  meldingOntvangen(data?: Partial<MeldingOntvangenV1>): Promise<MeldingOntvangenV1>;
  stop(): Promise<void>;
}

/** The assessment app, imported once the test environment is set. */
export const laadAssessment: ServiceLader = async () => {
  const { AssessmentModule, ASSESSMENT_SERVICE } = await import('../src/assessment.module');
  return createServiceApp(AssessmentModule, ASSESSMENT_SERVICE);
};

/**
 * Assessment in this process on a throwaway database and stream, fed with real events over NATS. The
 * deadline scheduler's timer is off unless `env` turns it on: a spec that wants its events runs a pass.
 */
export async function startAssessment(
  label: string,
  opties: Pick<ServiceTestAppOptions, 'env' | 'naast'> = {},
): Promise<AssessmentApp> {
  const assessment = await createServiceTestApp(laadAssessment, {
    label,
    ...opties,
    env: { VT_TERMIJNBEWAKING_INTERVAL_MS: '0', ...opties.env },
  });
  const { db, env } = assessment;
  const nc = await connectTestNats();
  const outbox = new Outbox({ service: 'intake', subjectPrefix: env.VT_SUBJECT_PREFIX });
  return {
    app: assessment.app,
    db,
    token: (rollen, regio) => assessment.token(rollen, regio),
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
      await nc.close();
      await assessment.stop();
    },
  };
}
