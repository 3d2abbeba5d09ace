import { createLogger, logNiveau, schoneUrl } from './logger';
import { withSpan } from './trace-context';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracingMet, type Tracing } from './tracing';

// These tests read log lines; `npm test` runs everything else with LOG_LEVEL=silent.
process.env.LOG_LEVEL = 'info';

function geheugen() {
  const regels: string[] = [];
  return {
    regels,
    stream: { write: (regel: string) => void regels.push(regel) },
    json: () => regels.map((r) => JSON.parse(r) as Record<string, unknown>),
  };
}

const BSN = '123456782';
const NAAM = 'Jantje Jansen';

describe('createLogger', () => {
  const oudNiveau = process.env.LOG_LEVEL;
  afterEach(() => {
    if (oudNiveau === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = oudNiveau;
  });

  it.each([
    ['depth 1', { bsn: BSN, naam: NAAM, meldingId: 'm-1' }],
    ['depth 2', { melder: { naam: NAAM, type: 'omstander' }, meldingId: 'm-1' }],
    ['depth 3', { huishouden: { personen: [{ voornaam: NAAM, bsn: BSN, rol: 'kind' }] }, meldingId: 'm-1' }],
    ['depth 4', { a: { b: { c: { achternaam: NAAM, bsn: BSN } } }, meldingId: 'm-1' }],
  ])('writes no personal data at %s but keeps the other fields', (_diepte, object) => {
    const m = geheugen();
    createLogger('test', m.stream).info(object, 'melding ontvangen');
    expect(m.regels).toHaveLength(1);
    expect(m.regels[0]).not.toContain(BSN);
    expect(m.regels[0]).not.toContain(NAAM);
    expect(m.regels[0]).toContain('"meldingId":"m-1"');
    expect(m.json()[0]).toMatchObject({
      level: 'info',
      name: 'test',
      msg: 'melding ontvangen',
      meldingId: 'm-1',
    });
  });

  it('cleans errors, child bindings and request/response objects too', () => {
    const m = geheugen();
    const fout = Object.assign(new Error('opslaan mislukt'), { body: { bsn: BSN }, code: 'E1' });
    const log = createLogger('test', m.stream).child({ melder: { naam: NAAM }, dossierId: 'd-1' });
    log.error({ err: fout }, 'mislukt');
    log.info(
      {
        req: {
          id: 'r1',
          method: 'GET',
          url: `/api/v1/x?naam=${encodeURIComponent(NAAM)}&dossierId=d-1`,
          headers: { authorization: 'Bearer geheim.token.x' },
        },
        res: { statusCode: 200, headers: { 'set-cookie': 'sessie=geheim' } },
      },
      'klaar',
    );
    const alles = m.regels.join('');
    for (const geheim of [BSN, 'Jantje', 'geheim']) expect(alles).not.toContain(geheim);
    const [fouten, verzoek] = m.json();
    expect(fouten).toMatchObject({
      dossierId: 'd-1',
      err: { type: 'Error', message: 'opslaan mislukt', code: 'E1' },
    });
    expect(verzoek).toMatchObject({
      req: { id: 'r1', method: 'GET', url: '/api/v1/x?dossierId=d-1' },
      res: { statusCode: 200 },
    });
  });

  it('has pino redact as a second net for what a custom serializer adds', () => {
    const m = geheugen();
    const log = createLogger('test', m.stream).child(
      {},
      { serializers: { extra: () => ({ bsn: BSN, soort: 'x' }) } },
    );
    log.info({ extra: true }, 'met serializer');
    expect(m.regels[0]).not.toContain(BSN);
    expect(m.json()[0]).toMatchObject({ extra: { soort: 'x' } });
  });

  it('honours LOG_LEVEL, including silent, and refuses unknown levels', () => {
    process.env.LOG_LEVEL = 'warn';
    const m = geheugen();
    const log = createLogger('test', m.stream);
    log.info('niet');
    log.warn('wel');
    expect(m.json().map((r) => r.msg)).toEqual(['wel']);

    process.env.LOG_LEVEL = 'silent';
    const stil = geheugen();
    createLogger('test', stil.stream).error('niets');
    expect(stil.regels).toEqual([]);

    expect(() => logNiveau({ LOG_LEVEL: 'luid' })).toThrow(/LOG_LEVEL "luid"/);
    expect(logNiveau({})).toBe('info');
  });
});

describe('trace ids in log lines', () => {
  let tracing: Tracing;
  beforeAll(() => {
    // An exporting set-up at ratio 1, so spans are sampled (without one they are non-recording, flags 00).
    process.env.OTEL_TRACES_SAMPLER_ARG = '1';
    tracing = startTracingMet('observability-test', [new SimpleSpanProcessor(new InMemorySpanExporter())]);
  });
  afterAll(async () => {
    await tracing.shutdown();
    delete process.env.OTEL_TRACES_SAMPLER_ARG;
  });

  it('adds trace_id and span_id of the active span, and none outside one', async () => {
    const m = geheugen();
    const log = createLogger('test', m.stream);
    const ids = await withSpan('werk', {}, async (span) => {
      log.info('binnen');
      await new Promise((resolve) => setImmediate(resolve));
      log.info('na een await');
      return span.spanContext();
    });
    log.info('buiten');
    const [binnen, na, buiten] = m.json();
    expect(binnen).toMatchObject({ trace_id: ids.traceId, span_id: ids.spanId, trace_flags: '01' });
    expect(na).toMatchObject({ trace_id: ids.traceId });
    expect(buiten.trace_id).toBeUndefined();
    expect(ids.traceId).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('schoneUrl', () => {
  it.each([
    ['/a', '/a'],
    ['/a?dossierId=1', '/a?dossierId=1'],
    ['/a?bsn=1', '/a'],
    ['/a?achternaam=x&status=open', '/a?status=open'],
    [undefined, undefined],
  ])('%s → %s', (invoer, uit) => {
    expect(schoneUrl(invoer)).toBe(uit);
  });
});
