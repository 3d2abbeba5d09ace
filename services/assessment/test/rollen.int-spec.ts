import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { BEHANDELROLLEN, mintDevToken, type Rol } from '@vt/auth';
import { meldingOntvangenV1 } from '@vt/contracts';
import { createServiceApp } from '@vt/http';
import { Outbox } from '@vt/messaging';
import {
  connectTestNats,
  createTestDatabase,
  deleteTestStreams,
  devSecrets,
  query,
  type TestDatabase,
  testMessagingEnv,
  until,
} from '@vt/testing';

/**
 * Contract §1 (auth): a missing role → 403. §1.2: `auditor` reads the access log only and
 * `privacyfunctionaris` handles data-subject requests; neither reads safety assessments.
 */
describe('assessment: GET /api/v1/veiligheidsbeoordelingen needs a case-handling role (contract §1, §1.2)', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  const dossierId = randomUUID();
  const messaging = testMessagingEnv('assessrol');
  const secrets = devSecrets();
  const url = `/api/v1/veiligheidsbeoordelingen?dossierId=${dossierId}`;

  const get = async (rollen: Rol[]) => {
    const token = await mintDevToken(
      { sub: `rol-${rollen.join('-')}`, regio: 'VR09', rollen },
      secrets.AUTH_JWT_SECRET,
    );
    return app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  };

  beforeAll(async () => {
    db = await createTestDatabase('assessrol');
    Object.assign(process.env, secrets, messaging, { DATABASE_URL: db.url });
    const { AssessmentModule, ASSESSMENT_SERVICE } = await import('../src/assessment.module');
    app = await createServiceApp(AssessmentModule, ASSESSMENT_SERVICE);
    await app.getHttpAdapter().getInstance().ready();
    // The assessment opens the real way: intake's melding-ontvangen event on the stream, handled by the consumer.
    const meldingId = randomUUID();
    const event = new Outbox({ service: 'intake', subjectPrefix: messaging.VT_SUBJECT_PREFIX }).bericht(
      meldingOntvangenV1,
      {
        regio: 'VR09',
        subject: dossierId,
        data: {
          meldingId,
          dossierId,
          regio: 'VR09',
          ontvangenOp: new Date().toISOString(),
          spoed: false,
          status: 'in-behandeling',
          melderType: 'professional',
          anonimiteit: 'geen',
          lopendDossier: false,
          veiligheidsbeoordelingUiterlijk: '2026-12-07',
          zichtOpVeiligheidUiterlijk: '2026-12-08',
        },
      },
    );
    const nc = await connectTestNats();
    try {
      await nc.jetstream().publish(event.subject, event.payload, { msgID: event.id });
    } finally {
      await nc.close();
    }
    await until(async () =>
      (
        await query(db.url, 'select 1 from assessment.veiligheidsbeoordeling where dossier_id = $1', [
          dossierId,
        ])
      ).length === 1
        ? true
        : undefined,
    );
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await deleteTestStreams(messaging.VT_STREAM);
    await db?.drop();
  });

  it.each([
    ['auditor', 'reads the access log only'],
    ['privacyfunctionaris', 'handles data-subject requests'],
  ] as const)(
    'contract §1: %s %s → 403 on GET /api/v1/veiligheidsbeoordelingen?dossierId=',
    async (rol, _regel) => {
      const res = await get([rol]);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ type: 'urn:vt:problem:403', title: 'Geen toegang', status: 403 });
      // The refusal reveals nothing of the file it was asked about.
      expect(res.body).not.toContain(dossierId);
    },
  );

  it('contract §1.2: every case-handling role still reads the assessments of its region (200)', async () => {
    for (const rol of BEHANDELROLLEN) {
      const res = await get([rol]);
      expect({ rol, status: res.statusCode }).toEqual({ rol, status: 200 });
      expect(res.json()).toEqual([expect.objectContaining({ dossierId, status: 'open' })]);
    }
    expect((await get(['auditor', 'medewerker'])).statusCode).toBe(200);
  });

  it('contract §1 conformance: the OpenAPI documents the 403 problem on the read', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs-json' })).json();
    expect(doc.paths['/veiligheidsbeoordelingen'].get.responses['403']).toMatchObject({
      description: 'Rol ontbreekt',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
  });
});
