import type { EntityManager, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { headers as natsHeaders, type JetStreamClient } from 'nats';
import { SpanKind } from '@opentelemetry/api';
import { createLogger, extractTraceContext, withSpan } from '@vt/observability';
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
  intervalMs: number;
  /** Test hook: runs after the batch is published and before it is marked sent (a crash there). */
  afterPublish?: (ids: string[]) => Promise<void> | void;
}

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

  constructor(
    private readonly orm: MikroORM,
    private readonly js: JetStreamClient,
    private readonly schema: string,
    private readonly opts: RelayOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
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
    this.schedule(0);
  }

  /** One pass until the outbox is empty; returns how many events were published. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.publishBatch();
      total += n;
      if (n === 0) return total;
    }
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.loop().finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.schedule(0);
        } else {
          this.schedule(this.opts.intervalMs);
        }
      });
    }, delay);
    this.timer.unref();
  }

  private async loop(): Promise<void> {
    try {
      await this.drain();
    } catch (err) {
      this.log.error({ err: errorSummary(err) }, 'outbox relay pass failed; will retry');
    }
  }

  private async publishBatch(): Promise<number> {
    const knex = this.orm.em.getConnection().getKnex();
    return knex.transaction(async (trx) => {
      const { rows } = (await trx.raw(
        `select id, subject, type, payload, headers from "${this.schema}"."outbox"
         where published_at is null order by created_at, id limit ? for update skip locked`,
        [this.opts.batchSize ?? 100],
      )) as { rows: Row[] };
      if (rows.length === 0) return 0;
      // Sequential on purpose: events of one file keep their order on the stream.
      for (const row of rows) await this.publish(row);
      const ids = rows.map((r) => r.id);
      await this.opts.afterPublish?.(ids);
      await trx.raw(`update "${this.schema}"."outbox" set published_at = now() where id = any(?::uuid[])`, [
        ids,
      ]);
      return rows.length;
    });
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
  private pending = false;
  constructor(private readonly kick: () => void) {}

  afterFlush(args: FlushEventArgs): void {
    if (args.uow.getChangeSets().some((cs) => cs.entity instanceof OutboxMessage)) this.pending = true;
  }

  afterTransactionCommit(): void {
    if (!this.pending) return;
    this.pending = false;
    this.kick();
  }
}

export function errorSummary(err: unknown): { name: string; message: string } {
  return err instanceof Error
    ? { name: err.name, message: err.message }
    : { name: 'unknown', message: String(err) };
}

export type { EntityManager };
