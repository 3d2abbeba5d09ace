import type { EntityManager, EventSubscriber, FlushEventArgs, TransactionEventArgs } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { headers as natsHeaders, type JetStreamClient } from 'nats';
import { SpanKind } from '@opentelemetry/api';
import { createLogger, extractTraceContext, withSpan } from '@vt/observability';
import { advisoryLockKey, SqlExecutor } from '@vt/persistence';
import { OutboxMessage } from './messaging.entities';

interface Row {
  id: string;
  subject: string;
  type: string;
  payload: string;
  headers: Record<string, string>;
}

export interface RelayOptions {
  batchSize?: number;
  /** The poll after a pass that published; each empty poll doubles it, up to `IDLE_FACTOR` times. */
  intervalMs: number;
  /** Test hook: runs after the batch is published and before its mark as sent commits (a crash there). */
  afterPublish?: (ids: string[]) => Promise<void> | void;
}

/** How many times `intervalMs` an idle relay's poll may grow to (5 s at the default 500 ms). */
const IDLE_FACTOR = 10;

/**
 * Publishes committed outbox rows to JetStream with `Nats-Msg-Id` = event id, and marks them sent only
 * after the server's ack. A crash in between republishes; the stream's duplicate window drops the copy.
 */
export class OutboxRelay {
  private readonly log = createLogger('outbox-relay');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  private readonly lockKey: string;
  private readonly sql: SqlExecutor;
  private readonly wachtendSql: string;
  private readonly batchSql: string;
  /** The next poll's delay: `intervalMs` after work, growing while the outbox stays empty. */
  private pollMs: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly js: JetStreamClient,
    private readonly schema: string,
    private readonly opts: RelayOptions,
  ) {
    this.lockKey = advisoryLockKey(`vt-outbox-relay:${schema}`);
    this.sql = new SqlExecutor(orm);
    this.pollMs = opts.intervalMs;
    this.wachtendSql = `select exists (select 1 from "${schema}"."outbox" where published_at is null) as ja`;
    this.batchSql = `with volgende as (
           select id, created_at from "${schema}"."outbox"
            where published_at is null order by created_at, id limit $1 for update skip locked
         ), gemarkeerd as (
           update "${schema}"."outbox" o set published_at = now() from volgende v where o.id = v.id
           returning o.id, o.subject, o.type, o.payload, o.headers, v.created_at
         )
         select id, subject, type, payload, headers from gemarkeerd order by created_at, id`;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0, true);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Ask for a pass now (after a commit that wrote outbox rows). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0, true);
  }

  /** One pass until the outbox is empty; returns how many events were published. */
  async drain(): Promise<number> {
    const batchSize = this.opts.batchSize ?? 100;
    let total = 0;
    for (;;) {
      const n = await this.publishBatch(batchSize);
      total += n;
      // A short batch took every row not locked by another relay: asking again would find nothing, and a
      // commit in the meantime kicks another pass.
      if (n < batchSize) return total;
    }
  }

  /**
   * A kicked pass (or the first) goes straight to work. Polls are only the safety net for rows whose
   * writer died before its kick, or whose pass failed, so an idle service polls ever more rarely.
   */
  private schedule(delay: number, gewekt: boolean): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.loop(gewekt).finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.schedule(0, true);
        } else {
          this.schedule(this.pollMs, false);
        }
      });
    }, delay);
    this.timer.unref();
  }

  private async loop(gewekt: boolean): Promise<void> {
    try {
      // A poll of an empty outbox costs one indexed statement, no transaction and no lock.
      const werk = gewekt || (await this.sql.query<{ ja: boolean }>(this.wachtendSql))[0].ja;
      const gepubliceerd = werk ? await this.drain() : 0;
      this.pollMs =
        gepubliceerd > 0
          ? this.opts.intervalMs
          : Math.min(this.pollMs * 2, this.opts.intervalMs * IDLE_FACTOR);
    } catch (err) {
      this.pollMs = this.opts.intervalMs;
      this.log.error({ err: errorSummary(err) }, 'outbox relay pass failed; will retry');
    }
  }

  /**
   * Takes and marks a batch in one statement, publishes it, then commits: the mark only becomes visible
   * after every ack, and a failure or crash before the commit rolls it back, so the rows go out again.
   * The relays of one schema (one per replica) take turns under an advisory lock: with `skip locked`
   * alone, a second relay took a file's next event while the first still held its earlier one, and
   * could publish it first.
   */
  private async publishBatch(batchSize: number): Promise<number> {
    return this.sql.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1::bigint)', [this.lockKey]);
      const rows = await tx.query<Row>(this.batchSql, [batchSize]);
      if (rows.length === 0) return 0;
      await this.publishInOrder(rows);
      await this.opts.afterPublish?.(rows.map((r) => r.id));
      return rows.length;
    });
  }

  /**
   * Events of one file (CloudEvents `subject`) go out one after the other, each after the previous ack, so a
   * failed publish can never let a later event of that file overtake it. Different files do not wait for
   * each other: their publishes share the connection and the server's acks arrive together.
   */
  private async publishInOrder(rows: Row[]): Promise<void> {
    const perDossier = new Map<string, Promise<void>>();
    for (const row of rows) {
      const key = orderingKey(row);
      const vorige = perDossier.get(key) ?? Promise.resolve();
      perDossier.set(
        key,
        vorige.then(() => this.publish(row)),
      );
    }
    const uitkomsten = await Promise.allSettled(perDossier.values());
    const mislukt = uitkomsten.find((u): u is PromiseRejectedResult => u.status === 'rejected');
    if (mislukt) throw mislukt.reason;
  }

  private async publish(row: Row): Promise<void> {
    await withSpan(
      `${row.subject} publish`,
      {
        kind: SpanKind.PRODUCER,
        parent: extractTraceContext(row.headers),
        attributes: {
          'messaging.system': 'nats',
          'messaging.destination.name': row.subject,
          'messaging.message.id': row.id,
          'cloudevents.event_type': row.type,
        },
      },
      async () => {
        const h = natsHeaders();
        for (const [k, v] of Object.entries(row.headers)) h.set(k, v);
        const ack = await this.js.publish(row.subject, row.payload, { msgID: row.id, headers: h });
        if (ack.duplicate) this.log.info({ eventId: row.id }, 'event was already on the stream');
      },
    );
  }
}

/**
 * Kicks the relay after every commit whose flush inserted outbox rows, so events leave within
 * milliseconds instead of waiting for the next poll.
 */
export class OutboxCommitSubscriber implements EventSubscriber {
  /** Per transaction (its fork): with transactions side by side, one's commit must not consume another's kick. */
  private readonly pending = new WeakSet<EntityManager>();
  constructor(private readonly kick: () => void) {}

  afterFlush(args: FlushEventArgs): void {
    if (args.uow.getChangeSets().some((cs) => cs.entity instanceof OutboxMessage)) this.pending.add(args.em);
  }

  afterTransactionCommit(args: TransactionEventArgs): void {
    if (this.pending.delete(args.em)) this.kick();
  }

  afterTransactionRollback(args: TransactionEventArgs): void {
    this.pending.delete(args.em);
  }
}

/** Events without a file share one key, so they keep the order they had among themselves. */
function orderingKey(row: Row): string {
  try {
    const subject = (JSON.parse(row.payload) as { subject?: unknown }).subject;
    return typeof subject === 'string' ? subject : '';
  } catch {
    return '';
  }
}

export function errorSummary(err: unknown): { name: string; message: string } {
  return err instanceof Error
    ? { name: err.name, message: err.message }
    : { name: 'unknown', message: String(err) };
}

export type { EntityManager };
