import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformFileSync } from '@swc/core';

// Module patching and the exporter's dynamic import('http') do not work inside Jest's VM, so this runs the
// compiled library in a real Node process, the way a service's main.ts does.
const REPO = join(__dirname, '..', '..', '..');

function compileer(): string {
  const uit = mkdtempSync(join(tmpdir(), 'vt-observability-'));
  for (const bestand of readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.includes('.spec.'))) {
    const { code } = transformFileSync(join(__dirname, bestand), {
      swcrc: false,
      jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true } },
      module: { type: 'commonjs' },
    });
    writeFileSync(join(uit, bestand.replace(/\.ts$/, '.js')), code);
  }
  return uit;
}

const SCRIPT = `
const http = require('node:http');
const cache = () => Object.keys(require.cache).map((k) => k.replace(/.*node_modules\\//, ''));
const obs = require(process.env.VT_OBS);
const vooraf = { nestCore: cache().some((k) => k.startsWith('@nestjs/core/')), pg: cache().some((k) => k.startsWith('pg/')) };
const tracing = obs.startTracing('intake');
const nestGepatcht = require('@nestjs/core/nest-factory.js').NestFactoryStatic.prototype.create.__wrapped === true;
const api = require('@opentelemetry/api');
const server = http.createServer((req, res) =>
  res.end(JSON.stringify({ traceId: obs.currentTraceId() ?? 'geen', opgenomen: api.trace.getActiveSpan()?.isRecording() })));
server.listen(0, '127.0.0.1', async () => {
  const poort = server.address().port;
  const ouder = process.env.VT_TRACEPARENT ? obs.extractTraceContext({ traceparent: process.env.VT_TRACEPARENT }) : undefined;
  const { traceId, opServer } = await obs.withSpan('melding ontvangen', { parent: ouder }, async (span) => {
    const opServer = await new Promise((resolve) => http.get('http://127.0.0.1:' + poort + process.env.VT_PAD, (r) => {
      let b = ''; r.on('data', (d) => (b += d)); r.on('end', () => resolve(JSON.parse(b)));
    }));
    return { traceId: span.spanContext().traceId, opServer };
  });
  server.close();
  await tracing.shutdown();
  process.stdout.write(JSON.stringify({ vooraf, nestGepatcht, traceId, opServer }));
});
`;

function draai(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', SCRIPT],
      {
        cwd: REPO,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_PATH: join(REPO, 'node_modules'),
          LOG_LEVEL: 'warn',
          ...env,
        },
      },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
    );
  });
}

describe('startTracing in a real process', () => {
  let map: string;
  let collector: Server;
  const ontvangen: { pad?: string; type?: string; body: string }[] = [];

  beforeAll(async () => {
    map = compileer();
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        ontvangen.push({ pad: req.url, type: req.headers['content-type'], body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    rmSync(map, { recursive: true, force: true });
    await new Promise((resolve) => collector.close(resolve));
  });
  beforeEach(() => {
    ontvangen.length = 0;
  });

  it('instruments http and Nest, propagates over HTTP and exports OTLP/HTTP JSON with the service name', async () => {
    const { port } = collector.address() as AddressInfo;
    const uit = JSON.parse(
      await draai({
        VT_OBS: join(map, 'index.js'),
        VT_PAD: '/api/v1/x?bsn=123456782&voornaam=Jantje&dossierId=d-1',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
        OTEL_SERVICE_NAME: 'intake-test',
        OTEL_BSP_SCHEDULE_DELAY: '20',
        OTEL_TRACES_SAMPLER_ARG: '1',
      }),
    ) as {
      vooraf: { nestCore: boolean; pg: boolean };
      nestGepatcht: boolean;
      traceId: string;
      opServer: { traceId: string; opgenomen: boolean };
    };

    // Importing the library must not load what it is meant to instrument.
    expect(uit.vooraf).toEqual({ nestCore: false, pg: false });
    expect(uit.nestGepatcht).toBe(true);
    // The server span continued the client's trace: traceparent went over the wire.
    expect(uit.opServer).toEqual({ traceId: uit.traceId, opgenomen: true });

    const traces = ontvangen.filter((o) => o.pad === '/v1/traces');
    expect(traces.length).toBeGreaterThan(0);
    expect(traces[0].type).toMatch(/^application\/json/);
    const alles = traces.map((t) => t.body).join('');
    expect(alles).toContain('"melding ontvangen"');
    expect(alles).toMatch(/"key":"service.name","value":\{"stringValue":"intake-test"\}/);
    expect(alles).toContain(`"kind":2`); // SERVER
    expect(alles).toContain(`"kind":3`); // CLIENT
    expect(alles).not.toMatch(/123456782|Jantje/);
    expect(alles).toContain('dossierId=d-1');
  });

  it('exports nothing without an endpoint and records no span, yet still makes and passes on trace ids', async () => {
    const uit = JSON.parse(await draai({ VT_OBS: join(map, 'index.js'), VT_PAD: '/x' })) as {
      nestGepatcht: boolean;
      traceId: string;
      opServer: { traceId: string; opgenomen: boolean };
    };
    expect(uit.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(uit.opServer).toEqual({ traceId: uit.traceId, opgenomen: false });
    // Nest (and pg) instrumentation only makes spans: without an exporter it is not installed at all.
    expect(uit.nestGepatcht).toBe(false);
    expect(ontvangen).toEqual([]);
  });

  it('samples as OTEL_TRACES_SAMPLER=parentbased_traceidratio says: a sampled parent is kept at ratio 0', async () => {
    const { port } = collector.address() as AddressInfo;
    const env = {
      VT_OBS: join(map, 'index.js'),
      VT_PAD: '/x',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_BSP_SCHEDULE_DELAY: '20',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0',
    };
    const wortel = JSON.parse(await draai(env)) as { opServer: { opgenomen: boolean } };
    expect(wortel.opServer.opgenomen).toBe(false);
    expect(ontvangen.filter((o) => o.pad === '/v1/traces')).toEqual([]);

    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const kind = JSON.parse(await draai({ ...env, VT_TRACEPARENT: `00-${traceId}-00f067aa0ba902b7-01` })) as {
      opServer: { traceId: string; opgenomen: boolean };
    };
    expect(kind.opServer).toEqual({ traceId, opgenomen: true });
    expect(
      ontvangen
        .filter((o) => o.pad === '/v1/traces')
        .map((o) => o.body)
        .join(''),
    ).toContain(traceId);
  });
});
