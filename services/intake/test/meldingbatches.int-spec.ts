import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { given, query, type TestDatabase, testBsn, until } from '@vt/testing';
import { type IntakeMetKluis, startIntakeMetKluis } from './intake-app';

/** A police report (VT-6.4-a) about a new child in Amsterdam (VR13); the agent's contact details are fictitious. */
function politiemelding(personen = [given.persoon()], overrides: Record<string, unknown> = {}) {
  return {
    ...given.melding({
      kanaal: 'digitaal',
      melder: {
        type: 'politie',
        naam: undefined,
        meldcodePlichtig: undefined,
        instelling: 'Politie Eenheid Amsterdam',
        telefoon: '0900-8844',
        email: 'wijkagent@politie.invalid',
      },
      huishouden: { gemeentecode: 'GM0363', personen },
      zorgen: { omschrijving: 'zorgmelding van de politie' },
    }),
    ...overrides,
  };
}

interface Batch {
  id: string;
  status: string;
  aantal: number;
  wachtend: number;
  opgeslagen: number;
  geweigerd: number;
  items: {
    volgnummer: number;
    status: string;
    meldingId?: string;
    dossierId?: string;
    probleem?: { type: string; status: number; errors?: { field: string }[] };
  }[];
  volgendeCursor?: number;
}

describe('intake: POST /api/v1/meldingbatches — police batches against real PostgreSQL, NATS and the vault', () => {
  let intake: IntakeMetKluis;
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let token: string;

  beforeAll(async () => {
    intake = await startIntakeMetKluis('batch');
    ({ db, app } = intake);
    token = await intake.token(['medewerker']);
  }, 60_000);

  afterAll(async () => intake?.stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/meldingbatches',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      payload: JSON.stringify(body),
    });

  const haal = async (id: string, qs = '', metToken = token) =>
    app.inject({
      method: 'GET',
      url: `/api/v1/meldingbatches/${id}${qs}`,
      headers: { authorization: `Bearer ${metToken}` },
    });

  /** The job once every item is stored or refused. */
  const voltooid = (id: string, qs = '') =>
    until(async () => {
      const b = (await haal(id, qs)).json() as Batch;
      return b.status === 'voltooid' ? b : undefined;
    }, 30_000);

  const tel = async (sql: string, params: unknown[] = []) =>
    Number((await query<{ n: string }>(db.url, sql, params))[0].n);

  it('VT-6.4-a: a batch answers 202 with the job and its Location; every item is stored with its report and file', async () => {
    const res = await post([politiemelding(), politiemelding(), politiemelding()]);
    expect(res.statusCode).toBe(202);
    const job = res.json() as Batch;
    expect(job).toMatchObject({
      status: 'in-behandeling',
      aantal: 3,
      wachtend: 3,
      opgeslagen: 0,
      geweigerd: 0,
    });
    expect(res.headers.location).toBe(`/api/v1/meldingbatches/${job.id}`);
    const klaar = await voltooid(job.id);
    expect(klaar).toMatchObject({ aantal: 3, wachtend: 0, opgeslagen: 3, geweigerd: 0 });
    const ids = klaar.items.map((i) => i.meldingId);
    const meldingen = await query<{ id: string; dossier_id: string; melder_type: string; kanaal: string }>(
      db.url,
      'select id, dossier_id, melder_type, kanaal from intake.melding where id = any($1) order by id',
      [ids],
    );
    expect(meldingen).toHaveLength(3);
    expect(meldingen.every((m) => m.melder_type === 'politie' && m.kanaal === 'digitaal')).toBe(true);
    expect(new Set(klaar.items.map((i) => i.dossierId)).size).toBe(3);
    // The vault destroyed the sealed copies that waited for the worker: rows gone, data keys shredded.
    expect(
      await tel(
        `select count(*) as n from privacy.aantekening where soort = 'meldingbatch.inhoud' and dossier_id = $1`,
        [job.id],
      ),
    ).toBe(0);
    expect(
      await tel(
        `select count(*) as n from privacy_keys.data_key where eigenaar_soort = 'aantekening' and vernietigd_op is not null and wrapped is null`,
      ),
    ).toBeGreaterThanOrEqual(3);
    // One melding-ontvangen and one dossier-geopend per report, written with it.
    expect(
      await tel(
        `select count(*) as n from intake.outbox where type like '%melding-ontvangen%' and payload::jsonb->'data'->>'meldingId' = any($1)`,
        [ids],
      ),
    ).toBe(3);
  });

  it('VT-6.4-a: one bad item never refuses the others; its problem names the field or the rule, and nothing of it is stored', async () => {
    const [meldingen, personen] = [
      await tel('select count(*) as n from intake.melding'),
      await tel('select count(*) as n from privacy.persoon'),
    ];
    const res = await post([
      politiemelding(),
      politiemelding([given.persoon()], { zorgen: { omschrijving: 'x', schaalvraag: 11 } }),
      { ...politiemelding(), melder: { type: 'professional', naam: 'Iemand', telefoon: '06' } },
      politiemelding([given.persoon()], {
        huishouden: { gemeentecode: 'GM9999', personen: [given.persoon()] },
      }),
      politiemelding([given.persoon()], { melder: { type: 'politie', instelling: 'Politie' } }),
      'geen melding',
      politiemelding(),
    ]);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ aantal: 7, wachtend: 2, geweigerd: 5 });
    const klaar = await voltooid((res.json() as Batch).id);
    expect(klaar.items.map((i) => i.status)).toEqual([
      'opgeslagen',
      'geweigerd',
      'geweigerd',
      'geweigerd',
      'geweigerd',
      'geweigerd',
      'opgeslagen',
    ]);
    const probleem = (n: number) => klaar.items[n].probleem;
    expect(probleem(1)).toMatchObject({ status: 400, errors: [{ field: 'zorgen.schaalvraag' }] });
    expect(probleem(2)).toMatchObject({ status: 400, errors: [{ field: 'melder.type' }] });
    expect(probleem(3)).toMatchObject({ status: 400, errors: [{ field: 'huishouden.gemeentecode' }] });
    expect(probleem(4)).toMatchObject({
      status: 422,
      type: 'urn:vt:VT-6.0-a',
      errors: [{ field: 'melder.telefoon' }],
    });
    expect(probleem(5)).toMatchObject({ status: 400, errors: [{ field: 'melding' }] });
    expect(
      klaar.items.filter((i) => i.status === 'geweigerd').every((i) => !i.meldingId && !i.dossierId),
    ).toBe(true);
    // Two reports, their two children and their two (police) reporters; nothing of the refused ones.
    expect(await tel('select count(*) as n from intake.melding')).toBe(meldingen + 2);
    expect(await tel('select count(*) as n from privacy.persoon')).toBe(personen + 4);
  });

  it.each([
    ['not an array', { meldingen: [] }],
    ['an empty array', []],
    ['more than 1,000 items', Array.from({ length: 1001 }, () => ({}))],
  ])('a body that is %s is a 400 for the whole request, and no job is stored', async (_naam, body) => {
    const jobs = await tel('select count(*) as n from intake.meldingbatch');
    const res = await post(body);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ errors: [{ field: 'body' }] });
    expect(await tel('select count(*) as n from intake.meldingbatch')).toBe(jobs);
  });

  it('VT-6.6-a: items about the same household within one batch join one file, also across chunks', async () => {
    const kind = {
      rol: 'kind',
      voornaam: 'Eén',
      achternaam: 'Gezin',
      geboortedatum: '2016-01-02',
      bsn: testBsn(),
    };
    const zus = {
      rol: 'kind',
      voornaam: 'Zus',
      achternaam: 'Gezin',
      geboortedatum: '2018-03-04',
      bsn: testBsn(),
    };
    // Chunks of 100: items 0 and 1 in the first, 150 in the second (the first is committed by then).
    const items = Array.from({ length: 151 }, () => politiemelding());
    items[0] = politiemelding([{ ...kind }]);
    items[1] = politiemelding([{ ...zus }, { ...kind }]);
    items[150] = politiemelding([{ ...zus }]);
    const res = await post(items);
    expect(res.statusCode).toBe(202);
    const id = (res.json() as Batch).id;
    const eerste = await voltooid(id, '?limiet=2');
    const laatste = ((await haal(id, '?cursor=150')).json() as Batch).items[0];
    expect(eerste.items[1].dossierId).toBe(eerste.items[0].dossierId);
    expect(laatste.dossierId).toBe(eerste.items[0].dossierId);
    const dossiers = await query<{ id: string }>(
      db.url,
      'select distinct dossier_id as id from intake.melding where id = any($1)',
      [[eerste.items[0].meldingId, eerste.items[1].meldingId, laatste.meldingId]],
    );
    expect(dossiers).toHaveLength(1);
    // One dossier-geopend for the household's file; the two that joined it announce no file of their own.
    expect(
      await tel(
        `select count(*) as n from intake.outbox where type like '%dossier-geopend%' and payload::jsonb->>'subject' = $1`,
        [dossiers[0].id],
      ),
    ).toBe(1);
    const lopend = await query<{ lopend: string }>(
      db.url,
      `select payload::jsonb->'data'->>'lopendDossier' as lopend from intake.outbox
        where type like '%melding-ontvangen%' and payload::jsonb->>'subject' = $1 order by created_at`,
      [dossiers[0].id],
    );
    expect(lopend.map((r) => r.lopend)).toEqual(['false', 'true', 'true']);
  }, 60_000);

  it('Idempotency-Key: a resubmitted batch answers the first job and stores no item twice', async () => {
    const body = [politiemelding(), politiemelding()];
    const sleutel = { 'idempotency-key': `batch-${testBsn()}` };
    const eerste = await post(body, sleutel);
    expect(eerste.statusCode).toBe(202);
    const id = (eerste.json() as Batch).id;
    await voltooid(id);
    const opnieuw = await post(body, sleutel);
    expect(opnieuw.statusCode).toBe(202);
    expect((opnieuw.json() as Batch).id).toBe(id);
    expect(await tel('select count(*) as n from intake.meldingbatch where id = $1', [id])).toBe(1);
    expect(
      await tel('select count(*) as n from intake.meldingbatch_item where meldingbatch_id = $1', [id]),
    ).toBe(2);
    const klaar = await voltooid(id);
    expect(
      await tel('select count(*) as n from intake.melding where id = any($1)', [
        klaar.items.map((i) => i.meldingId),
      ]),
    ).toBe(2);
  });

  it('paging: the items come a page at a time with a cursor to the next page', async () => {
    const res = await post(Array.from({ length: 5 }, () => politiemelding()));
    const id = (res.json() as Batch).id;
    await voltooid(id);
    const p1 = (await haal(id, '?limiet=2')).json() as Batch;
    expect(p1.items.map((i) => i.volgnummer)).toEqual([0, 1]);
    expect(p1.volgendeCursor).toBe(2);
    const p3 = (await haal(id, '?limiet=2&cursor=4')).json() as Batch;
    expect(p3.items.map((i) => i.volgnummer)).toEqual([4]);
    expect(p3.volgendeCursor).toBeUndefined();
    expect((await haal(id, '?limiet=0')).statusCode).toBe(400);
  });

  it('reads are region-scoped: a job of another region is a 404', async () => {
    const res = await post([politiemelding()]);
    const id = (res.json() as Batch).id;
    expect((await haal(id, '', await intake.token(['medewerker'], 'VR09'))).statusCode).toBe(404);
    expect((await haal('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('VT-11.2-a / privacy: intake keeps no contact details, names or texts of a police report, neither waiting nor stored', async () => {
    const res = await post([politiemelding([given.persoon({ achternaam: 'Kanarie' })])]);
    const id = (res.json() as Batch).id;
    const wachtend = await query<{ rij: string }>(
      db.url,
      'select row_to_json(i)::text as rij from intake.meldingbatch_item i where meldingbatch_id = $1',
      [id],
    );
    await voltooid(id);
    const rijen = [
      ...wachtend.map((r) => r.rij),
      ...(
        await query<{ rij: string }>(
          db.url,
          `select row_to_json(t)::text as rij from (
          select * from intake.meldingbatch_item where meldingbatch_id = $1) t`,
          [id],
        )
      ).map((r) => r.rij),
      ...(await query<{ rij: string }>(db.url, 'select payload::text as rij from intake.outbox')).map(
        (r) => r.rij,
      ),
      (await haal(id)).body,
    ].join('\n');
    for (const geheim of [
      '0900-8844',
      'wijkagent@politie.invalid',
      'Kanarie',
      'zorgmelding van de politie',
    ]) {
      expect(rijen).not.toContain(geheim);
    }
  });
});
