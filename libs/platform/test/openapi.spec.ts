import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Body, Controller, Delete, Get, HttpCode, Module, Param, Post, Put, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  ApiCreatedResponse,
  ApiProperty,
  ApiTags,
  type OpenAPIObject,
  type ParameterObject,
  type ResponseObject,
} from '@nestjs/swagger';
import { EVENT_CATALOGUE, schemaViolations } from '@vt/contracts';
import { spectral, type SpectralResult } from '@vt/testing';
import { ApiIdempotencyKey, ApiProblems, asyncApiDocument, openApiDocument } from '../src';

/**
 * `openApiDocument` adds centrally what holds for every route, so that even a controller without a single
 * response decorator passes the NL API Design Rules linter (contract §1, conformance).
 */
const RULESET = join(__dirname, '../openapi/nl-api-design-rules.linter.yaml');

const errors = (results: SpectralResult[]) =>
  results.filter((r) => r.severity === 0).map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);

class ZaakRequest {
  @ApiProperty() omschrijving!: string;
}

class ZaakResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string', format: 'date' }) uiterlijk!: string;
}

/** Routes as a hurried developer writes them: no response, problem or header decorators. */
@Controller('kale-zaken')
class KaleController {
  @Post()
  maak(@Body() _body: ZaakRequest) {
    return {};
  }

  @Get()
  zoek(@Query('dossierId') _dossierId: string) {
    return [];
  }

  @Put(':id')
  vervang(@Param('id') _id: string, @Body() _body: ZaakRequest) {
    return {};
  }

  @Delete(':id')
  @HttpCode(204)
  verwijder(@Param('id') _id: string) {
    return undefined;
  }
}

/** Routes documented the way the services do it. */
@ApiTags('zaken')
@Controller('zaken')
class ZakenController {
  @Post()
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ZaakResponse })
  @ApiProblems([400, 'Ongeldige invoer, per veld'], [422, 'Protocolregel niet voldaan'])
  maak(@Body() _body: ZaakRequest) {
    return {};
  }
}

@Module({ controllers: [KaleController, ZakenController] })
class TestModule {}

describe('openApiDocument: the NL API Design Rules, centrally', () => {
  let app: NestFastifyApplication;
  let doc: OpenAPIObject;
  let dir: string;
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      (['get', 'put', 'post', 'delete', 'patch'] as const).flatMap((m) => {
        const op = item[m];
        return op ? [{ key: `${m} ${path}`, method: m, op }] : [];
      }),
    );

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(TestModule, new FastifyAdapter(), {
      logger: false,
    });
    app.setGlobalPrefix('api/v1');
    await app.init();
    doc = openApiDocument(app, { name: 'test', title: 'Test', description: 'Test', defaultPort: 3999 });
    dir = mkdtempSync(join(tmpdir(), 'vt-openapi-unit-'));
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  });

  it('passes the NL API Design Rules linter with 0 errors', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    expect(errors(await spectral(file, RULESET))).toEqual([]);
  }, 30_000);

  it('documents API-Version on every response, with the major version in the server URL', () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'http://localhost:3999/api/v1' })]);
    expect(doc.info).toMatchObject({ version: '1.0.0', contact: { name: expect.any(String) } });
    expect(doc.components?.headers?.['API-Version']).toBeDefined();
    for (const { key, op } of operations()) {
      for (const [status, r] of Object.entries(op.responses)) {
        expect({ key, status, headers: (r as ResponseObject).headers }).toEqual({
          key,
          status,
          headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
        });
      }
    }
  });

  it('problem+json with the shared Problem schema on every 4xx/5xx; 400 on writes and parametrised reads', () => {
    expect(doc.components?.schemas?.Problem).toMatchObject({
      properties: { type: {}, title: {}, status: {}, detail: {}, errors: {} },
    });
    for (const { key, method, op } of operations()) {
      const statuses = Object.keys(op.responses);
      expect({ key, statuses }).toEqual({ key, statuses: expect.arrayContaining(['400', '401', '500']) });
      if (method !== 'get')
        expect({ key, statuses }).toEqual({ key, statuses: expect.arrayContaining(['409', '422']) });
      for (const status of statuses.filter((s) => /^[45]/.test(s))) {
        expect((op.responses[status] as ResponseObject).content).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        });
      }
    }
    // What the controller said is kept.
    expect(doc.paths['/zaken'].post?.responses['422']).toMatchObject({
      description: 'Protocolregel niet voldaan',
    });
  });

  it('the optional Idempotency-Key header on every write, exactly once', () => {
    for (const { key, method, op } of operations()) {
      const keys = (op.parameters ?? []).filter((p) =>
        '$ref' in p ? p.$ref.endsWith('/Idempotency-Key') : (p as ParameterObject).name === 'Idempotency-Key',
      );
      expect({ key, n: keys.length }).toEqual({ key, n: method === 'get' ? 0 : 1 });
    }
  });

  it('declares the tags the operations use (Nest tags an untagged controller by its name)', () => {
    expect(doc.tags?.map((t) => t.name).sort()).toEqual(['Kale', 'zaken']);
  });
});

describe('asyncApiDocument: AsyncAPI 3.0 from the event catalogue', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vt-asyncapi-unit-'));
    writeFileSync(join(dir, 'ruleset.yaml'), 'extends: ["spectral:asyncapi"]\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['intake', 'assessment', 'privacy'] as const)(
    '%s: one channel per own event, the CloudEvents envelope around its schema, valid AsyncAPI',
    async (service) => {
      const doc = asyncApiDocument(service);
      const own = EVENT_CATALOGUE.filter((d) => d.service === service);
      expect(Object.values(doc.channels).map((c) => c.address)).toEqual(
        expect.arrayContaining(own.map((d) => `vt.{regio}.${service}.${d.gebeurtenis}`)),
      );
      expect(Object.keys(doc.channels)).toHaveLength(new Set(own.map((d) => d.gebeurtenis)).size);
      for (const def of own) {
        const message = doc.channels[def.gebeurtenis].messages[`${def.gebeurtenis}-v${def.versie}`];
        expect(message.payload).toMatchObject({
          properties: { type: { const: def.type }, specversion: { const: '1.0' }, data: def.schema },
        });
        // Spectral does not check AsyncAPI 3 examples: each must match its own message's schemas.
        expect(message.examples.map((e) => (e.payload as { data: unknown }).data)).toEqual(def.examples);
        expect(
          message.examples.flatMap((e) => [
            ...schemaViolations(message.payload, e.payload),
            ...schemaViolations(message.headers, e.headers),
          ]),
        ).toEqual([]);
      }
      const file = join(dir, `${service}.json`);
      writeFileSync(file, JSON.stringify(doc));
      expect(errors(await spectral(file, join(dir, 'ruleset.yaml')))).toEqual([]);
    },
    30_000,
  );

  it('never puts NATS credentials in the document', () => {
    const doc = asyncApiDocument('intake', EVENT_CATALOGUE, {
      NATS_URL: 'nats://vt:geheim@nats.vt.internal:4223',
    });
    expect(doc.servers.nats.host).toBe('nats.vt.internal:4223');
    expect(JSON.stringify(doc)).not.toContain('geheim');
  });
});
