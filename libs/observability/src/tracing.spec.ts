import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { currentTraceId, extractTraceContext, injectTraceContext, withSpan } from './trace-context';
import { STANDAARD_RATIO, startTracing, startTracingMet, tracingInstellingen, type Tracing } from './tracing';

const OTEL_VARIABELEN = [
  'OTEL_SDK_DISABLED',
  'OTEL_SERVICE_NAME',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
  'OTEL_TRACES_EXPORTER',
  'OTEL_BSP_SCHEDULE_DELAY',
  'OTEL_TRACES_SAMPLER',
  'OTEL_TRACES_SAMPLER_ARG',
];

/** Sets OTEL_* variables for one test and puts the old values back afterwards. */
function metOmgeving(waarden: Record<string, string>): () => void {
  const oud = Object.fromEntries(OTEL_VARIABELEN.map((k) => [k, process.env[k]]));
  for (const k of OTEL_VARIABELEN) delete process.env[k];
  Object.assign(process.env, waarden);
  return () => {
    for (const [k, v] of Object.entries(oud)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

describe('tracingInstellingen', () => {
  it.each([
    [{}, { uitgeschakeld: false, serviceNaam: 'intake', otlp: false, ratio: STANDAARD_RATIO }],
    [{ OTEL_SERVICE_NAME: 'intake-eu' }, { serviceNaam: 'intake-eu' }],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, { otlp: true }],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }, { otlp: true }],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_TRACES_EXPORTER: 'none' }, { otlp: false }],
    [{ OTEL_SDK_DISABLED: 'TRUE' }, { uitgeschakeld: true }],
    [{ OTEL_SDK_DISABLED: 'false' }, { uitgeschakeld: false }],
    [{ OTEL_TRACES_SAMPLER_ARG: '1' }, { ratio: 1 }],
    [{ OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.25' }, { ratio: 0.25 }],
    [{ OTEL_TRACES_SAMPLER: 'parentbased_traceidratio' }, { ratio: STANDAARD_RATIO }],
    [{ OTEL_TRACES_SAMPLER_ARG: ' ' }, { ratio: STANDAARD_RATIO }],
    [{ OTEL_TRACES_SAMPLER_ARG: '2' }, { ratio: STANDAARD_RATIO }],
    [{ OTEL_TRACES_SAMPLER_ARG: 'alles' }, { ratio: STANDAARD_RATIO }],
    [{ OTEL_TRACES_SAMPLER: 'always_on', OTEL_TRACES_SAMPLER_ARG: '0.5' }, { ratio: undefined }],
  ])('%j', (env, verwacht) => {
    expect(tracingInstellingen('intake', env)).toMatchObject(verwacht);
  });
});

describe('spans and propagation (SDK without exporter, in-memory processor, ratio 1)', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let herstel: () => void;
  beforeAll(() => {
    herstel = metOmgeving({ OTEL_TRACES_SAMPLER_ARG: '1' });
    tracing = startTracingMet('test', [new SimpleSpanProcessor(exporter)]);
  });
  afterAll(async () => {
    await tracing.shutdown();
    herstel();
  });
  beforeEach(() => exporter.reset());

  it('ends the span, sets kind and attributes, and leaves the status unset on success', async () => {
    const uit = await withSpan(
      'werk',
      { kind: SpanKind.CONSUMER, attributes: { 'messaging.system': 'nats' } },
      async () => 42,
    );
    expect(uit).toBe(42);
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({
      name: 'werk',
      kind: SpanKind.CONSUMER,
      attributes: { 'messaging.system': 'nats' },
    });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.resource.attributes['service.name']).toBe('test');
  });

  it('marks a failure as an error and records the type and frames, never the message', async () => {
    await expect(
      withSpan('mislukt', {}, async () => {
        throw new TypeError('kon Jantje Jansen (123456782) niet opslaan');
      }),
    ).rejects.toThrow(TypeError);
    const [span] = exporter.getFinishedSpans();
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'TypeError' });
    expect(span.events[0].name).toBe('exception');
    expect(span.events[0].attributes).toMatchObject({ 'exception.type': 'TypeError' });
    expect(span.events[0].attributes?.['exception.stacktrace']).toMatch(/^\s+at /);
    expect(
      JSON.stringify({ events: span.events, status: span.status, attributes: span.attributes }),
    ).not.toMatch(/Jansen|123456782/);
  });

  it('nests spans and exposes the current trace id', async () => {
    expect(currentTraceId()).toBeUndefined();
    await withSpan('buiten', {}, async (buiten) => {
      expect(currentTraceId()).toBe(buiten.spanContext().traceId);
      await withSpan('binnen', {}, async (binnen) => {
        expect(binnen.spanContext().traceId).toBe(buiten.spanContext().traceId);
      });
    });
    const [binnen, buiten] = exporter.getFinishedSpans();
    expect(binnen.parentSpanContext?.spanId).toBe(buiten.spanContext().spanId);
  });

  it('carries the trace id through inject and extract, as over NATS headers', async () => {
    const { headers, traceId } = await withSpan('publish', { kind: SpanKind.PRODUCER }, async (span) => ({
      headers: injectTraceContext({ 'Nats-Msg-Id': 'e-1' }),
      traceId: span.spanContext().traceId,
    }));
    expect(headers['Nats-Msg-Id']).toBe('e-1');
    expect(headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

    const ontvangen = await withSpan(
      'process',
      { kind: SpanKind.CONSUMER, parent: extractTraceContext(headers) },
      async (span) => ({
        traceId: span.spanContext().traceId,
        viaActief: currentTraceId(),
      }),
    );
    expect(ontvangen).toEqual({ traceId, viaActief: traceId });
    const consumer = exporter.getFinishedSpans().find((s) => s.name === 'process');
    expect(consumer?.parentSpanContext?.spanId).toBe(headers.traceparent.split('-')[2]);
  });

  it('starts a fresh trace when the carrier has no or a broken traceparent', async () => {
    for (const carrier of [{}, { traceparent: undefined }, { traceparent: 'onzin' }]) {
      const ctx = extractTraceContext(carrier);
      expect(trace.getSpanContext(ctx)).toBeUndefined();
      const id = await withSpan('x', { parent: ctx }, async (span) => span.spanContext().traceId);
      expect(id).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('injects nothing outside a span', () => {
    expect(injectTraceContext({})).toEqual({});
  });

  it('returns the running instance when started twice', () => {
    expect(startTracing('nog-een')).toBe(tracing);
  });
});

describe('sampling when OTEL_TRACES_SAMPLER_ARG is unset', () => {
  it('keeps about one new trace in ten, and every trace whose caller sampled it', async () => {
    const herstel = metOmgeving({});
    const exporter = new InMemorySpanExporter();
    const tracing = startTracingMet('intake', [new SimpleSpanProcessor(exporter)]);
    try {
      for (let i = 0; i < 1000; i++) await withSpan('melding ontvangen', {}, async () => undefined);
      // Binomial(1000, 0.1): 100 ± 9.5, so 50–150 fails only for a wrong ratio.
      expect(exporter.getFinishedSpans().length).toBeGreaterThanOrEqual(50);
      expect(exporter.getFinishedSpans().length).toBeLessThanOrEqual(150);

      exporter.reset();
      for (let i = 0; i < 20; i++) {
        const parent = extractTraceContext({
          traceparent: `00-${i.toString(16).padStart(32, 'a')}-00f067aa0ba902b7-01`,
        });
        await withSpan('melding ontvangen', { parent }, async () => undefined);
      }
      expect(exporter.getFinishedSpans()).toHaveLength(20);
    } finally {
      await tracing.shutdown();
      herstel();
    }
  });
});

describe('startTracing without an exporter', () => {
  it('records no span, yet an incoming traceparent reaches what is passed on (outbox rows, RPC headers)', async () => {
    const herstel = metOmgeving({});
    const tracing = startTracing('intake');
    try {
      const binnen = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
      const uit = await withSpan(
        'melding ontvangen',
        { parent: extractTraceContext({ traceparent: binnen }) },
        async (span) => ({
          opgenomen: span.isRecording(),
          genest: await withSpan('vault', {}, async (kind) => kind.isRecording()),
          headers: injectTraceContext({}),
          traceId: currentTraceId(),
        }),
      );
      expect(uit.opgenomen).toBe(false);
      expect(uit.genest).toBe(false);
      expect(uit.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
      expect(uit.headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-0[01]$/);
      // A request without traceparent still gets a trace id for its log lines.
      expect(await withSpan('x', {}, async () => currentTraceId())).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      await tracing.shutdown();
      herstel();
    }
  });
});

describe('startTracing with OTEL_SDK_DISABLED=true', () => {
  it('does nothing and makes no spans', async () => {
    const herstel = metOmgeving({ OTEL_SDK_DISABLED: 'true' });
    try {
      const tracing = startTracing('intake');
      const id = await withSpan('x', {}, async () => currentTraceId());
      expect(id).toBeUndefined();
      expect(injectTraceContext({})).toEqual({});
      await tracing.shutdown();
    } finally {
      herstel();
    }
  });
});
