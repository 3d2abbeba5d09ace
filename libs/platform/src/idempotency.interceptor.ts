import { createHash } from 'node:crypto';
import {
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import {
  antwoordOpslaanSql,
  type IdempotentieClaim,
  isAntwoordOpgeslagen,
  metIdempotentieClaim,
} from './idempotentie';
import {
  IDEMPOTENCY_KEY_HERGEBRUIKT,
  ongeldigeInvoerProblem,
  problemException,
} from './problem-details.filter';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** A request still marked in progress after this long is taken to have died with its process. */
const VERLATEN_NA_MS = 60_000;
/** As documented for the header in the OpenAPI (`ApiIdempotencyKey`, `conformToNlApiDesignRules`). */
const SLEUTEL_MAX = 200;

/** What makes two requests the same request: method, URL and body. */
export function verzoekHash(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${url}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

/** What the table holds of a request that claimed its key earlier. */
export interface EerderVerzoek {
  verzoekHash: string;
  /** Null while that request is still being handled (or died before it answered). */
  status: number | null;
  antwoord: unknown;
}

/** The statements on a service's `idempotency_key` table. */
@Injectable()
export class IdempotencyKeyRepository {
  constructor(private readonly orm: MikroORM) {}

  /** serviceOrmConfig always sets the service's schema. */
  get schema(): string {
    return this.orm.config.get('schema') as string;
  }

  /**
   * Claims the key for this request: a new key, or one whose earlier attempt died. Taking over an attempt
   * that died keeps its verzoek_id when the body is the same, so a use case that derives its ids from it
   * writes the rows that attempt may have left half done, not a second set. Undefined: not claimed.
   */
  async claim(sleutel: string, sub: string, hash: string): Promise<string | undefined> {
    const rows = await this.orm.em.getConnection().execute<{ verzoek_id: string }[]>(
      `insert into "${this.schema}"."idempotency_key" (sleutel, sub, verzoek_hash) values (?, ?, ?)
       on conflict (sleutel, sub) do update set verzoek_hash = excluded.verzoek_hash, aangemaakt_op = now(),
           verzoek_id = case when "idempotency_key".verzoek_hash = excluded.verzoek_hash
                             then "idempotency_key".verzoek_id else excluded.verzoek_id end
         where "idempotency_key".status is null and "idempotency_key".aangemaakt_op < now() - (? || ' milliseconds')::interval
       returning verzoek_id`,
      [sleutel, sub, hash, String(VERLATEN_NA_MS)],
    );
    return rows[0]?.verzoek_id;
  }

  async lees(sleutel: string, sub: string): Promise<EerderVerzoek | undefined> {
    const [rij] = await this.orm.em
      .getConnection()
      .execute<{ verzoek_hash: string; status: number | null; antwoord: unknown }[]>(
        `select verzoek_hash, status, antwoord from "${this.schema}"."idempotency_key" where sleutel = ? and sub = ?`,
        [sleutel, sub],
      );
    return rij && { verzoekHash: rij.verzoek_hash, status: rij.status, antwoord: rij.antwoord };
  }

  async bewaarAntwoord(claim: IdempotentieClaim, status: number, antwoord: unknown): Promise<void> {
    const opslaan = antwoordOpslaanSql(claim, status, antwoord);
    await this.orm.em.getConnection().execute(opslaan.sql, opslaan.bindings);
  }

  /** Frees a claim whose request failed, so that a retry or a corrected request can claim it at once. */
  async geefVrij(sleutel: string, sub: string): Promise<void> {
    await this.orm.em.getConnection().execute(
      `update "${this.schema}"."idempotency_key" set aangemaakt_op = 'epoch'
        where sleutel = ? and sub = ? and status is null`,
      [sleutel, sub],
    );
  }
}

/** Claim attempts before giving up when the key's row keeps vanishing between claim and read. */
const CLAIM_POGINGEN = 3;

/**
 * Every write accepts `Idempotency-Key`: the same key with the same body returns the first answer and
 * stores nothing twice; the same key with another body is refused (422). Keys are per user (`sub`); an
 * empty or too long key is invalid input (400).
 * Only successful answers are kept, so a refused request can be corrected and retried with its key.
 * A use case may store its answer in its own transaction (see `huidigeIdempotentieClaim`).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyKeyRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<FastifyRequest & { gebruiker?: { sub: string } }>();
    const sleutel = headerValue(req.headers['idempotency-key']);
    if (!WRITES.has(req.method) || sleutel === undefined) return next.handle();
    return from(this.handle(context, next, req, sleutel));
  }

  private async handle(
    context: ExecutionContext,
    next: CallHandler,
    req: FastifyRequest & { gebruiker?: { sub: string } },
    sleutel: string,
  ): Promise<unknown> {
    if (sleutel.length < 1 || sleutel.length > SLEUTEL_MAX) {
      throw problemException(
        ongeldigeInvoerProblem([
          {
            field: 'Idempotency-Key',
            message: `de header Idempotency-Key heeft 1 tot ${SLEUTEL_MAX} tekens`,
          },
        ]),
      );
    }
    const sub = req.gebruiker?.sub ?? 'anoniem';
    const hash = verzoekHash(req.method, req.url, req.body);
    const response = () => context.switchToHttp().getResponse<FastifyReply>();
    for (let poging = 1; ; poging++) {
      const verzoekId = await this.keys.claim(sleutel, sub, hash);
      if (verzoekId !== undefined) {
        const claim = { schema: this.keys.schema, sleutel, sub, verzoekId };
        return this.voerUit(claim, next, () => response().statusCode);
      }
      const eerder = await this.keys.lees(sleutel, sub);
      if (eerder) return eerderAntwoord(eerder, hash, response());
      // Housekeeping purged the row between the claim and the read: the key is free again.
      if (poging === CLAIM_POGINGEN)
        throw new ConflictException('een verzoek met deze Idempotency-Key is nog bezig');
    }
  }

  private async voerUit(claim: IdempotentieClaim, next: CallHandler, status: () => number): Promise<unknown> {
    try {
      const antwoord = await metIdempotentieClaim(claim, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      );
      // A use case that stored its answer in its own transaction has done this already.
      if (!isAntwoordOpgeslagen(claim)) await this.keys.bewaarAntwoord(claim, status(), antwoord);
      return antwoord;
    } catch (err) {
      // Free the key at once: the corrected request (another body) claims it anew, a retry of this one (a
      // vault that timed out, say) takes it over with the same verzoek_id. An answer the use case stored
      // before something after it failed stays: that request did happen.
      await this.keys.geefVrij(claim.sleutel, claim.sub);
      throw err;
    }
  }
}

/** The first answer to this key, or why there is none to give. */
function eerderAntwoord(eerder: EerderVerzoek, hash: string, response: FastifyReply): unknown {
  if (eerder.verzoekHash !== hash) {
    throw problemException({
      type: IDEMPOTENCY_KEY_HERGEBRUIKT,
      title: 'Idempotency-Key hoort bij een ander verzoek',
      status: 422,
      detail: 'deze Idempotency-Key is al gebruikt voor een verzoek met een andere body',
    });
  }
  if (eerder.status === null)
    throw new ConflictException('een verzoek met deze Idempotency-Key is nog bezig');
  response.status(eerder.status);
  return eerder.antwoord;
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
