import { Controller, Get, Module, Post, type Type } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Public, Rollen } from './auth.decorators';
import { AuthModule } from './auth.module';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RouteZonderToegang } from './route-access.check';
import type { TokenVerifier } from './token-verifier';

const CONFIG = {
  modus: 'hs256',
  secret: 'test-secret-test-secret-test-secret-0123',
  issuer: 'vt-dev',
} as const;

async function start(...controllers: Type[]): Promise<void> {
  @Module({ imports: [AuthModule.forRoot(CONFIG)], controllers })
  class TestModule {}
  const app = await NestFactory.create(TestModule, new FastifyAdapter(), {
    logger: false,
    abortOnError: false,
  });
  try {
    await app.init();
  } finally {
    await app.close();
  }
}

@Rollen('medewerker')
@Controller('verklaard')
class Verklaard {
  @Get()
  lijst() {
    return [];
  }

  @Public()
  @Get('open')
  open() {
    return {};
  }

  @Rollen('leidinggevende')
  @Post()
  besluit() {
    return {};
  }

  /** Not a route: needs no declaration. */
  hulp() {
    return 1;
  }
}

@Controller('vergeten')
class Vergeten {
  @Rollen('medewerker')
  @Get()
  lijst() {
    return [];
  }

  @Post()
  schrijf() {
    return {};
  }
}

@Controller('leeg')
class LegeRollen {
  @Rollen()
  @Get()
  lijst() {
    return [];
  }
}

describe('deny by default (issue 7 §5)', () => {
  it('starts when every route is @Public() or names roles, on the method or its controller', async () => {
    await expect(start(Verklaard)).resolves.toBeUndefined();
  });

  it('refuses to start with a route that declares neither, naming it', async () => {
    const err = await start(Verklaard, Vergeten).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouteZonderToegang);
    expect((err as RouteZonderToegang).routes).toEqual(['Vergeten.schrijf']);
  });

  it('treats @Rollen() without roles as no declaration', async () => {
    const err = await start(LegeRollen).catch((e: unknown) => e);
    expect((err as RouteZonderToegang).routes).toEqual(['LegeRollen.lijst']);
  });

  it('the guard itself refuses an authenticated call to a route without roles (403)', async () => {
    const verifier = {
      verifieer: async () => ({ sub: 'emp-1', regio: 'VR09', rollen: ['medewerker'] }),
    } as unknown as TokenVerifier;
    const guard = new JwtAuthGuard(new Reflector(), verifier);
    const request = { headers: { authorization: 'Bearer x.y.z' } };
    const context = {
      getType: () => 'http',
      getHandler: () => Vergeten.prototype.schrijf,
      getClass: () => Vergeten,
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({}) }),
    };
    await expect(guard.canActivate(context as never)).rejects.toMatchObject({ status: 403 });
  });
});
