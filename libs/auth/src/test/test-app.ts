import { Controller, Get, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AuthConfig } from '../auth.config';
import { HuidigeGebruiker, Public, Rollen } from '../auth.decorators';
import { AuthModule } from '../auth.module';
import type { Gebruiker } from '../gebruiker';
import { assertZelfdeRegio } from '../regio';
import { BEHANDELROLLEN, ROLLEN } from '../rollen';

@Controller()
class TestController {
  @Public()
  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Rollen(...ROLLEN)
  @Get('api/v1/ik')
  ik(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return gebruiker;
  }

  @Rollen('leidinggevende')
  @Post('api/v1/meldingen/:id/in-behandeling')
  inBehandeling(@Param('id') id: string) {
    return { id };
  }

  @Rollen(...BEHANDELROLLEN)
  @Get('api/v1/dossiers/:regio/:id')
  dossier(@HuidigeGebruiker() gebruiker: Gebruiker, @Param('regio') regio: string, @Param('id') id: string) {
    assertZelfdeRegio(gebruiker, regio);
    return { id, regio };
  }
}

@Rollen('auditor', 'privacyfunctionaris')
@Controller('api/v1/toegangslog')
class ToegangslogController {
  @Get()
  lijst() {
    return [];
  }

  @Rollen('privacyfunctionaris')
  @Get('export')
  export() {
    return [];
  }
}

/** A tiny Fastify app with the auth module, as a service would have it. */
export async function testApp(config: AuthConfig): Promise<NestFastifyApplication> {
  @Module({ imports: [AuthModule.forRoot(config)], controllers: [TestController, ToegangslogController] })
  class TestModule {}
  const app = await NestFactory.create<NestFastifyApplication>(TestModule, new FastifyAdapter(), {
    logger: false,
    abortOnError: false,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
