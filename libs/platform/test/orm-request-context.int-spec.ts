import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RequestContext } from '@mikro-orm/postgresql';
import { IsString } from 'class-validator';
import { BEHANDELROLLEN, Rollen } from '@vt/auth';
import { createServiceTestApp, type ServiceTestApp } from '@vt/testing';
import { createServiceApp } from '../src/bootstrap';
import { platformTestModule } from './platform-test-module';

class NotitieRequest {
  @IsString()
  tekst!: string;
}

@Rollen(...BEHANDELROLLEN)
@Controller('notities')
class NotitiesController {
  @Post()
  @HttpCode(200)
  maak(@Body() _body: NotitieRequest) {
    // After an await, as a use case would reach the EntityManager.
    return Promise.resolve().then(() => ({ em: RequestContext.getEntityManager()?.id ?? null }));
  }
}

describe('platform: MikroORM request context from a Fastify hook', () => {
  let ctx: ServiceTestApp;
  let app: NestFastifyApplication;
  let url: string;
  let token: string;

  beforeAll(async () => {
    ctx = await createServiceTestApp(
      async () =>
        createServiceApp(platformTestModule('ormctx', [NotitiesController]), {
          name: 'ormctx',
          title: 'ormctx',
          description: 'ormctx',
          defaultPort: 0,
        }),
      { label: 'ormctx' },
    );
    app = ctx.app;
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `${await app.getUrl()}/api/v1/notities`;
    token = await ctx.token(['medewerker']);
  }, 60_000);

  afterAll(async () => ctx?.stop());

  it('gives each request over a socket, body and all, its own EntityManager', async () => {
    const post = async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ tekst: 'x'.repeat(70_000) }),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { em: number | null }).em;
    };
    const ids = await Promise.all([post(), post(), post()]);
    for (const id of ids) expect(id).toEqual(expect.any(Number));
    expect(new Set(ids).size).toBe(3);
  });
});
