import { randomUUID } from 'node:crypto';
import { query } from '@vt/testing';
import { veiligheidsbeoordelingTermijnen, Werkdagkalender } from '@vt/werkdagen';
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

  it("VT-7.2-a / VT-7.3-a: an assessment stores intake's deadlines, never its own calendar's", async () => {
    // Assessment runs the default calendar; intake's has 4 March 2026 as an extra day off.
    const intakeKalender = new Werkdagkalender({ extraDagen: ['2026-03-04'] });
    const ontvangenOp = new Date('2026-03-02T10:00:00+01:00');
    const t = veiligheidsbeoordelingTermijnen(intakeKalender, ontvangenOp, false);
    expect(t).toEqual({ uiterlijk: '2026-03-10', zichtOpVeiligheidVanaf: '2026-03-11' });
    const melding = await assessment.meldingOntvangen({
      ontvangenOp: ontvangenOp.toISOString(),
      veiligheidsbeoordelingUiterlijk: t.uiterlijk,
      zichtOpVeiligheidUiterlijk: t.zichtOpVeiligheidVanaf,
    });
    const rijen = await query<{ uiterlijk: string; zicht: string }>(
      assessment.db.url,
      `select to_char(uiterlijk, 'YYYY-MM-DD') as uiterlijk, to_char(zicht_op_veiligheid_vanaf, 'YYYY-MM-DD') as zicht
         from assessment.veiligheidsbeoordeling where dossier_id = $1`,
      [melding.dossierId],
    );
    expect(rijen).toEqual([{ uiterlijk: '2026-03-10', zicht: '2026-03-11' }]);
    const gestart = await query<{ uiterlijk: string }>(
      assessment.db.url,
      `select payload::jsonb -> 'data' ->> 'uiterlijk' as uiterlijk from assessment.outbox
        where type like '%veiligheidsbeoordeling-gestart%' and payload::jsonb -> 'data' ->> 'dossierId' = $1`,
      [melding.dossierId],
    );
    expect(gestart).toEqual([{ uiterlijk: '2026-03-10' }]);
  });
});
