import { hostname } from 'node:os';
import { type DynamicModule, Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { context } from '@opentelemetry/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LoggerModule } from 'nestjs-pino';
// nestjs-pino's PinoLogger reads the request's logger from this store; its middleware is what we replace.
import { Store, storage } from 'nestjs-pino/storage';
import {
  destination as pinoDestination,
  pino,
  stdSerializers,
  stdTimeFunctions,
  type DestinationStream,
  type Logger,
  type LoggerOptions,
} from 'pino';
import { isSensitiveField, redactPaths, withoutPersonalData } from './persoonsgegevens';
import { huidigeServiceNaam } from './service-naam';
import { traceVelden } from './trace-context';

export const LOG_NIVEAUS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogNiveau = (typeof LOG_NIVEAUS)[number];

// These keys have a serializer that cleans what it returns; the raw values (sockets, requests) are not walked.
const MET_SERIALIZER: ReadonlySet<string> = new Set(['err', 'req', 'res']);

/** LOG_LEVEL, default `info`; an unknown level stops the boot rather than logging at a level nobody chose. */
export function logNiveau(env: NodeJS.ProcessEnv = process.env): LogNiveau {
  const waarde = env.LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!(LOG_NIVEAUS as readonly string[]).includes(waarde)) {
    throw new Error(
      `Invalid logging configuration: LOG_LEVEL "${env.LOG_LEVEL}" is not one of ${LOG_NIVEAUS.join(', ')}`,
    );
  }
  return waarde as LogNiveau;
}

/** Path plus query string without parameters whose name marks personal data. */
export function schoneUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const vraag = url.indexOf('?');
  if (vraag < 0) return url;
  const params = new URLSearchParams(url.slice(vraag + 1));
  for (const naam of [...params.keys()]) if (isSensitiveField(naam)) params.delete(naam);
  const query = params.toString();
  return query ? `${url.slice(0, vraag)}?${query}` : url.slice(0, vraag);
}

interface GelogdVerzoek {
  id?: unknown;
  method?: string;
  url?: string;
}

/** Shared by `createLogger` and the Nest request logger, so both redact the same way. */
export function pinoOptions(bindings: Record<string, string> = {}): LoggerOptions {
  return {
    level: logNiveau(),
    base: { pid: process.pid, hostname: hostname(), ...bindings },
    timestamp: stdTimeFunctions.isoTime,
    mixin: () => traceVelden(),
    formatters: {
      level: (label) => ({ level: label }),
      bindings: (b) => withoutPersonalData(b, MET_SERIALIZER),
      log: (o) => withoutPersonalData(o, MET_SERIALIZER),
    },
    serializers: {
      err: (err: Error) => withoutPersonalData(stdSerializers.err(err)),
      // Never the body and never the headers: only what says which request this was.
      req: (req: GelogdVerzoek) => ({ id: req.id, method: req.method, url: schoneUrl(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: redactPaths(), remove: true },
  };
}

let root: Logger | undefined;
let stdout: DestinationStream | undefined;

/**
 * One asynchronous stdout for every logger of the process: a synchronous write per line cost ~0.4 ms a report.
 * pino flushes it synchronously on `exit`, so lines written before `process.exit` or a crash are kept;
 * only SIGKILL can lose what is still buffered.
 */
function stdoutDestination(): DestinationStream {
  return (stdout ??= pinoDestination({ dest: 1, sync: false }));
}

/** A JSON logger for code outside Nest (relays, consumers, scripts) with the same redaction and trace ids. */
export function createLogger(name: string, destination?: DestinationStream): Logger {
  const service = huidigeServiceNaam();
  const bindings = service ? { service, name } : { name };
  if (destination) return pino(pinoOptions(), destination).child(bindings);
  root ??= pino(pinoOptions(), stdoutDestination());
  return root.child(bindings);
}

const HTTP_LOGGER = Symbol('HTTP_LOGGER');
const REQUEST_LINES = Symbol('REQUEST_LINES');
const VERZOEK_CONTEXT = Symbol('verzoekContext');

type GelogdFastifyVerzoek = FastifyRequest & { [VERZOEK_CONTEXT]?: ReturnType<typeof context.active> };

function niveau(statusCode: number): 'error' | 'warn' | 'info' {
  if (statusCode >= 500) return 'error';
  return statusCode >= 400 ? 'warn' : 'info';
}

/**
 * Request logging as Fastify hooks instead of pino-http through `@fastify/middie` (ADR 0010: the middleware
 * path halved the request floor). One line per request, as pino-http wrote it, plus the route and duration.
 */
@Injectable()
class RequestLogHooks {
  constructor(
    adapterHost: HttpAdapterHost,
    @Inject(HTTP_LOGGER) logger: Logger,
    @Inject(REQUEST_LINES) requestLines: Logger,
  ) {
    // Added while providers are created, before Nest registers a route, so every route gets the hooks.
    const fastify = adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('onRequest', (req: GelogdFastifyVerzoek, _reply, done) => {
      // The server span is active here; the response line is written later, outside it.
      req[VERZOEK_CONTEXT] = context.active();
      done();
    });
    // After the body is parsed, so the context does not hang on the request stream's callbacks carrying it.
    fastify.addHook('preHandler', (req, _reply, done) => {
      storage.run(new Store(logger.child({ reqId: req.id })), done);
    });
    fastify.addHook('onResponse', (req: GelogdFastifyVerzoek, reply: FastifyReply, done) => {
      if (!req.url.startsWith('/health/')) {
        context.with(req[VERZOEK_CONTEXT] ?? context.active(), () =>
          requestLines[niveau(reply.statusCode)](
            {
              reqId: req.id,
              req: { id: req.id, method: req.method, url: req.url },
              route: req.routeOptions.url,
              res: { statusCode: reply.statusCode },
              responseTime: Math.round(reply.elapsedTime * 10) / 10,
            },
            'request completed',
          ),
        );
      }
      done();
    });
  }
}

/** nestjs-pino for one service: JSON request logs (no bodies, no headers) with trace ids and redaction. */
export function loggerModule(serviceName: string, destination?: DestinationStream): DynamicModule {
  const dest = destination ?? stdoutDestination();
  const logger = pino(pinoOptions({ service: serviceName }), dest);
  // The request line has fixed fields (cleaned URL, route, status, duration) and passes the deep clean-up, so the
  // redact paths (the second net for free-form log calls) find nothing there; they cost ~15 % of intake's logging.
  const requestLines = pino({ ...pinoOptions({ service: serviceName }), redact: undefined }, dest);
  // No routes for nestjs-pino's middleware: `RequestLogHooks` does its work; the module still gives `PinoLogger`.
  const module = LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [] });
  return {
    ...module,
    providers: [
      ...(module.providers ?? []),
      { provide: HTTP_LOGGER, useValue: logger },
      { provide: REQUEST_LINES, useValue: requestLines },
      RequestLogHooks,
    ],
  };
}
