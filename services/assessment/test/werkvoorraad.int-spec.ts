import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rol } from '@vt/auth';
import { Clock } from '@vt/platform';
import { query, spectral } from '@vt/testing';
import { type AssessmentApp, startAssessment } from './assessment-app';

interface Item {
  veiligheidsbeoordelingId: string;
  dossierId: string;
  fase: string;
  uiterlijk: string;
  werkdagenOver: number;
  status: string;
  dossierhouder?: string;
  spoed: boolean;
  herbeoordeling: boolean;
  hermelding: boolean;
  radar: boolean;
  anoniemeMelder: boolean;
  zichtOpVeiligheid: boolean;
}

/** `n` open assessments in `regio` with these deadlines, straight into the table (bulk, as the bench does). */
async function beoordelingen(
  db: string,
  regio: string,
  uiterlijk: string[],
  extra: { dossierhouder?: string; status?: string } = {},
) {
  const rijen = await query<{ id: string }>(
    db,
    `insert into assessment.veiligheidsbeoordeling (id, dossier_id, regio, melding_ids, status, ontvangen_op,
       spoed, herbeoordeling, uiterlijk, zicht_op_veiligheid_vanaf, gestart_op, dossierhouder)
     select gen_random_uuid(), gen_random_uuid(), $1, '[]', $3, '2026-03-02T09:00:00Z', false, false, u::date,
            u::date + 1, '2026-03-02T09:00:01Z', $4
       from unnest($2::text[]) with ordinality as t(u, n) order by n
     returning id`,
    [regio, uiterlijk, extra.status ?? 'open', extra.dossierhouder ?? null],
  );
  return rijen.map((r) => r.id);
}

describe('assessment: GET /api/v1/werkvoorraad (§7, VT-7.2-a, VT-7.3-a, VT-1.3-c)', () => {
  let assessment: AssessmentApp;

  beforeAll(async () => {
    assessment = await startAssessment('werkvoorraad', { env: { VT_TERMIJNBEWAKING_INTERVAL_MS: '0' } });
    // Wednesday 4 March 2026, noon in Amsterdam.
    jest.spyOn(assessment.app.get(Clock), 'now').mockReturnValue(new Date('2026-03-04T12:00:00+01:00'));
  }, 60_000);

  afterAll(async () => assessment?.stop());

  const lees = async (qs: string, regio = 'VR09', rollen: Rol[] = ['medewerker']) =>
    assessment.app.inject({
      method: 'GET',
      url: `/api/v1/werkvoorraad?${qs}`,
      headers: { authorization: `Bearer ${await assessment.token(rollen, regio)}` },
    });
  const items = async (qs: string, regio?: string) => {
    const res = await lees(qs, regio);
    expect(res.statusCode).toBe(200);
    return (res.json() as { items: Item[] }).items;
  };

  it('VT-7.2-a: the most urgent legal deadline first, never by number, with working days left and status', async () => {
    const [opTijd, verlopen, bijna, vandaag] = await beoordelingen(assessment.db.url, 'VR01', [
      '2026-03-09',
      '2026-03-03',
      '2026-03-05',
      '2026-03-04',
    ]);
    expect(
      (await items('weergave=team', 'VR01')).map((i) => [
        i.veiligheidsbeoordelingId,
        i.werkdagenOver,
        i.status,
      ]),
    ).toEqual([
      [verlopen, -1, 'verlopen'],
      [vandaag, 0, 'bijna'],
      [bijna, 1, 'bijna'],
      [opTijd, 3, 'op-tijd'],
    ]);
    expect(
      (await items('weergave=team&status=bijna', 'VR01')).map((i) => i.veiligheidsbeoordelingId),
    ).toEqual([vandaag, bijna]);
    expect((await items('weergave=team&status=verlopen', 'VR01')).map((i) => i.uiterlijk)).toEqual([
      '2026-03-03',
    ]);
    expect((await items('weergave=team&status=op-tijd', 'VR01')).map((i) => i.uiterlijk)).toEqual([
      '2026-03-09',
    ]);
  });

  it('VT-2.2.1-f: mijn, niet-toegewezen, team and alle are the views a case worker expects', async () => {
    const [mijn] = await beoordelingen(assessment.db.url, 'VR02', ['2026-03-06'], {
      dossierhouder: 'tester',
    });
    const [collega] = await beoordelingen(assessment.db.url, 'VR02', ['2026-03-05'], {
      dossierhouder: 'mw-2',
    });
    const [vrij] = await beoordelingen(assessment.db.url, 'VR02', ['2026-03-09']);
    const [besloten] = await beoordelingen(assessment.db.url, 'VR02', ['2026-03-04'], { status: 'besloten' });
    const ids = async (qs: string) => (await items(qs, 'VR02')).map((i) => i.veiligheidsbeoordelingId);
    expect(await ids('weergave=mijn')).toEqual([mijn]);
    expect(await ids('weergave=niet-toegewezen')).toEqual([vrij]);
    expect(await ids('weergave=team')).toEqual([collega, mijn, vrij]);
    expect(await ids('weergave=alle')).toEqual([besloten, collega, mijn, vrij]);
    expect(await ids('weergave=team&dossierhouder=mw-2')).toEqual([collega]);
    const [rij] = await items('weergave=mijn', 'VR02');
    expect(rij).toMatchObject({ dossierhouder: 'tester', fase: 'veiligheidsbeoordeling' });
    expect((await items('weergave=alle', 'VR02'))[0]).toMatchObject({ fase: 'besloten' });
  });

  it("VT-1.3-c / VT-B1-b / VT-7.3-a: the indicators come from intake's report", async () => {
    const hermelding = await assessment.meldingOntvangen({
      regio: 'VR03',
      eerdereDossiers: [randomUUID()],
      anonimiteit: 'tov-directbetrokkenen',
      veiligheidsbeoordelingUiterlijk: '2026-03-09',
      zichtOpVeiligheidUiterlijk: '2026-03-10',
    });
    const spoed = await assessment.meldingOntvangen({
      regio: 'VR03',
      spoed: true,
      veiligheidsbeoordelingUiterlijk: '2026-03-10',
      zichtOpVeiligheidUiterlijk: '2026-03-03',
    });
    const rijen = await items('weergave=team', 'VR03');
    expect(rijen).toEqual([
      expect.objectContaining({
        dossierId: hermelding.dossierId,
        hermelding: true,
        radar: true,
        anoniemeMelder: true,
        spoed: false,
        zichtOpVeiligheid: false,
        herbeoordeling: false,
      }),
      expect.objectContaining({
        dossierId: spoed.dossierId,
        hermelding: false,
        radar: false,
        anoniemeMelder: false,
        spoed: true,
        zichtOpVeiligheid: true,
      }),
    ]);
    expect((await items('weergave=team&spoed=true', 'VR03')).map((i) => i.dossierId)).toEqual([
      spoed.dossierId,
    ]);
    expect((await items('weergave=team&hermelding=true&radar=true', 'VR03')).map((i) => i.dossierId)).toEqual(
      [hermelding.dossierId],
    );
    expect((await items('weergave=team&zichtOpVeiligheid=false', 'VR03')).map((i) => i.dossierId)).toEqual([
      hermelding.dossierId,
    ]);
  });

  it('cursor pagination: every row once, in order, also when a more urgent one arrives between pages', async () => {
    const deadlines = Array.from({ length: 23 }, (_, i) => `2026-03-${String(5 + (i % 7)).padStart(2, '0')}`);
    await beoordelingen(assessment.db.url, 'VR04', deadlines);
    const gezien: Item[] = [];
    let cursor: string | undefined;
    let paginas = 0;
    do {
      const res = await lees(`weergave=team&limiet=5${cursor ? `&cursor=${cursor}` : ''}`, 'VR04');
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: Item[]; volgende?: string };
      expect(body.items.length).toBeLessThanOrEqual(5);
      gezien.push(...body.items);
      cursor = body.volgende;
      // Inserted after the first page: before the cursor, so it neither shifts nor repeats the rest.
      if (paginas++ === 0) await beoordelingen(assessment.db.url, 'VR04', ['2026-03-04']);
    } while (cursor);
    expect(paginas).toBe(5);
    expect(gezien).toHaveLength(23);
    expect(new Set(gezien.map((i) => i.veiligheidsbeoordelingId)).size).toBe(23);
    expect(gezien.map((i) => i.uiterlijk)).toEqual([...deadlines].sort());
  });

  it('region-scoped: a region sees its own worklist only', async () => {
    await beoordelingen(assessment.db.url, 'VR05', ['2026-03-05']);
    expect(await items('weergave=alle', 'VR05')).toHaveLength(1);
    expect(await items('weergave=alle', 'VR06')).toEqual([]);
  });

  it.each([
    ['weergave', 'weergave=iedereen'],
    ['weergave', 'status=bijna'],
    ['status', 'weergave=team&status=laat'],
    ['spoed', 'weergave=team&spoed=misschien'],
    ['limiet', 'weergave=team&limiet=0'],
    ['limiet', 'weergave=team&limiet=201'],
    ['limiet', 'weergave=team&limiet=tien'],
    ['dossierhouder', 'weergave=team&dossierhouder=iemand%40example.org'],
    ['cursor', 'weergave=team&cursor=bm9nIGVlbiBrZWVy'],
    ['sorteer', 'weergave=team&sorteer=nummer'],
  ])('a bad filter → 400 naming %s (%s)', async (veld, qs) => {
    const res = await lees(qs);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((res.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(veld);
  });

  it.each([['auditor'], ['privacyfunctionaris']] as const)('contract §1.2: %s → 403', async (rol) => {
    const res = await lees('weergave=team', 'VR09', [rol]);
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('contract §1 conformance: the OpenAPI document passes the NL API Design Rules linter', async () => {
    const doc = (await assessment.app.inject({ method: 'GET', url: '/api/docs-json' })).json();
    expect(doc.paths['/werkvoorraad'].get.responses['400']).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'vt-werkvoorraad-'));
    try {
      const file = join(dir, 'assessment.openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const fouten = (await spectral(file)).filter((r) => r.severity === 0);
      expect(fouten.map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('nothing is written by a read: no event, no row', async () => {
    const [voor] = await query<{ n: number }>(
      assessment.db.url,
      'select count(*)::int as n from assessment.outbox',
    );
    await lees('weergave=alle');
    await lees('weergave=team&spoed=misschien');
    const [na] = await query<{ n: number }>(
      assessment.db.url,
      'select count(*)::int as n from assessment.outbox',
    );
    expect(na.n).toBe(voor.n);
  });
});
