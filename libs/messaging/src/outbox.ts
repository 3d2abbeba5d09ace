import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { CloudEvent } from 'cloudevents';
import { eventSource, eventSubject, type EventDefinition } from '@vt/contracts';
import { injectTraceContext } from '@vt/observability';
import type { Plaatshouders } from '@vt/persistence';
import { assertPublishable } from './bus-guard';
import type { MessagingConfig } from './messaging.config';
import { OutboxMessage } from './messaging.entities';

export interface OutgoingEvent<T> {
  regio: string;
  /** CloudEvents `subject`: the dossierId where there is one (ordering per file). */
  subject?: string;
  data: T;
  /** Defaults to now; injectable for tests that move time. */
  time?: Date;
  id?: string;
}

/** One outbox row, enveloped and checked by the bus guard; `Outbox.add` persists it, SQL writers insert it. */
export interface OutboxBericht {
  id: string;
  subject: string;
  type: string;
  /** The CloudEvent as JSON text, exactly as it will go on the wire. */
  payload: string;
  headers: Record<string, string>;
  createdAt: Date;
}

/**
 * Writes events into the outbox table of the caller's transaction. Nothing reaches NATS until the
 * transaction commits and the relay picks the row up.
 */
export class Outbox {
  private laatsteCreatedAt = 0;

  constructor(private readonly cfg: Pick<MessagingConfig, 'service' | 'subjectPrefix'>) {}

  add<T>(em: EntityManager, def: EventDefinition<T>, event: OutgoingEvent<T>): OutboxMessage {
    const row = em.create(OutboxMessage, { ...this.bericht(def, event), publishedAt: null });
    em.persist(row);
    return row;
  }

  /** The row `add` would persist, for a use case that writes its rows with SQL (see `outboxInsertSql`). */
  bericht<T>(def: EventDefinition<T>, event: OutgoingEvent<T>): OutboxBericht {
    if (def.service !== this.cfg.service) {
      throw new Error(`service ${this.cfg.service} cannot publish ${def.type}`);
    }
    assertPublishable(def as EventDefinition<unknown>, event.data);
    const headers = injectTraceContext({});
    const ce = new CloudEvent<T>({
      specversion: '1.0',
      id: event.id ?? randomUUID(),
      source: eventSource(event.regio, def.service),
      type: def.type,
      time: (event.time ?? new Date()).toISOString(),
      datacontenttype: 'application/json',
      ...(event.subject ? { subject: event.subject } : {}),
      ...(headers.traceparent ? { traceparent: headers.traceparent } : {}),
      data: event.data,
    });
    ce.validate();
    return {
      id: ce.id,
      subject: eventSubject(this.cfg.subjectPrefix, event.regio, def.service, def.gebeurtenis),
      type: def.type,
      payload: JSON.stringify(ce.toJSON()),
      headers,
      createdAt: this.volgendCreatedAt(),
    };
  }

  /**
   * The relay publishes by (created_at, id) and ids are random, so two events added in the same millisecond
   * would go out in either order; a strictly increasing created_at keeps the order they were added in. It
   * runs ahead of the clock only while this process adds more than one event per millisecond.
   */
  private volgendCreatedAt(): Date {
    this.laatsteCreatedAt = Math.max(Date.now(), this.laatsteCreatedAt + 1);
    return new Date(this.laatsteCreatedAt);
  }
}

/**
 * An `insert` of outbox rows for a data-modifying CTE or a statement of its own, with six `$n` parameters
 * from `plaatshouder` (numbered where it stands in the statement); its values come from `outboxBindings`.
 * Whoever writes rows this way kicks the relay after the commit (`OutboxRelay.kick`, e.g. from
 * `SqlTransactie.naCommit`), since only unit-of-work flushes wake it by themselves.
 */
export function outboxInsertSql(schema: string, plaatshouder: Plaatshouders): string {
  const p = plaatshouder;
  return `insert into "${schema}"."outbox" (id, subject, type, payload, headers, created_at)
    select * from unnest(${p('uuid[]')}, ${p('text[]')}, ${p('text[]')}, ${p('text[]')}, ${p('jsonb[]')}, ${p('timestamptz[]')})`;
}

export function outboxBindings(berichten: OutboxBericht[]): unknown[] {
  return [
    berichten.map((b) => b.id),
    berichten.map((b) => b.subject),
    berichten.map((b) => b.type),
    berichten.map((b) => b.payload),
    berichten.map((b) => JSON.stringify(b.headers)),
    berichten.map((b) => b.createdAt),
  ];
}
