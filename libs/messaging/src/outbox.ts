import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { CloudEvent } from 'cloudevents';
import { eventSource, eventSubject, type EventDefinition } from '@vt/contracts';
import { injectTraceContext } from '@vt/observability';
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

/**
 * Writes events into the outbox table of the caller's transaction. Nothing reaches NATS until the
 * transaction commits and the relay picks the row up.
 */
export class Outbox {
  constructor(private readonly cfg: Pick<MessagingConfig, 'service' | 'subjectPrefix'>) {}

  add<T>(em: EntityManager, def: EventDefinition<T>, event: OutgoingEvent<T>): OutboxMessage {
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
    const row = em.create(OutboxMessage, {
      id: ce.id,
      subject: eventSubject(this.cfg.subjectPrefix, event.regio, def.service, def.gebeurtenis),
      type: def.type,
      payload: JSON.stringify(ce.toJSON()),
      headers,
      createdAt: new Date(),
      publishedAt: null,
    });
    em.persist(row);
    return row;
  }
}
