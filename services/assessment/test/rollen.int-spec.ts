import { BEHANDELROLLEN, type Rol } from '@vt/auth';
import { type AssessmentApp, startAssessment } from './assessment-app';

/**
 * Contract §1 (auth): a missing role → 403. §1.2: `auditor` reads the access log only and
 * `privacyfunctionaris` handles data-subject requests; neither reads safety assessments.
 */
describe('assessment: GET /api/v1/veiligheidsbeoordelingen needs a case-handling role (contract §1, §1.2)', () => {
  let assessment: AssessmentApp;
  let dossierId: string;

  const get = async (rollen: Rol[]) =>
    assessment.app.inject({
      method: 'GET',
      url: `/api/v1/veiligheidsbeoordelingen?dossierId=${dossierId}`,
      headers: { authorization: `Bearer ${await assessment.token(rollen)}` },
    });

  beforeAll(async () => {
    assessment = await startAssessment('assessrol');
    // The assessment opens the real way: intake's melding-ontvangen event on the stream, handled by the consumer.
    ({ dossierId } = await assessment.meldingOntvangen());
  }, 60_000);

  afterAll(async () => assessment?.stop());

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
    const doc = (await assessment.app.inject({ method: 'GET', url: '/api/docs-json' })).json();
    expect(doc.paths['/veiligheidsbeoordelingen'].get.responses['403']).toMatchObject({
      description: 'Rol ontbreekt',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
  });
});
