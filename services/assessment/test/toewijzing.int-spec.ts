import { randomUUID } from 'node:crypto';
import type { Rol } from '@vt/auth';
import { query, TEST_SUB } from '@vt/testing';
import { type AssessmentApp, startAssessment } from './assessment-app';

/**
 * Assignment (§7, VT-2.2.1-f): a `leidinggevende` assigns an assessment to its file holder and may reassign
 * it with a reason, which the real privacy vault (a process beside the app) seals.
 */
describe('assessment: POST /api/v1/veiligheidsbeoordelingen/{id}/toewijzing (VT-2.2.1-f)', () => {
  let assessment: AssessmentApp;

  beforeAll(async () => {
    assessment = await startAssessment('toewijzing', {
      naast: ['privacy'],
      env: { VT_TERMIJNBEWAKING_INTERVAL_MS: '0' },
    });
  }, 90_000);

  afterAll(async () => assessment?.stop());

  const beoordeling = async () => {
    const m = await assessment.meldingOntvangen({ dossierId: randomUUID() });
    const [rij] = await query<{ id: string }>(
      assessment.db.url,
      'select id from assessment.veiligheidsbeoordeling where dossier_id = $1',
      [m.dossierId],
    );
    return rij.id;
  };

  const wijsToe = async (id: string, body: unknown, rollen: Rol[] = ['leidinggevende'], regio = 'VR09') =>
    assessment.app.inject({
      method: 'POST',
      url: `/api/v1/veiligheidsbeoordelingen/${id}/toewijzing`,
      headers: { authorization: `Bearer ${await assessment.token(rollen, regio)}` },
      payload: body as Record<string, unknown>,
    });

  /** What this service stored and announced about the assessment. */
  const sporen = async (id: string) => ({
    toewijzingen: await query<{ dossierhouder: string; vorige: string | null; reden: string | null }>(
      assessment.db.url,
      `select dossierhouder, vorige_dossierhouder as vorige, reden_ref::text as reden from assessment.toewijzing
        where veiligheidsbeoordeling_id = $1 order by toegewezen_op`,
      [id],
    ),
    events: await query<{ data: Record<string, unknown> }>(
      assessment.db.url,
      `select payload::jsonb -> 'data' as data from assessment.outbox
        where type = 'nl.veiligthuis.assessment.veiligheidsbeoordeling-toegewezen.v1'
          and payload::jsonb -> 'data' ->> 'veiligheidsbeoordelingId' = $1 order by created_at`,
      [id],
    ),
  });

  it('VT-2.2.1-f: assigns, shows it on the worker’s worklist, and reassigns with a reason kept in the vault', async () => {
    const id = await beoordeling();
    const eerste = await wijsToe(id, { dossierhouder: TEST_SUB });
    expect(eerste.statusCode).toBe(201);
    expect(eerste.json()).toMatchObject({ veiligheidsbeoordelingId: id, dossierhouder: TEST_SUB });
    const mijn = await assessment.app.inject({
      method: 'GET',
      url: '/api/v1/werkvoorraad?weergave=mijn',
      headers: { authorization: `Bearer ${await assessment.token(['medewerker'])}` },
    });
    expect(mijn.json().items).toEqual([
      expect.objectContaining({ veiligheidsbeoordelingId: id, dossierhouder: TEST_SUB }),
    ]);

    const reden = 'Verzonnen reden: de dossierhouder is met verlof';
    const tweede = await wijsToe(id, { dossierhouder: 'mw-0519', reden });
    expect(tweede.statusCode).toBe(201);
    const { redenRef } = tweede.json() as { redenRef: string };
    expect(redenRef).toMatch(/^[0-9a-f-]{36}$/);
    const s = await sporen(id);
    expect(s.toewijzingen).toEqual([
      { dossierhouder: TEST_SUB, vorige: null, reden: null },
      { dossierhouder: 'mw-0519', vorige: TEST_SUB, reden: redenRef },
    ]);
    expect(s.events.map((e) => e.data)).toEqual([
      expect.objectContaining({ dossierhouder: TEST_SUB, toegewezenDoor: TEST_SUB }),
      expect.objectContaining({ dossierhouder: 'mw-0519', vorigeDossierhouder: TEST_SUB, redenRef }),
    ]);
    // The reason itself is nowhere in this service's schema.
    const [{ n }] = await query<{ n: number }>(
      assessment.db.url,
      `select (select count(*) from assessment.outbox where payload like '%verlof%')
            + (select count(*) from assessment.toewijzing t where t::text like '%verlof%')
            + (select count(*) from assessment.idempotency_key where antwoord::text like '%verlof%') as n`,
    );
    expect(Number(n)).toBe(0);
  });

  it('VT-2.2.1-f: a reassignment without a reason → 422 naming reden; nothing stored, no event', async () => {
    const id = await beoordeling();
    expect((await wijsToe(id, { dossierhouder: 'mw-1' })).statusCode).toBe(201);
    const res = await wijsToe(id, { dossierhouder: 'mw-2' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      type: 'urn:vt:VT-2.2.1-f',
      errors: [expect.objectContaining({ field: 'reden' })],
    });
    const s = await sporen(id);
    expect(s.toewijzingen).toHaveLength(1);
    expect(s.events).toHaveLength(1);
  });

  it.each([
    ['a medewerker', ['medewerker'] as Rol[], 'VR09', 403],
    ["another region's leidinggevende", ['leidinggevende'] as Rol[], 'VR17', 404],
  ])('%s: %j in %s → %d; nothing stored, no event', async (_wie, rollen, regio, status) => {
    const id = await beoordeling();
    const res = await wijsToe(id, { dossierhouder: 'mw-1' }, rollen, regio);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await sporen(id)).toEqual({ toewijzingen: [], events: [] });
  });

  it.each([
    ['dossierhouder', { dossierhouder: 'iemand@example.org' }],
    ['dossierhouder', {}],
    ['reden', { dossierhouder: 'mw-1', reden: '   ' }],
    ['naam', { dossierhouder: 'mw-1', naam: 'x' }],
  ])('bad input → 400 naming %s; nothing stored', async (veld, body) => {
    const id = await beoordeling();
    const res = await wijsToe(id, body);
    expect(res.statusCode).toBe(400);
    expect((res.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(veld);
    expect(await sporen(id)).toEqual({ toewijzingen: [], events: [] });
  });

  it('an unknown assessment → 404, a decided one or the same worker again → 409', async () => {
    expect((await wijsToe(randomUUID(), { dossierhouder: 'mw-1' })).statusCode).toBe(404);
    expect((await wijsToe('geen-uuid', { dossierhouder: 'mw-1' })).statusCode).toBe(400);
    const id = await beoordeling();
    expect((await wijsToe(id, { dossierhouder: 'mw-1' })).statusCode).toBe(201);
    expect((await wijsToe(id, { dossierhouder: 'mw-1' })).statusCode).toBe(409);
    await query(
      assessment.db.url,
      `update assessment.veiligheidsbeoordeling set status = 'besloten' where id = $1`,
      [id],
    );
    expect((await wijsToe(id, { dossierhouder: 'mw-2', reden: 'Verzonnen' })).statusCode).toBe(409);
    expect((await sporen(id)).toewijzingen).toHaveLength(1);
  });
});
