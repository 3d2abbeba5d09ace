import { headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from 'nats';
import { SpanKind } from '@opentelemetry/api';
import type { RpcFout } from '@vt/contracts';
import { createLogger, extractTraceContext, injectTraceContext, withSpan } from '@vt/observability';
import { rpcSubject, type MessagingConfig } from './messaging.config';
import { errorSummary } from './outbox-relay';

/** A failed `vt.rpc.*` call; `code` comes from the callee, `detail` holds no personal data. */
export class RpcError extends Error {
  constructor(
    readonly action: string,
    readonly code: RpcFout['fout']['code'] | 'geen-antwoord',
    readonly detail: string,
  ) {
    super(`rpc ${action} failed: ${code}: ${detail}`);
  }
}

/** Thrown by a handler to answer `ongeldig-verzoek` instead of `interne-fout`. */
export class OngeldigVerzoek extends Error {}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Request/reply over core NATS (`<prefix>.rpc.<action>`), never stored in a stream: it is how personal
 * data travels to and from the privacy service. The trace context travels in the headers.
 */
export class RpcClient {
  constructor(
    private readonly nc: NatsConnection,
    private readonly cfg: Pick<MessagingConfig, 'subjectPrefix'>,
  ) {}

  async request<Req, Res>(action: string, body: Req, timeoutMs = 5000): Promise<Res> {
    const subject = rpcSubject(this.cfg, action);
    return withSpan(
      `${subject} request`,
      { kind: SpanKind.CLIENT, attributes: { 'rpc.system': 'nats', 'rpc.method': action } },
      async () => {
        const h = natsHeaders();
        for (const [k, v] of Object.entries(injectTraceContext({}))) h.set(k, v);
        let reply: Msg;
        try {
          reply = await this.nc.request(subject, encoder.encode(JSON.stringify(body)), {
            timeout: timeoutMs,
            headers: h,
          });
        } catch (err) {
          throw new RpcError(action, 'geen-antwoord', errorSummary(err).message);
        }
        const parsed = JSON.parse(decoder.decode(reply.data)) as { ok: Res } | RpcFout;
        if ('fout' in parsed) throw new RpcError(action, parsed.fout.code, parsed.fout.detail);
        return parsed.ok;
      },
    );
  }
}

export class RpcServer {
  private readonly log = createLogger('rpc-server');
  private readonly subs: Subscription[] = [];
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly cfg: Pick<MessagingConfig, 'subjectPrefix' | 'service'>,
  ) {}

  /** Serves one action; replicas share the load through a queue group. */
  handle<Req, Res>(action: string, handler: (req: Req) => Promise<Res>): void {
    const subject = rpcSubject(this.cfg, action);
    const sub = this.nc.subscribe(subject, {
      queue: `${this.cfg.service}-rpc`,
      callback: (err, msg) => {
        if (err) {
          this.log.error({ err: errorSummary(err), action }, 'rpc subscription failed');
          return;
        }
        const p = this.serve(action, msg, handler).finally(() => this.inFlight.delete(p));
        this.inFlight.add(p);
      },
    });
    this.subs.push(sub);
  }

  async stop(): Promise<void> {
    for (const s of this.subs) await s.drain();
    await Promise.all([...this.inFlight]);
  }

  private async serve<Req, Res>(
    action: string,
    msg: Msg,
    handler: (req: Req) => Promise<Res>,
  ): Promise<void> {
    const carrier: Record<string, string> = {};
    for (const k of ['traceparent', 'tracestate']) {
      const v = msg.headers?.get(k);
      if (v) carrier[k] = v;
    }
    await withSpan(
      `${msg.subject} serve`,
      {
        kind: SpanKind.SERVER,
        parent: extractTraceContext(carrier),
        attributes: { 'rpc.system': 'nats', 'rpc.method': action },
      },
      async () => {
        let answer: { ok: Res } | RpcFout;
        try {
          let req: Req;
          try {
            req = JSON.parse(decoder.decode(msg.data)) as Req;
          } catch {
            throw new OngeldigVerzoek('body is not JSON');
          }
          answer = { ok: await handler(req) };
        } catch (err) {
          const ongeldig = err instanceof OngeldigVerzoek;
          if (!ongeldig)
            this.log.error({ action, err: { name: (err as Error)?.name } }, 'rpc handler failed');
          answer = {
            fout: ongeldig
              ? { code: 'ongeldig-verzoek', detail: (err as Error).message }
              : { code: 'interne-fout', detail: 'the request could not be handled' },
          };
        }
        msg.respond(encoder.encode(JSON.stringify(answer)));
      },
    );
  }
}
