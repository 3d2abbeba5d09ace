import { headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from 'nats';
import { SpanKind } from '@opentelemetry/api';
import { compileSchema, type RpcDefinition, type RpcFout, schemaViolations } from '@vt/contracts';
import { createLogger, extractTraceContext, injectTraceContext, withSpan } from '@vt/observability';
import { rpcSubject, type MessagingConfig } from './messaging.config';
import { errorSummary } from './outbox-relay';

/**
 * A failed `vt.rpc.*` call; `detail` holds no personal data. `code` comes from the callee, except
 * `geen-antwoord` (no reply in time), `ongeldig-antwoord` (a reply not matching the definition) and an
 * `ongeldig-verzoek` the client found itself, before anything left the process.
 */
export class RpcError extends Error {
  constructor(
    readonly action: string,
    readonly code: RpcFout['fout']['code'] | 'geen-antwoord' | 'ongeldig-antwoord',
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

  /** Sends `body` as `def`'s request; only a request and a reply that match their schemas pass. */
  async request<Req, Res>(def: RpcDefinition<Req, Res>, body: Req, timeoutMs = 5000): Promise<Res> {
    const { action } = def;
    // A request off its schema is the caller's bug: refuse it here, so the callee never sees it.
    const invalid = schemaViolations(def.request, body);
    if (invalid.length > 0) throw new RpcError(action, 'ongeldig-verzoek', invalid.join('; '));
    const subject = subjectOf(this.cfg, def);
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
        return antwoordVan(def, reply);
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

  /** Serves one action; replicas share the load through a queue group. Only valid requests reach `handler`. */
  handle<Req, Res>(def: RpcDefinition<Req, Res>, handler: (req: Req) => Promise<Res>): void {
    compileSchema(def.request);
    const { action } = def;
    const subject = subjectOf(this.cfg, def);
    const sub = this.nc.subscribe(subject, {
      queue: `${this.cfg.service}-rpc`,
      callback: (err, msg) => {
        if (err) {
          this.log.error({ err: errorSummary(err), action }, 'rpc subscription failed');
          return;
        }
        const p = this.serve(def, msg, handler).finally(() => this.inFlight.delete(p));
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
    def: RpcDefinition<Req, Res>,
    msg: Msg,
    handler: (req: Req) => Promise<Res>,
  ): Promise<void> {
    const { action } = def;
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
          answer = { ok: await handler(verzoekVan(def, msg)) };
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

/** v1 keeps the subject contract §3 names; a later version gets its own, so both are served during a rollout. */
function subjectOf(
  cfg: Pick<MessagingConfig, 'subjectPrefix'>,
  def: RpcDefinition<unknown, unknown>,
): string {
  const subject = rpcSubject(cfg, def.action);
  return def.versie === 1 ? subject : `${subject}.v${def.versie}`;
}

function verzoekVan<Req>(def: RpcDefinition<Req, unknown>, msg: Msg): Req {
  let body: unknown;
  try {
    body = JSON.parse(decoder.decode(msg.data));
  } catch {
    throw new OngeldigVerzoek('body is not JSON');
  }
  const invalid = schemaViolations(def.request, body);
  if (invalid.length > 0) throw new OngeldigVerzoek(invalid.join('; '));
  return body as Req;
}

function antwoordVan<Res>(def: RpcDefinition<unknown, Res>, reply: Msg): Res {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(reply.data));
  } catch {
    throw new RpcError(def.action, 'ongeldig-antwoord', 'reply is not JSON');
  }
  if (isFout(parsed)) throw new RpcError(def.action, parsed.fout.code, parsed.fout.detail);
  const ok = parsed && typeof parsed === 'object' && 'ok' in parsed ? parsed.ok : undefined;
  const invalid = ok === undefined ? ['/ reply has neither ok nor fout'] : schemaViolations(def.reply, ok);
  if (invalid.length > 0) throw new RpcError(def.action, 'ongeldig-antwoord', invalid.join('; '));
  return ok as Res;
}

function isFout(x: unknown): x is RpcFout {
  const fout = x && typeof x === 'object' && 'fout' in x ? (x.fout as Partial<RpcFout['fout']>) : undefined;
  return typeof fout?.code === 'string' && typeof fout.detail === 'string';
}
