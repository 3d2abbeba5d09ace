import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** An event written in the same transaction as the change it reports; the relay publishes it later. */
@Entity({ tableName: 'outbox' })
// The relay's scan of what is still unpublished; partial, so it stays as small as the backlog.
@Index({
  name: 'outbox_unpublished_idx',
  expression: (t) =>
    `create index "outbox_unpublished_idx" on "${t.schema}"."${t.name}" ("created_at") where "published_at" is null`,
})
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  type!: string;

  /** The CloudEvent as JSON text, exactly as it will go on the wire. */
  @Property({ type: 'text' })
  payload!: string;

  /** NATS headers to send (traceparent of the request that wrote the event). */
  @Property({ type: 'json' })
  headers!: Record<string, string>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;
}

/** One row per event a consumer has handled; the unique key makes a redelivery a no-op. */
@Entity({ tableName: 'inbox' })
@Unique({ properties: ['consumer', 'eventId'] })
export class InboxMessage {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id?: string;

  @Property({ type: 'text' })
  consumer!: string;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  handledAt: Date = new Date();
}

export const MESSAGING_ENTITIES = [OutboxMessage, InboxMessage];

/** The first step of the platform's tables (`PLATFORM_TABLE_STEPS` in `@vt/platform`): outbox and inbox. */
export function messagingTablesSql(schema: string): string[] {
  return [
    `create table if not exists "${schema}"."outbox" ("id" uuid primary key, "subject" text not null, "type" text not null, "payload" text not null, "headers" jsonb not null, "created_at" timestamptz not null default now(), "published_at" timestamptz null);`,
    `create index if not exists "outbox_unpublished_idx" on "${schema}"."outbox" ("created_at") where "published_at" is null;`,
    `create table if not exists "${schema}"."inbox" ("id" bigserial primary key, "consumer" text not null, "event_id" uuid not null, "type" text not null, "handled_at" timestamptz not null default now(), constraint "inbox_consumer_event_id_unique" unique ("consumer", "event_id"));`,
  ];
}
