import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of, throwError } from 'rxjs';
import { antwoordIsOpgeslagen, huidigeIdempotentieClaim, type IdempotentieClaim } from './idempotentie';
import {
  type EerderVerzoek,
  IdempotencyInterceptor,
  type IdempotencyKeyRepository,
  verzoekHash,
} from './idempotency.interceptor';

/** A key table in memory whose row can vanish between the claim and the read, as housekeeping may make it. */
class FakeKeys {
  readonly schema = 'test';
  readonly claims: string[] = [];
  readonly antwoorden: { status: number; antwoord: unknown }[] = [];
  readonly vrijgegeven: string[] = [];
  constructor(
    private readonly claimAntwoorden: (string | undefined)[],
    private readonly leesAntwoorden: (EerderVerzoek | undefined)[],
  ) {}

  async claim(sleutel: string): Promise<string | undefined> {
    this.claims.push(sleutel);
    return this.claimAntwoorden.shift();
  }

  async lees(): Promise<EerderVerzoek | undefined> {
    return this.leesAntwoorden.shift();
  }

  async bewaarAntwoord(_claim: IdempotentieClaim, status: number, antwoord: unknown): Promise<void> {
    this.antwoorden.push({ status, antwoord });
  }

  async geefVrij(sleutel: string): Promise<void> {
    this.vrijgegeven.push(sleutel);
  }
}

function context(body: unknown) {
  const reply = { statusCode: 201, status: jest.fn() };
  const request = {
    method: 'POST',
    url: '/api/v1/zaken',
    body,
    headers: { 'idempotency-key': 'k-1' },
    gebruiker: { sub: 'emp-1' },
  };
  const ctx = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ExecutionContext;
  return { ctx, reply };
}

describe('IdempotencyInterceptor', () => {
  const body = { a: 1 };
  const handler = () => {
    const calls: number[] = [];
    const next: CallHandler = { handle: () => (calls.push(1), of({ id: 'z-1' })) };
    return { next, calls };
  };
  const run = (keys: FakeKeys, next: CallHandler, ctx: ExecutionContext) =>
    lastValueFrom(
      new IdempotencyInterceptor(keys as unknown as IdempotencyKeyRepository).intercept(ctx, next),
    );

  it('issue 7 §6: a key whose row vanished between the failed claim and the read is claimed again, not a 500', async () => {
    const keys = new FakeKeys([undefined, 'verzoek-1'], [undefined]);
    const { next, calls } = handler();
    const { ctx } = context(body);
    await expect(run(keys, next, ctx)).resolves.toEqual({ id: 'z-1' });
    expect(keys.claims).toHaveLength(2);
    expect(calls).toHaveLength(1);
    expect(keys.antwoorden).toEqual([{ status: 201, antwoord: { id: 'z-1' } }]);
  });

  it('gives up with a 409 when the row keeps vanishing', async () => {
    const keys = new FakeKeys([undefined, undefined, undefined], [undefined, undefined, undefined]);
    const { next, calls } = handler();
    await expect(run(keys, next, context(body).ctx)).rejects.toMatchObject({ status: 409 });
    expect(calls).toHaveLength(0);
  });

  it('stores no answer again when the use case committed it with its effect', async () => {
    const keys = new FakeKeys(['verzoek-1'], []);
    const next: CallHandler = {
      handle: () => {
        const claim = huidigeIdempotentieClaim();
        if (claim) antwoordIsOpgeslagen(claim);
        return of({ id: 'z-1' });
      },
    };
    await expect(run(keys, next, context(body).ctx)).resolves.toEqual({ id: 'z-1' });
    expect(keys.antwoorden).toEqual([]);
  });

  it('frees the claim when the handler fails, so a retry can take it over', async () => {
    const keys = new FakeKeys(['verzoek-1'], []);
    const next: CallHandler = { handle: () => throwError(() => new Error('kluis weg')) };
    await expect(run(keys, next, context(body).ctx)).rejects.toThrow('kluis weg');
    expect(keys.vrijgegeven).toEqual(['k-1']);
    expect(keys.antwoorden).toEqual([]);
  });

  it('returns the stored answer of the same request without handling it again', async () => {
    const hash = verzoekHash('POST', '/api/v1/zaken', body);
    const keys = new FakeKeys([undefined], [{ verzoekHash: hash, status: 201, antwoord: { id: 'eerder' } }]);
    const { next, calls } = handler();
    const { ctx, reply } = context(body);
    await expect(run(keys, next, ctx)).resolves.toEqual({ id: 'eerder' });
    expect(reply.status).toHaveBeenCalledWith(201);
    expect(calls).toHaveLength(0);
  });

  it('422 for the same key with another body', async () => {
    const keys = new FakeKeys([undefined], [{ verzoekHash: 'ander', status: 201, antwoord: {} }]);
    const { next } = handler();
    await expect(run(keys, next, context(body).ctx)).rejects.toMatchObject({ status: 422 });
  });
});
