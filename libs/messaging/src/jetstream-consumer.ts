import type { EntityManager } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { SqlExecutor, type SqlTransactie } from '@vt/persistence';
import {
  AckPolicy,
  DeliverPolicy,
  headers as natsHeaders,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  nanos,
} from 'nats';
import { SpanKind } from '@opentelemetry/api';
import type { EventDefinition } from '@vt/contracts';
import { createLogger, extractTraceContext, withSpan } from '@vt/observability';
import { schemaErrors } from './bus-guard';
import { dlqSubject, type MessagingConfig } from './messaging.config';
import { errorSummary } from './outbox-relay';

/** The CloudEvent as the handler sees it: envelope plus typed data. */
export interface ReceivedEvent<T> {
  id: string;
  type: string;
  source: string;
  subject?: string;
  time: string;
  data: T;
  /** 1 on first delivery. */
  deliveryCount: number;
}

interface EventHandlerBasis<T> {
  /** Durable consumer name, e.g. `start-beoordeling-when-melding-ontvangen`. */
  readonly name: string;
  readonly event: EventDefinition<T>;
}

/** A handler that writes through the unit of work (ADR 0012 rule 2): the default. */
export interface EventHandler<T> extends EventHandlerBasis<T> {
  readonly transactie?: 'unit-of-work';
  /** Runs inside the inbox transaction: everything it writes commits together with the inbox row. */
  handle(em: EntityManager, event: ReceivedEvent<T>): Promise<void>;
}

/** A hot-path handler whose repository writes SQL on the inbox transaction (ADR 0012 rule 3(b)). */
export interface SqlEventHandler<T> extends EventHandlerBasis<T> {
  readonly transactie: 'sql';
  /** Runs inside the inbox transaction: every statement on `tx` commits together with the inbox row. */
  handle(tx: SqlTransactie, event: ReceivedEvent<T>): Promise<void>;
}

export type AnyEventHandler<T> = EventHandler<T> | SqlEventHandler<T>;

/** Events handled at the same time; each holds a pooled database connection for its transaction. */
const GELIJKTIJDIG = 8;

const UUR_MS = 3600 * 1000;

export interface ConsumerOptions {
  /**
   * Where a durable consumer this process has to create starts reading the stream. An existing consumer
   * keeps its position and its deliver policy; only a new one starts here (see `eersteLeesmoment`).
   */
  startVanaf: () => Date;
  /** Subject filter; defaults to the event in every region. */
  filter?: string;
}

/**
 * The oldest event a newly created consumer may be handed: one whose inbox row, had it been handled
 * before, is still kept. The stream keeps events for a year and the inbox its rows for
 * `VT_INBOX_RETENTION_DAYS`, so a consumer deleted by hand (or lost with a restored server) and created
 * again from the start of the stream would handle older events a second time. An hour of margin for the
 * clocks of NATS and PostgreSQL, less the part of the current hour (ADR 0009).
 */
export function eersteLeesmoment(inboxRetentionDays: number, nu: Date = new Date()): Date {
  // Whole hours: replicas starting in the same hour ask for the very same consumer.
  const uur = Math.floor(nu.getTime() / UUR_MS) * UUR_MS;
  return new Date(uur - inboxRetentionDays * 24 * UUR_MS + UUR_MS);
}

const decoder = new TextDecoder();

/** An event that can never be handled (bad JSON, wrong schema): straight to the dead-letter subject. */
class Onverwerkbaar extends Error {}

/**
 * A durable pull consumer with explicit ack. Each event is handled in one transaction together with
 * an inbox row keyed by (consumer, event id): a redelivery after a crash finds the row and only acks.
 */
export class JetStreamConsumer<T> {
  private readonly log = createLogger('jetstream-consumer');
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private running = false;
  private readonly durable: string;
  private readonly schema: string;
  private readonly filter: string;
  private readonly sql: SqlExecutor;
  private readonly inboxSql: string;
  private readonly inboxKnexSql: string;

  constructor(
    private readonly cfg: MessagingConfig,
    private readonly orm: MikroORM,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly handler: AnyEventHandler<T>,
    private readonly opts: ConsumerOptions,
  ) {
    this.durable = `${cfg.service}-${handler.name}`;
    this.schema = orm.config.get('schema') ?? 'public';
    this.sql = new SqlExecutor(orm);
    this.inboxSql = `insert into "${this.schema}"."inbox" (consumer, event_id, type) values ($1, $2, $3)
      on conflict (consumer, event_id) do nothing returning id`;
    // knex's placeholders are `?`, the executor's `$n`.
    this.inboxKnexSql = this.inboxSql.replace(/\$\d/g, '?');
    this.filter =
      opts.filter ?? `${cfg.subjectPrefix}.*.${handler.event.service}.${handler.event.gebeurtenis}`;
  }

  async start(): Promise<void> {
    // What a release may change on an existing consumer; where it reads from is not among it. No server
    // `backoff`: nats-server would replace `ack_wait` with its first step (ADR 0001); a failed handler's
    // delayed nak is the backoff. `undefined` removes the backoff an earlier release set.
    const instellingen = {
      ack_policy: AckPolicy.Explicit,
      filter_subject: this.filter,
      max_deliver: this.cfg.maxDeliver,
      ack_wait: nanos(this.cfg.ackWaitSeconds * 1000),
      backoff: undefined,
      max_ack_pending: 256,
    };
    if (await this.bestaat()) {
      await this.jsm.consumers.update(this.cfg.stream, this.durable, instellingen);
    } else {
      const vanaf = this.opts.startVanaf();
      try {
        await this.jsm.consumers.add(this.cfg.stream, {
          ...instellingen,
          durable_name: this.durable,
          deliver_policy: DeliverPolicy.StartTime,
          opt_start_time: vanaf.toISOString(),
        });
        this.log.info(
          { consumer: this.durable, vanaf: vanaf.toISOString() },
          'durable consumer created; it reads the stream from the oldest event the inbox can still recognise',
        );
      } catch (err) {
        // Replicas starting together: another one created it in the meantime (with its own start time,
        // which the server will not change). Take it as it is.
        if (!(await this.bestaat())) throw err;
        await this.jsm.consumers.update(this.cfg.stream, this.durable, instellingen);
      }
    }
    const consumer = await this.js.consumers.get(this.cfg.stream, this.durable);
    this.messages = await consumer.consume({ max_messages: 64 });
    this.running = true;
    this.loop = this.run(this.messages).finally(() => {
      this.running = false;
    });
  }

  private async bestaat(): Promise<boolean> {
    try {
      await this.jsm.consumers.info(this.cfg.stream, this.durable);
      return true;
    } catch (err) {
      if (err instanceof Error && /not found/i.test(err.message)) return false;
      throw err;
    }
  }

  /** False once the fetch loop has ended (stopped, or the server deleted the consumer): readiness fails. */
  isRunning(): boolean {
    return this.running;
  }

  get name(): string {
    return this.durable;
  }

  /** Stops fetching, lets the messages in hand finish and ack, then returns (graceful shutdown). */
  async stop(): Promise<void> {
    if (!this.messages) return;
    await this.messages.close();
    await this.loop;
    this.messages = undefined;
  }

  /**
   * Events of one file (CloudEvents `subject`) are handled one after the other, in stream order; events of
   * different files run side by side, up to `GELIJKTIJDIG`, so one event's round trips do not hold up the
   * next file's. An event that could not be settled is left to redelivery; the loop goes on.
   */
  private async run(messages: ConsumerMessages): Promise<void> {
    const bezig = new Set<Promise<void>>();
    const laatstePerDossier = new Map<string, Promise<void>>();
    for await (const msg of messages) {
      while (bezig.size >= GELIJKTIJDIG) await Promise.race(bezig);
      const key = orderingKey(msg);
      const taak: Promise<void> = (laatstePerDossier.get(key) ?? Promise.resolve())
        .then(() => this.process(msg))
        // An ack or dead-letter publish that failed: the server redelivers after ack_wait, and the inbox
        // makes that harmless. Stopping here would leave a live process that silently consumes nothing.
        .catch((err: unknown) =>
          this.log.error(
            { consumer: this.durable, err: errorSummary(err) },
            'event not settled; it will be redelivered',
          ),
        )
        .finally(() => {
          bezig.delete(taak);
          if (laatstePerDossier.get(key) === taak) laatstePerDossier.delete(key);
        });
      bezig.add(taak);
      laatstePerDossier.set(key, taak);
    }
    await Promise.all(bezig);
  }

  private async process(msg: JsMsg): Promise<void> {
    const traceHeaders: Record<string, string> = {};
    for (const k of ['traceparent', 'tracestate']) {
      const v = msg.headers?.get(k);
      if (v) traceHeaders[k] = v;
    }
    await withSpan(
      `${msg.subject} process`,
      {
        kind: SpanKind.CONSUMER,
        parent: extractTraceContext(traceHeaders),
        attributes: {
          'messaging.system': 'nats',
          'messaging.destination.name': msg.subject,
          'messaging.consumer.group.name': this.durable,
          'messaging.message.delivery_count': msg.info.deliveryCount,
        },
      },
      async () => {
        let event: ReceivedEvent<T>;
        try {
          event = this.parse(msg);
        } catch (err) {
          await this.deadLetter(msg, err);
          return;
        }
        try {
          await this.handleOnce(event);
          await msg.ackAck();
        } catch (err) {
          if (msg.info.deliveryCount >= this.cfg.maxDeliver) {
            await this.deadLetter(msg, err);
          } else {
            this.log.warn(
              { eventId: event.id, deliveryCount: msg.info.deliveryCount, err: errorSummary(err) },
              'event handling failed; will be redelivered',
            );
            msg.nak(backoffMs(msg.info.deliveryCount));
          }
        }
      },
    );
  }

  private parse(msg: JsMsg): ReceivedEvent<T> {
    let ce: Record<string, unknown>;
    try {
      ce = JSON.parse(decoder.decode(msg.data)) as Record<string, unknown>;
    } catch {
      throw new Onverwerkbaar('payload is not JSON');
    }
    if (ce?.specversion !== '1.0' || typeof ce.id !== 'string' || typeof ce.type !== 'string') {
      throw new Onverwerkbaar('payload is not a CloudEvents 1.0 event');
    }
    if (ce.type !== this.handler.event.type) throw new Onverwerkbaar(`unexpected type ${ce.type}`);
    const errors = schemaErrors(this.handler.event as EventDefinition<unknown>, ce.data);
    if (errors.length > 0) throw new Onverwerkbaar(`data does not match ${ce.type}: ${errors.join('; ')}`);
    return {
      id: ce.id,
      type: ce.type,
      source: String(ce.source),
      subject: typeof ce.subject === 'string' ? ce.subject : undefined,
      time: String(ce.time),
      data: ce.data as T,
      deliveryCount: msg.info.deliveryCount,
    };
  }

  private async handleOnce(event: ReceivedEvent<T>): Promise<void> {
    const inbox = [this.durable, event.id, event.type];
    const handler = this.handler;
    if (handler.transactie === 'sql') {
      // No unit of work to open or flush: begin, the inbox row, the handler's statements, commit.
      await this.sql.transaction(async (tx) => {
        if ((await tx.query(this.inboxSql, inbox)).length === 0) return this.alVerwerkt(event);
        await handler.handle(tx, event);
      });
      return;
    }
    await this.orm.em.fork().transactional(async (em) => {
      const inserted = await em.execute(this.inboxKnexSql, inbox);
      if (inserted.length === 0) return this.alVerwerkt(event);
      await handler.handle(em, event);
    });
  }

  private alVerwerkt(event: ReceivedEvent<T>): void {
    this.log.info({ eventId: event.id, consumer: this.durable }, 'event already handled; acknowledging');
  }

  private async deadLetter(msg: JsMsg, err: unknown): Promise<void> {
    const reason =
      err instanceof Onverwerkbaar ? err.message : `gave up after ${msg.info.deliveryCount} deliveries`;
    this.log.error(
      { subject: msg.subject, streamSeq: msg.info.streamSequence, consumer: this.durable, reason },
      'event moved to the dead-letter subject',
    );
    const h = natsHeaders();
    h.set('Vt-Dlq-Reason', reason.slice(0, 500));
    h.set('Vt-Dlq-Consumer', this.durable);
    h.set('Vt-Dlq-Original-Subject', msg.subject);
    h.set('Vt-Dlq-Stream-Seq', String(msg.info.streamSequence));
    await this.js.publish(dlqSubject(this.cfg, this.cfg.service, this.handler.name), msg.data, {
      headers: h,
      msgID: `dlq-${this.durable}-${msg.info.streamSequence}`,
    });
    msg.term();
  }
}

/** Events without a file, or unreadable ones, share one key: they keep their order among themselves. */
function orderingKey(msg: JsMsg): string {
  try {
    const subject = (JSON.parse(decoder.decode(msg.data)) as { subject?: unknown } | null)?.subject;
    return typeof subject === 'string' ? subject : '';
  } catch {
    return '';
  }
}

function backoffMs(deliveryCount: number): number {
  return Math.min(60_000, 500 * 2 ** (deliveryCount - 1));
}
