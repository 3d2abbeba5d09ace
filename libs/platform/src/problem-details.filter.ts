import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { OngeldigeInvoer, problemType, RegelOvertreding } from '@vt/contracts';
import { RpcError } from '@vt/messaging';
import { createLogger } from '@vt/observability';

export interface VeldFout {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: VeldFout[];
}

export const ONGELDIGE_INVOER = 'urn:vt:problem:ongeldige-invoer';
/** Not a protocol rule, so no requirement ID: the client reused a key of its own (ADR 0008). */
export const IDEMPOTENCY_KEY_HERGEBRUIKT = 'urn:vt:problem:idempotency-key-hergebruikt';

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet geauthenticeerd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  406: 'Niet acceptabel',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Mediatype niet ondersteund',
  422: 'Protocolregel niet voldaan',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

/** Contract §1 errors: one entry per offending field, the messages of its failed checks joined with "; ". */
export function perVeld(errors: readonly VeldFout[]): VeldFout[] {
  const velden = new Map<string, string[]>();
  for (const { field, message } of errors) {
    const messages = velden.get(field) ?? [];
    if (!messages.includes(message)) messages.push(message);
    velden.set(field, messages);
  }
  return [...velden].map(([field, messages]) => ({ field, message: messages.join('; ') }));
}

/** Invalid input → 400, whether DTO validation, a header check or domain code (`OngeldigeInvoer`) found it. */
export function ongeldigeInvoerProblem(errors: readonly VeldFout[]): Problem {
  return {
    type: ONGELDIGE_INVOER,
    title: TITLES[400],
    status: 400,
    detail: 'een of meer velden zijn ongeldig',
    errors: perVeld(errors),
  };
}

/** What a 503 advises a client to wait before it retries. */
const OPNIEUW_NA_SECONDEN = 5;

/** An exception that carries a finished problem; the filter sends its body as it is. */
export function problemException(problem: Problem): HttpException {
  return new HttpException(problem, problem.status);
}

/** Turns every error into RFC 9457 problem+json; a 5xx never carries the cause (it may hold personal data). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly log = createLogger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = this.toProblem(exception);
    if (problem.status >= 500) {
      this.log.error({ err: { name: (exception as Error)?.name }, status: problem.status }, 'request failed');
    }
    if (problem.status === 503) void reply.header('Retry-After', String(OPNIEUW_NA_SECONDEN));
    void reply.status(problem.status).header('Content-Type', 'application/problem+json').send(problem);
  }

  toProblem(exception: unknown): Problem {
    if (exception instanceof RegelOvertreding) {
      return {
        type: problemType(exception.regel),
        title: TITLES[422],
        status: 422,
        detail: exception.detail,
        ...(exception.errors.length ? { errors: exception.errors } : {}),
      };
    }
    if (exception instanceof OngeldigeInvoer) return ongeldigeInvoerProblem(exception.errors);
    // Another service (the vault) did not answer in time: nothing was stored here, a retry may succeed.
    if (exception instanceof RpcError && exception.code === 'geen-antwoord') {
      return {
        type: 'urn:vt:problem:503',
        title: TITLES[503],
        status: 503,
        detail: 'een dienst waarvan dit verzoek afhangt antwoordde niet op tijd; probeer het later opnieuw',
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body && 'type' in body && 'status' in body) return body as Problem;
      const detail = typeof body === 'string' ? body : (body as { message?: unknown })?.message;
      return {
        type: `urn:vt:problem:${status}`,
        title: TITLES[status] ?? HttpStatus[status] ?? 'Fout',
        status,
        ...(typeof detail === 'string' && status < 500 ? { detail } : {}),
      };
    }
    // Fastify's own errors (body parser, content type, size) are the caller's mistake, not ours.
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return {
        type: `urn:vt:problem:${fastifyStatus}`,
        title: TITLES[fastifyStatus] ?? 'Ongeldig verzoek',
        status: fastifyStatus,
        detail: fastifyStatus === 400 ? 'de body is geen geldige JSON' : undefined,
      };
    }
    return { type: 'urn:vt:problem:500', title: TITLES[500], status: 500 };
  }
}
