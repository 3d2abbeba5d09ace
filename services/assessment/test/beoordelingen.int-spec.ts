import { randomUUID } from 'node:crypto';
import { type AssessmentApp, startAssessment } from './assessment-app';

describe('assessment: a safety assessment per report taken into treatment (§6.6, §6.9, §7)', () => {
  let assessment: AssessmentApp;

  beforeAll(async () => {
    assessment = await startAssessment('beoordeling');
  }, 60_000);

  afterAll(async () => assessment?.stop());

  const beoordelingen = async (dossierId: string) => {
    const res = await assessment.app.inject({
      method: 'GET',
      url: `/api/v1/veiligheidsbeoordelingen?dossierId=${dossierId}`,
      headers: { authorization: `Bearer ${await assessment.token(['medewerker'])}` },
    });
    expect(res.statusCode).toBe(200);
    return res.json() as { meldingIds: string[]; herbeoordeling: boolean }[];
  };

  it('VT-6.6-b: a new report on a file that has an assessment opens a re-assessment', async () => {
    const dossierId = randomUUID();
    const eerste = await assessment.meldingOntvangen({ dossierId });
    const tweede = await assessment.meldingOntvangen({ dossierId, lopendDossier: true });
    expect(await beoordelingen(dossierId)).toEqual([
      expect.objectContaining({ meldingIds: [eerste.meldingId], herbeoordeling: false }),
      expect.objectContaining({ meldingIds: [tweede.meldingId], herbeoordeling: true }),
    ]);
  });

  it('VT-6.5.2-a / VT-6.6-b: a report joining a file whose only report waits for the manager opens its first assessment, not a re-assessment', async () => {
    const dossierId = randomUUID();
    await assessment.meldingOntvangen({
      dossierId,
      status: 'niet-in-behandeling',
      anonimiteit: 'tov-veilig-thuis',
      melderType: 'omstander',
    });
    expect(await beoordelingen(dossierId)).toEqual([]);
    const tweede = await assessment.meldingOntvangen({ dossierId, lopendDossier: true });
    expect(await beoordelingen(dossierId)).toEqual([
      expect.objectContaining({ meldingIds: [tweede.meldingId], herbeoordeling: false }),
    ]);
  });
});
