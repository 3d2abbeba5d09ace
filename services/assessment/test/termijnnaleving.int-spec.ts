import type { Rol } from '@vt/auth';
import { Clock } from '@vt/platform';
import { query } from '@vt/testing';
import { type AssessmentApp, startAssessment } from './assessment-app';

interface Rij {
  regio?: string;
  ontvangenOp: string;
  uiterlijk: string;
  beslotenOp?: string;
  aantal?: number;
}

describe('assessment: GET /api/v1/termijnnaleving (VT-7.2-a, VT-1.3-l)', () => {
  let assessment: AssessmentApp;

  beforeAll(async () => {
    assessment = await startAssessment('naleving', { env: { VT_TERMIJNBEWAKING_INTERVAL_MS: '0' } });
    // Tuesday 10 March 2026, noon in Amsterdam.
    jest.spyOn(assessment.app.get(Clock), 'now').mockReturnValue(new Date('2026-03-10T12:00:00+01:00'));
    const rijen: Rij[] = [
      // 8 decided in time, and one at 23:30 on its last day (Amsterdam), also in time.
      {
        ontvangenOp: '2026-03-02T09:00:00Z',
        uiterlijk: '2026-03-09',
        beslotenOp: '2026-03-06T10:00:00Z',
        aantal: 8,
      },
      { ontvangenOp: '2026-03-02T09:00:00Z', uiterlijk: '2026-03-09', beslotenOp: '2026-03-09T22:30:00Z' },
      // 00:30 the day after in Amsterdam: late.
      { ontvangenOp: '2026-03-02T09:00:00Z', uiterlijk: '2026-03-09', beslotenOp: '2026-03-09T23:30:00Z' },
      // Open and overdue.
      { ontvangenOp: '2026-03-02T09:00:00Z', uiterlijk: '2026-03-09' },
      // Received 00:30 on 1 March in Amsterdam: a March report, still within its term.
      { ontvangenOp: '2026-02-28T23:30:00Z', uiterlijk: '2026-03-12' },
      // February's: not in March's share, but overdue now in the region.
      { ontvangenOp: '2026-02-27T10:00:00Z', uiterlijk: '2026-03-05' },
      // 00:30 on 1 April in Amsterdam (summer time): April's.
      { ontvangenOp: '2026-03-31T22:30:00Z', uiterlijk: '2026-04-08' },
      // Another region's.
      { regio: 'VR08', ontvangenOp: '2026-03-02T09:00:00Z', uiterlijk: '2026-03-09' },
    ];
    for (const r of rijen)
      await query(
        assessment.db.url,
        `insert into assessment.veiligheidsbeoordeling (id, dossier_id, regio, melding_ids, status, ontvangen_op,
           spoed, herbeoordeling, uiterlijk, zicht_op_veiligheid_vanaf, gestart_op, besloten_op)
         select gen_random_uuid(), gen_random_uuid(), $1, '[]', case when $4::timestamptz is null then 'open' else 'besloten' end,
                $2, false, false, $3, $3::date + 1, $2, $4
           from generate_series(1, $5)`,
        [r.regio ?? 'VR07', r.ontvangenOp, r.uiterlijk, r.beslotenOp ?? null, r.aantal ?? 1],
      );
  }, 60_000);

  afterAll(async () => assessment?.stop());

  const lees = async (qs: string, rollen: Rol[] = ['leidinggevende'], regio = 'VR07') =>
    assessment.app.inject({
      method: 'GET',
      url: `/api/v1/termijnnaleving?${qs}`,
      headers: { authorization: `Bearer ${await assessment.token(rollen, regio)}` },
    });

  it('VT-7.2-a: the share decided within 5 working days and the number overdue now, beside the norm of 90 %', async () => {
    const res = await lees('regio=VR07&maand=2026-03');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      regio: 'VR07',
      maand: '2026-03',
      tijdig: 9,
      teLaat: 1,
      verlopenOpen: 1,
      lopend: 1,
      aandeelTijdig: 0.8182,
      voldoetAanNorm: false,
      sectornorm: 0.9,
      verlopenNu: 2,
    });
  });

  it('a month without outcomes has no share, and says so by leaving it out', async () => {
    const res = await lees('regio=VR07&maand=2026-04');
    expect(res.json()).toEqual(expect.objectContaining({ tijdig: 0, lopend: 1, verlopenNu: 2 }));
    expect(res.json()).not.toHaveProperty('aandeelTijdig');
  });

  it('region-scoped: another region → 404', async () => {
    const res = await lees('regio=VR08&maand=2026-03');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it.each([['medewerker'], ['vertrouwensarts'], ['auditor']] as const)(
    'only a leidinggevende: %s → 403',
    async (rol) => {
      expect((await lees('regio=VR07&maand=2026-03', [rol])).statusCode).toBe(403);
    },
  );

  it.each([
    ['maand', 'regio=VR07&maand=2026-13'],
    ['maand', 'regio=VR07&maand=maart'],
    ['maand', 'regio=VR07'],
    ['regio', 'regio=VR99&maand=2026-03'],
    ['regio', 'maand=2026-03'],
  ])('bad input → 400 naming %s (%s)', async (veld, qs) => {
    const res = await lees(qs);
    expect(res.statusCode).toBe(400);
    expect((res.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(veld);
  });
});
