import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';

/**
 * MikroORM's request-scoped EntityManager from a Fastify hook instead of its middleware through
 * `@fastify/middie` (ADR 0010: the middleware path halved the request floor).
 */
@Injectable()
export class OrmRequestContext {
  constructor(orm: MikroORM, adapterHost: HttpAdapterHost) {
    // Added while providers are created, before Nest registers a route, so every route gets the hook.
    const fastify = adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    // After the body is parsed, so the context does not hang on the request stream's callbacks carrying it.
    fastify?.addHook('preHandler', (_req, _reply, done) => RequestContext.create(orm.em, done));
  }
}
