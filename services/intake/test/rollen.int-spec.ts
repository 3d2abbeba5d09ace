import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { BEHANDELROLLEN, type Rol } from '@vt/auth';
import { given } from '@vt/testing';
import { type IntakeMetKluis, startIntakeMetKluis } from './intake-app';

/**
 * Contract §1 (auth): a missing role → 403. §1.2: `auditor` reads the access log only and
 * `privacyfunctionaris` handles data-subject requests; neither reads case records.
 */
describe('intake: the reads need a case-handling role (contract §1, §1.2)', () => {
  let intake: IntakeMetKluis;
  let app: NestFastifyApplication;
  let melding: { meldingId: string; dossierId: string };

  const get = async (url: string, rollen: Rol[]) =>
    app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${await intake.token(rollen)}` } });

  beforeAll(async () => {
    // The report is received the real way, so the reads below hit a stored file of the token's region.
    intake = await startIntakeMetKluis('intakerol');
    ({ app } = intake);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/meldingen',
      headers: {
        authorization: `Bearer ${await intake.token(['medewerker'])}`,
        'content-type': 'application/json',
      },
      payload: given.melding({
        huishouden: { gemeentecode: 'GM0363', personen: [given.persoon({ geboortedatum: undefined })] },
        zorgen: { omschrijving: 'zorgen' },
      }),
    });
    expect(res.statusCode).toBe(201);
    melding = res.json();
  }, 60_000);

  afterAll(async () => intake?.stop());

  const READS = ['GET /api/v1/dossiers/{id}', 'GET /api/v1/meldingen/{id}'] as const;
  const url = (read: (typeof READS)[number], id?: string) =>
    read === 'GET /api/v1/dossiers/{id}'
      ? `/api/v1/dossiers/${id ?? melding.dossierId}`
      : `/api/v1/meldingen/${id ?? melding.meldingId}`;

  const ZONDER_BEHANDELROL = [
    ['auditor', 'reads the access log only'],
    ['privacyfunctionaris', 'handles data-subject requests'],
  ] as const;

  it.each(ZONDER_BEHANDELROL.flatMap(([rol, regel]) => READS.map((read) => [rol, regel, read] as const)))(
    'contract §1: %s %s → 403 on %s',
    async (rol, _regel, read) => {
      const res = await get(url(read), [rol]);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ type: 'urn:vt:problem:403', title: 'Geen toegang', status: 403 });
      // The refusal reveals nothing of the record it was asked for.
      expect(res.body).not.toContain(melding.dossierId);
      expect(res.body).not.toContain('VR13');
    },
  );

  it.each(READS)(
    'contract §1.2: every case-handling role still reads its region’s record (200) and gets 404 for an unknown id on %s',
    async (read) => {
      for (const rol of BEHANDELROLLEN) {
        const res = await get(url(read), [rol]);
        expect({ rol, status: res.statusCode }).toEqual({ rol, status: 200 });
      }
      expect((await get(url(read, randomUUID()), ['medewerker'])).statusCode).toBe(404);
    },
  );

  it('contract §1.2: a case-handling role next to auditor is enough (any of the roles)', async () => {
    for (const read of READS) {
      expect((await get(url(read), ['auditor', 'medewerker'])).statusCode).toBe(200);
    }
  });

  it('contract §1 conformance: the OpenAPI documents the 403 problem on both reads, as on the POST', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs-json' })).json();
    for (const [path, method] of [
      ['/dossiers/{id}', 'get'],
      ['/meldingen/{id}', 'get'],
      ['/meldingen', 'post'],
    ]) {
      expect(doc.paths[path][method].responses['403']).toMatchObject({
        description: 'Rol ontbreekt',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      });
    }
  });
});
