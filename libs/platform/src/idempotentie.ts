import { createHash } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The `Idempotency-Key` claim of the write being handled. A use case that commits its effect in one
 * transaction stores its answer in that same transaction (`antwoordOpslaanSql`), so a process that dies
 * between the commit and the interceptor's own write cannot make a retry do the work twice.
 */
export interface IdempotentieClaim {
  schema: string;
  sleutel: string;
  sub: string;
  /**
   * Stable for every attempt of one request (same key, same body), also when a retry takes over the claim
   * of an attempt that died: ids derived from it make the attempts write the same rows, never two sets.
   */
  verzoekId: string;
}

const claims = new AsyncLocalStorage<IdempotentieClaim>();

export function metIdempotentieClaim<T>(claim: IdempotentieClaim, fn: () => T): T {
  return claims.run(claim, fn);
}

/** Claims whose answer a use case committed with its effect: the interceptor need not store it again. */
const beantwoord = new WeakSet<IdempotentieClaim>();

/** Call after the commit that stored the claim's answer (`antwoordUpdateSql` in the use case's statement). */
export function antwoordIsOpgeslagen(claim: IdempotentieClaim): void {
  beantwoord.add(claim);
}

export function isAntwoordOpgeslagen(claim: IdempotentieClaim): boolean {
  return beantwoord.has(claim);
}

/** The claim of the current request, when it carried an `Idempotency-Key`. */
export function huidigeIdempotentieClaim(): IdempotentieClaim | undefined {
  return claims.getStore();
}

/**
 * An `update` that stores the answer of the claimed request; run it in the use case's own transaction or
 * as a data-modifying CTE of its statement. Only a claim still without an answer is updated.
 */
export function antwoordOpslaanSql(
  claim: IdempotentieClaim,
  status: number,
  antwoord: unknown,
): { sql: string; bindings: (string | number)[] } {
  return {
    sql: antwoordUpdateSql(claim.schema, () => '?'),
    bindings: antwoordBindings(claim, status, antwoord),
  };
}

/** The same `update` with `$n` parameters from `plaatshouder`, for a statement built once (ADR 0012). */
export function antwoordUpdateSql(schema: string, plaatshouder: (cast?: string) => string): string {
  const p = plaatshouder;
  return `update "${schema}"."idempotency_key" set status = ${p()}, antwoord = ${p()}::jsonb
           where sleutel = ${p()} and sub = ${p()} and status is null`;
}

/** The values of `antwoordUpdateSql`'s parameters, in order. */
export function antwoordBindings(
  claim: IdempotentieClaim,
  status: number,
  antwoord: unknown,
): (string | number)[] {
  return [status, JSON.stringify(antwoord ?? null), claim.sleutel, claim.sub];
}

/**
 * A stable id per request and step (a v4-shaped UUID from a hash), so a retried request writes, and asks
 * other services to write, the same rows as its first attempt.
 */
export function uuidVoor(id: string, stap: string): string {
  const h = createHash('sha256').update(`${id}|${stap}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
