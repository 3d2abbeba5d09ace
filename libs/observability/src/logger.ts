import { hostname } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import {
  pino,
  stdSerializers,
  stdTimeFunctions,
  type DestinationStream,
  type Logger,
  type LoggerOptions,
} from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
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

/** A JSON logger for code outside Nest (relays, consumers, scripts) with the same redaction and trace ids. */
export function createLogger(name: string, destination?: DestinationStream): Logger {
  const service = huidigeServiceNaam();
  const bindings = service ? { service, name } : { name };
  if (destination) return pino(pinoOptions(), destination).child(bindings);
  root ??= pino(pinoOptions());
  return root.child(bindings);
}

function opGezondheidspad(req: IncomingMessage & { originalUrl?: string }): boolean {
  return (req.originalUrl ?? req.url ?? '').startsWith('/health/');
}

/** nestjs-pino for one service: JSON request logs (no bodies, no headers) with trace ids and redaction. */
export function loggerModule(serviceName: string, destination?: DestinationStream): DynamicModule {
  const pinoHttp: PinoHttpOptions<IncomingMessage, ServerResponse> = {
    ...pinoOptions({ service: serviceName }),
    // Logs inside a request carry its id only; the full request goes once, on the response line.
    quietReqLogger: true,
    customLogLevel: (_req, res, err) => {
      if (err || res.statusCode >= 500) return 'error';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    // Under Fastify the middleware sees a rewritten `url`; `originalUrl` is the path the client asked for.
    autoLogging: { ignore: (req) => opGezondheidspad(req as IncomingMessage & { originalUrl?: string }) },
    ...(destination ? { stream: destination } : {}),
  };
  // Named wildcard: path-to-regexp v8 (Nest 11) rejects the bare '*' nestjs-pino uses by default.
  return LoggerModule.forRoot({ pinoHttp, forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }] });
}
