import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from 'class-transformer';
import { IsArray, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { BEHANDELROLLEN, Rollen } from '@vt/auth';
import { OngeldigeInvoer } from '@vt/contracts';
import { createServiceTestApp, query, type ServiceTestApp, type TestDatabase } from '@vt/testing';
import { createServiceApp } from '../src/bootstrap';
import { platformTestModule } from './platform-test-module';

const SCHEMA = 'probhttp';

class PersoonRequest {
  @IsString()
  @Matches(/^\d{9}$/, { message: 'bsn heeft 9 cijfers' })
  bsn!: string;
}

class HuishoudenRequest {
  @IsString()
  @Length(6, 6, { message: 'gemeentecode heeft 6 tekens' })
  @Matches(/^GM\d{4}$/, { message: 'gemeentecode heeft de vorm GM0000' })
  gemeentecode!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PersoonRequest)
  personen!: PersoonRequest[];
}

class ZaakRequest {
  @IsString()
  @Length(1, 10, { message: 'kenmerk heeft 1 tot 10 tekens' })
  kenmerk!: string;

  @ValidateNested()
  @Type(() => HuishoudenRequest)
  huishouden!: HuishoudenRequest;
}

/** Counts what got past the interceptor and the pipes, so a test can see that a refusal stored nothing. */
const verwerkt: string[] = [];

@Rollen(...BEHANDELROLLEN)
@Controller('zaken')
class ZakenController {
  @Post()
  @HttpCode(201)
  maak(@Body() body: ZaakRequest) {
    verwerkt.push(body.kenmerk);
    return { kenmerk: body.kenmerk };
  }

  /** Domain code that finds bad input itself (not DTO validation) throws `OngeldigeInvoer`. */
  @Post('domein')
  domein() {
    throw new OngeldigeInvoer([
      { field: 'huishouden.gemeentecode', message: 'onbekende gemeentecode' },
      { field: 'huishouden.gemeentecode', message: 'gemeente is opgeheven' },
      { field: 'kenmerk', message: 'kenmerk is al in gebruik' },
    ]);
  }
}

/** The entries of a problem with each message's parts sorted: the order of one field's checks is class-validator's. */
const perVeld = (errors: { field: string; message: string }[]) =>
  errors.map(({ field, message }) => ({ field, messages: message.split('; ').sort() }));

const geldig = (kenmerk = 'Z-1') => ({
  kenmerk,
  huishouden: { gemeentecode: 'GM0363', personen: [{ bsn: '123456782' }] },
});

describe('http: problem responses follow contract §1 (errors) and ADR 0008', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let token: string;
  let probhttp: ServiceTestApp;

  beforeAll(async () => {
    probhttp = await createServiceTestApp(
      async () =>
        createServiceApp(platformTestModule(SCHEMA, [ZakenController]), {
          name: 'probhttp',
          title: 'problems',
          description: 'problems',
          defaultPort: 0,
        }),
      { label: 'probhttp', regio: 'VR13' },
    );
    ({ app, db } = probhttp);
    token = await probhttp.token(['medewerker']);
  }, 60_000);

  afterAll(async () => probhttp?.stop());

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      payload: JSON.stringify(body),
    });

  const sleutels = async () =>
    Number(
      (await query<{ n: string }>(db.url, `select count(*) as n from "${SCHEMA}"."idempotency_key"`))[0].n,
    );

  it('contract §1: invalid input → 400 with one entry per offending field, its failed checks joined in one message', async () => {
    const res = await post('/api/v1/zaken', {
      kenmerk: 'veel-te-lang-kenmerk',
      huishouden: { gemeentecode: 'X', personen: [{ bsn: 12 }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem).toMatchObject({
      type: 'urn:vt:problem:ongeldige-invoer',
      title: 'Ongeldige invoer',
      status: 400,
    });
    expect(perVeld(problem.errors)).toEqual([
      { field: 'kenmerk', messages: ['kenmerk heeft 1 tot 10 tekens'] },
      {
        field: 'huishouden.gemeentecode',
        messages: ['gemeentecode heeft 6 tekens', 'gemeentecode heeft de vorm GM0000'],
      },
      { field: 'huishouden.personen.0.bsn', messages: ['bsn heeft 9 cijfers', 'bsn must be a string'] },
    ]);
  });

  it('contract §1: one entry for a field that fails two checks, one plain entry for a field that fails one', async () => {
    const res = await post('/api/v1/zaken', {
      ...geldig(),
      huishouden: { ...geldig().huishouden, gemeentecode: 'GM03' },
    });
    expect(res.statusCode).toBe(400);
    expect(perVeld(res.json().errors)).toEqual([
      {
        field: 'huishouden.gemeentecode',
        messages: ['gemeentecode heeft 6 tekens', 'gemeentecode heeft de vorm GM0000'],
      },
    ]);
    const eenCheck = await post('/api/v1/zaken', { ...geldig(), kenmerk: '' });
    expect(eenCheck.json().errors).toEqual([{ field: 'kenmerk', message: 'kenmerk heeft 1 tot 10 tekens' }]);
  });

  it('contract §1: invalid input that domain code finds (OngeldigeInvoer) → 400 with one entry per offending field', async () => {
    const res = await post('/api/v1/zaken/domein', {});
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ type: 'urn:vt:problem:ongeldige-invoer', status: 400 });
    expect(res.json().errors).toEqual([
      { field: 'huishouden.gemeentecode', message: 'onbekende gemeentecode; gemeente is opgeheven' },
      { field: 'kenmerk', message: 'kenmerk is al in gebruik' },
    ]);
  });

  it.each([
    ['longer than 200 characters', 'k'.repeat(201)],
    ['empty', ''],
  ])(
    'contract §1: an Idempotency-Key header that is %s is invalid input → 400 with an errors entry for Idempotency-Key, and nothing is stored',
    async (_soort, sleutel) => {
      const vooraf = { verwerkt: verwerkt.length, sleutels: await sleutels() };
      const res = await post('/api/v1/zaken', geldig(), { 'idempotency-key': sleutel });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        type: 'urn:vt:problem:ongeldige-invoer',
        title: 'Ongeldige invoer',
        status: 400,
        errors: [{ field: 'Idempotency-Key', message: expect.stringContaining('1 tot 200 tekens') }],
      });
      expect(res.json().errors).toHaveLength(1);
      expect(verwerkt.length).toBe(vooraf.verwerkt);
      expect(await sleutels()).toBe(vooraf.sleutels);
    },
  );

  it('contract §1: an Idempotency-Key of exactly 200 characters is accepted', async () => {
    const res = await post('/api/v1/zaken', geldig(), { 'idempotency-key': 'k'.repeat(200) });
    expect(res.statusCode).toBe(201);
  });

  it('ADR 0008: the same Idempotency-Key with another body → 422 with its own problem type and title, not a protocol rule', async () => {
    const eerste = await post('/api/v1/zaken', geldig('Z-2'), { 'idempotency-key': 'zaak-hergebruik-1' });
    expect(eerste.statusCode).toBe(201);
    const vooraf = verwerkt.length;
    const res = await post('/api/v1/zaken', geldig('Z-3'), { 'idempotency-key': 'zaak-hergebruik-1' });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toEqual({
      type: 'urn:vt:problem:idempotency-key-hergebruikt',
      title: 'Idempotency-Key hoort bij een ander verzoek',
      status: 422,
      detail: 'deze Idempotency-Key is al gebruikt voor een verzoek met een andere body',
    });
    expect(verwerkt.length).toBe(vooraf);
    const herhaald = await post('/api/v1/zaken', geldig('Z-2'), { 'idempotency-key': 'zaak-hergebruik-1' });
    expect(herhaald.statusCode).toBe(201);
    expect(herhaald.json()).toEqual(eerste.json());
  });
});
