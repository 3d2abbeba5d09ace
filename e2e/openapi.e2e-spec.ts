import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_CATALOGUE } from '@vt/contracts';
import { spectral, type SpectralResult } from '@vt/testing';
import { type Platform, SERVICE_NAMES, startPlatform } from './src/platform';

/**
 * Contract §1 "docs" and "conformance": every service serves its OpenAPI document, the UI and its AsyncAPI
 * document without auth, and the OpenAPI document passes the NL API Design Rules linter with 0 errors.
 */
const API_VERSION = '1.0.0';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

type OpenApi = {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean }[] }>>;
};

const show = (r: SpectralResult) => `${r.code} at ${r.path.join('.')}: ${r.message}`;
const summary = (what: string, errors: SpectralResult[], warnings: SpectralResult[]) =>
  [
    `${what}: ${errors.length} error(s), ${warnings.length} warning(s)`,
    ...[...errors, ...warnings].map((r) => `  ${show(r)}`),
  ].join('\n');

describe('contract §1 docs and conformance: OpenAPI, AsyncAPI and the NL API Design Rules', () => {
  let p: Platform;
  let token: string;
  let dir: string;
  const docs = {} as Record<(typeof SERVICE_NAMES)[number], OpenApi>;
  const report: string[] = [];

  beforeAll(async () => {
    p = await startPlatform('openapi');
    token = await p.token('VR09', ['medewerker']);
    dir = mkdtempSync(join(tmpdir(), 'vt-openapi-'));
    // Spectral's own AsyncAPI ruleset (bundled, offline): the AsyncAPI 3.0 JSON schema and good practice.
    writeFileSync(join(dir, 'asyncapi.ruleset.yaml'), 'extends: ["spectral:asyncapi"]\n');
  }, 120_000);

  afterAll(async () => {
    if (report.length)
      console.log(`Linter results (errors fail the test, warnings do not):\n${report.join('\n')}`);
    if (dir) rmSync(dir, { recursive: true, force: true });
    await p?.stop();
  }, 60_000);

  /**
   * Every operation the service documents, called with ids and required query values that are not valid
   * (so nothing is found or changed) and an empty JSON body for writes; read after the OpenAPI test ran.
   */
  function operaties(service: (typeof SERVICE_NAMES)[number]) {
    const ongeldig = 'geen-uuid';
    return Object.entries(docs[service].paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([m]) => HTTP_METHODS.includes(m))
        .map(([method, op]) => {
          const query = (op.parameters ?? []).filter((q) => q.in === 'query' && q.required);
          const qs = query.length ? `?${query.map((q) => `${q.name}=${ongeldig}`).join('&')}` : '';
          const url = `${p.url(service)}/api/v1${path.replace(/\{[^}]+\}/g, ongeldig)}${qs}`;
          const zonderBody = method === 'get' || method === 'delete';
          const verzoek = (bearer?: string) =>
            fetch(url, {
              method: method.toUpperCase(),
              headers: {
                ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
                ...(zonderBody ? {} : { 'content-type': 'application/json' }),
              },
              ...(zonderBody ? {} : { body: '{}' }),
            });
          return { op: `${method} ${path}`, verzoek };
        }),
    );
  }

  describe.each(SERVICE_NAMES)('%s', (service) => {
    it('serves its OpenAPI 3 document at /api/docs-json without auth, with API-Version', async () => {
      const res = await fetch(`${p.url(service)}/api/docs-json`);
      expect(res.status).toBe(200);
      expect(res.headers.get('api-version')).toBe(API_VERSION);
      const doc = (await res.json()) as OpenApi & { openapi: string; servers: { url: string }[] };
      expect(doc.openapi).toMatch(/^3\./);
      expect(doc.servers.map((s) => s.url)).toEqual([expect.stringMatching(/\/api\/v1$/)]);
      expect(Object.keys(doc.paths).some((k) => k.includes('asyncapi') || k.includes('docs'))).toBe(false);
      docs[service] = doc;
    });

    it('the OpenAPI document passes the NL API Design Rules linter with 0 errors', async () => {
      const file = join(dir, `${service}.openapi.json`);
      writeFileSync(file, JSON.stringify(docs[service], null, 2));
      const results = await spectral(file);
      const errors = results.filter((r) => r.severity === 0);
      const warnings = results.filter((r) => r.severity === 1);
      report.push(summary(`${service} OpenAPI (NL API Design Rules)`, errors, warnings));
      expect(errors.map(show)).toEqual([]);
    });

    it('serves the OpenAPI UI at /api/docs without auth', async () => {
      const res = await fetch(`${p.url(service)}/api/docs`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('api-version')).toBe(API_VERSION);
    });

    it('serves AsyncAPI for its own events at /api/asyncapi.json without auth', async () => {
      const res = await fetch(`${p.url(service)}/api/asyncapi.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(res.headers.get('api-version')).toBe(API_VERSION);
      const doc = (await res.json()) as {
        asyncapi: string;
        info: { title: string; version: string };
        channels: Record<string, { address: string; messages: Record<string, { payload: unknown }> }>;
        operations: Record<string, { action: string; channel: { $ref: string } }>;
      };
      expect(doc.asyncapi).toMatch(/^3\.0\.\d+$/);
      expect(doc.info.version).toBe(API_VERSION);
      const own = EVENT_CATALOGUE.filter((d) => d.service === service);
      const channels = Object.values(doc.channels ?? {});
      expect(channels.map((c) => c.address).sort()).toEqual(
        own.map((d) => `vt.{regio}.${service}.${d.gebeurtenis}`).sort(),
      );
      for (const def of own) {
        const channel = channels.find((c) => c.address === `vt.{regio}.${service}.${def.gebeurtenis}`);
        const envelope = Object.values(channel?.messages ?? {})
          .map((m) => m.payload as { properties: Record<string, unknown>; required: string[] })
          .find((pl) => (pl.properties.type as { const?: string }).const === def.type);
        expect(envelope).toMatchObject({
          required: expect.arrayContaining(['specversion', 'id', 'source', 'type', 'data']),
          properties: { data: def.schema },
        });
      }
      expect(Object.values(doc.operations ?? {}).every((o) => o.action === 'send')).toBe(true);
      expect(Object.keys(doc.operations ?? {})).toHaveLength(channels.length);

      const file = join(dir, `${service}.asyncapi.json`);
      writeFileSync(file, JSON.stringify(doc, null, 2));
      const results = await spectral(file, join(dir, 'asyncapi.ruleset.yaml'));
      const errors = results.filter((r) => r.severity === 0);
      report.push(
        summary(
          `${service} AsyncAPI (spectral:asyncapi)`,
          errors,
          results.filter((r) => r.severity === 1),
        ),
      );
      expect(errors.map(show)).toEqual([]);
    });

    it('every response carries API-Version: docs, health, errors and every documented operation', async () => {
      const base = p.url(service);
      const urls = ['/health/live', '/health/ready', '/api/docs-json', '/api/v1/bestaat-niet'];
      for (const path of urls) {
        const res = await fetch(`${base}${path}`);
        expect({ path, version: res.headers.get('api-version') }).toEqual({ path, version: API_VERSION });
      }
      // Each documented operation, without a token and with a token but invalid input.
      for (const { op, verzoek } of operaties(service)) {
        for (const auth of [false, true]) {
          const res = await verzoek(auth ? token : undefined);
          await res.arrayBuffer();
          const seen = {
            op,
            auth,
            status: res.status,
            version: res.headers.get('api-version'),
            type: res.headers.get('content-type'),
          };
          // Without a token 401; with one, invalid input is refused (400), or the role or record is (403, 404).
          const expected = auth ? [400, 403, 404] : [401];
          expect({ ...seen, expected: expected.includes(res.status) }).toEqual({
            ...seen,
            expected: true,
            version: API_VERSION,
            type: expect.stringMatching(/^application\/problem\+json/),
          });
        }
      }
    });
  });

  it('contract §1.2: an auditor reads the access log only → 403 problem on every other documented operation', async () => {
    const auditor = await p.token('VR09', ['auditor']);
    const gezien: { op: string; status: number; type: unknown }[] = [];
    for (const service of SERVICE_NAMES) {
      for (const { op, verzoek } of operaties(service).filter((o) => !o.op.includes('toegangslog'))) {
        const res = await verzoek(auditor);
        const body = (await res.json()) as { type?: unknown };
        gezien.push({ op: `${service}: ${op}`, status: res.status, type: body.type });
      }
    }
    expect(gezien.length).toBeGreaterThan(0);
    expect(gezien).toEqual(
      gezien.map(({ op }) => ({ op, status: 403, type: expect.stringMatching(/^urn:vt:problem:/) })),
    );
  });
});
