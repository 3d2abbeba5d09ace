import { createHash } from 'node:crypto';
import {
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** A request still marked in progress after this long is taken to have died with its process. */
const VERLATEN_NA_MS = 60_000;

/** DDL for a service migration: the stored first answers per Idempotency-Key (contract §1, ids). */
export function idempotencyTableSql(schema: string): string[] {
  return [
    `create table if not exists "${schema}"."idempotency_key" ("sleutel" text not null, "sub" text not null,
      "verzoek_hash" text not null, "status" int null, "antwoord" jsonb null,
      "aangemaakt_op" timestamptz not null default now(), primary key ("sleutel", "sub"));`,
  ];
}

interface Rij {
  verzoek_hash: string;
  status: number | null;
  antwoord: unknown;
  aangemaakt_op: Date;
}

/**
 * Every write accepts `Idempotency-Key`: the same key with the same body returns the first answer and
 * stores nothing twice; the same key with another body is refused (422). Keys are per user (`sub`).
 * Only successful answers are kept, so a refused request can be corrected and retried with its key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly orm: MikroORM) {}

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
    if (sleutel.length < 1 || sleutel.length > 200) {
      throw new UnprocessableEntityException('Idempotency-Key heeft 1 tot 200 tekens');
    }
    const schema = this.orm.config.get('schema');
    const sub = req.gebruiker?.sub ?? 'anoniem';
    const hash = createHash('sha256')
      .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
      .digest('hex');
    const conn = this.orm.em.getConnection();
    const geclaimd = await conn.execute<{ sleutel: string }[]>(
      `insert into "${schema}"."idempotency_key" (sleutel, sub, verzoek_hash) values (?, ?, ?)
       on conflict (sleutel, sub) do update set verzoek_hash = excluded.verzoek_hash, aangemaakt_op = now()
         where "idempotency_key".status is null and "idempotency_key".aangemaakt_op < now() - (? || ' milliseconds')::interval
       returning sleutel`,
      [sleutel, sub, hash, String(VERLATEN_NA_MS)],
    );
    if (geclaimd.length === 0) {
      const [rij] = await conn.execute<Rij[]>(
        `select verzoek_hash, status, antwoord, aangemaakt_op from "${schema}"."idempotency_key" where sleutel = ? and sub = ?`,
        [sleutel, sub],
      );
      if (rij.verzoek_hash !== hash) {
        throw new UnprocessableEntityException('deze Idempotency-Key hoort bij een ander verzoek');
      }
      if (rij.status === null)
        throw new ConflictException('een verzoek met deze Idempotency-Key is nog bezig');
      context.switchToHttp().getResponse<FastifyReply>().status(rij.status);
      return rij.antwoord;
    }
    try {
      const antwoord = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const status = context.switchToHttp().getResponse<FastifyReply>().statusCode;
      await conn.execute(
        `update "${schema}"."idempotency_key" set status = ?, antwoord = ?::jsonb where sleutel = ? and sub = ?`,
        [status, JSON.stringify(antwoord ?? null), sleutel, sub],
      );
      return antwoord;
    } catch (err) {
      await conn.execute(`delete from "${schema}"."idempotency_key" where sleutel = ? and sub = ?`, [
        sleutel,
        sub,
      ]);
      throw err;
    }
  }
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
