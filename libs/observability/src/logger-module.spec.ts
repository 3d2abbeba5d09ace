import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, PinoLogger } from 'nestjs-pino';
import { loggerModule } from './logger';

// These tests read log lines; `npm test` runs everything else with LOG_LEVEL=silent.
process.env.LOG_LEVEL = 'info';

const BSN = '123456782';
const NAAM = 'Jantje Jansen';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.geheimehandtekening';

@Controller()
class MeldingenController {
  constructor(private readonly logger: PinoLogger) {}

  @Post('api/v1/meldingen')
  ontvang(@Body() body: { melder: { naam: string }; huishouden: unknown }) {
    this.logger.info(
      { meldingId: 'm-1', melder: body.melder, huishouden: body.huishouden },
      'melding ontvangen',
    );
    return { meldingId: 'm-1' };
  }

  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Get('api/v1/kapot')
  kapot() {
    throw new Error('kapot');
  }
}

const regels: string[] = [];

@Module({
  imports: [loggerModule('intake', { write: (r: string) => void regels.push(r) })],
  controllers: [MeldingenController],
})
class TestModule {}

describe('loggerModule', () => {
  let app: NestFastifyApplication;
  const logs = () => regels.map((r) => JSON.parse(r) as Record<string, unknown>);

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(TestModule, new FastifyAdapter(), {
      bufferLogs: true,
      abortOnError: false,
    });
    app.useLogger(app.get(Logger));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(() => {
    regels.length = 0;
  });

  it('logs the request once, without body, headers or personal data, and the handler log with the request id', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/meldingen?achternaam=Jansen&spoed=true`,
      headers: { authorization: `Bearer ${TOKEN}`, cookie: 'sessie=abc' },
      payload: {
        melder: { naam: NAAM },
        huishouden: { personen: [{ voornaam: 'Jantje', bsn: BSN, rol: 'kind' }] },
      },
    });
    expect(res.statusCode).toBe(201);

    const alles = regels.join('');
    for (const geheim of [BSN, 'Jantje', 'Jansen', TOKEN, 'geheimehandtekening', 'sessie=abc']) {
      expect(alles).not.toContain(geheim);
    }
    const handler = logs().find((l) => l.msg === 'melding ontvangen');
    expect(handler).toMatchObject({
      service: 'intake',
      meldingId: 'm-1',
      melder: {},
      huishouden: { personen: [{ rol: 'kind' }] },
    });
    expect(handler?.reqId).toBeDefined();
    expect(handler?.req).toBeUndefined();
    const verzoek = logs().find((l) => l.msg === 'request completed');
    expect(verzoek).toMatchObject({
      level: 'info',
      service: 'intake',
      reqId: handler?.reqId,
      req: { id: handler?.reqId, method: 'POST', url: '/api/v1/meldingen?spoed=true' },
      res: { statusCode: 201 },
    });
    expect(Object.keys(verzoek?.req as object).sort()).toEqual(['id', 'method', 'url']);
  });

  it('gives the handler log the request id over a socket too, where the body arrives in chunks', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${await app.getUrl()}/api/v1/meldingen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ melder: { naam: NAAM }, huishouden: { toelichting: 'x'.repeat(70_000) } }),
    });
    expect(res.status).toBe(201);
    const handler = logs().find((l) => l.msg === 'melding ontvangen');
    const verzoek = logs().find((l) => l.msg === 'request completed');
    expect(handler?.reqId).toBeDefined();
    expect(verzoek).toMatchObject({ reqId: handler?.reqId, route: '/api/v1/meldingen' });
    expect(verzoek?.responseTime).toEqual(expect.any(Number));
  });

  it('does not log health probes', async () => {
    await app.inject({ method: 'GET', url: '/health/live' });
    expect(logs().filter((l) => l.msg === 'request completed')).toEqual([]);
  });

  it('logs a failed request at error level', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/kapot' });
    expect(res.statusCode).toBe(500);
    const verzoek = logs().find(
      (l) => (l.req as { url?: string } | undefined)?.url === '/api/v1/kapot' && 'res' in l,
    );
    expect(verzoek).toMatchObject({ level: 'error', res: { statusCode: 500 } });
  });
});
