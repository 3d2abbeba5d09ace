import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { createLogger } from '@vt/observability';
import { ASYNCAPI_PATH } from './asyncapi.controller';
import { API_CONTACT, API_LICENSE, API_VERSION, conformToNlApiDesignRules } from './openapi';
import { ProblemDetailsFilter } from './problem-details.filter';
import { validationPipe } from './validation';

export interface ServiceDescription {
  name: string;
  title: string;
  description: string;
  defaultPort: number;
}

/** Everything an HTTP app needs besides its module: Fastify, problems, validation, API-Version, docs. */
export async function createServiceApp(
  module: Type<unknown>,
  svc: ServiceDescription,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    module,
    new FastifyAdapter({ trustProxy: true, bodyLimit: 1024 * 1024 }),
    { bufferLogs: true },
  );
  configureServiceApp(app, svc);
  await app.init();
  return app;
}

export function configureServiceApp(app: NestFastifyApplication, svc: ServiceDescription): OpenAPIObject {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api/v1', { exclude: ['health/live', 'health/ready', ASYNCAPI_PATH] });
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (_req, reply, payload) => {
    reply.header('API-Version', API_VERSION);
    return payload;
  });
  const document = openApiDocument(app, svc);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    useGlobalPrefix: false,
  });
  return document;
}

/** The OpenAPI document of a service, made to pass the NL API Design Rules (see `conformToNlApiDesignRules`). */
export function openApiDocument(app: INestApplication, svc: ServiceDescription): OpenAPIObject {
  const publicUrl = (process.env.PUBLIC_BASE_URL ?? `http://localhost:${svc.defaultPort}`).replace(
    /\/+$/,
    '',
  );
  const config = new DocumentBuilder()
    .setTitle(svc.title)
    .setDescription(svc.description)
    .setVersion(API_VERSION)
    .setContact(API_CONTACT.name, API_CONTACT.url, API_CONTACT.email)
    .setLicense(API_LICENSE.name, API_LICENSE.url)
    .addServer(`${publicUrl}/api/v1`, `${svc.title}, API-versie 1`)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'jwt')
    .addSecurityRequirements('jwt')
    .build();
  return conformToNlApiDesignRules(SwaggerModule.createDocument(app, config, { ignoreGlobalPrefix: true }));
}

/** Listens on PORT (or the contract's default) on all interfaces and logs where. */
export async function listen(app: NestFastifyApplication, svc: ServiceDescription): Promise<void> {
  const port = Number(process.env.PORT ?? svc.defaultPort);
  await app.listen({ port, host: process.env.HOST ?? '0.0.0.0' });
  createLogger(svc.name).info({ port }, `${svc.name} listening`);
}

/** A service's whole main(): create, listen, flush traces on close, exit with a clear message on failure. */
export function runService(
  module: Type<unknown>,
  svc: ServiceDescription,
  tracing: { shutdown(): Promise<void> },
): void {
  createServiceApp(module, svc)
    .then(async (app) => {
      app
        .getHttpAdapter()
        .getInstance()
        .addHook('onClose', async () => tracing.shutdown());
      await listen(app, svc);
    })
    .catch((err: unknown) => {
      console.error(`${svc.name} failed to start: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
