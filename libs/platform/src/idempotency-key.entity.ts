import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { MESSAGING_ENTITIES } from '@vt/messaging';

/**
 * The first answer to a write per Idempotency-Key and user (contract §1), in every service's schema.
 * Written by `IdempotencyKeyRepository`'s SQL (ADR 0012 rule 3); the entity declares the table
 * that `PLATFORM_TABLE_STEPS` created, so the schema test compares it like any other.
 */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  /** The `Idempotency-Key` header as the client sent it. */
  @PrimaryKey({ type: 'text' }) sleutel!: string;
  @PrimaryKey({ type: 'text' }) sub!: string;
  /** `verzoekHash`: method, URL and body of the request that claimed the key. */
  @Property({ type: 'text' }) verzoekHash!: string;
  /** Null while the request that claimed the key is still being handled. */
  @Property({ type: 'int', nullable: true }) status?: number | null;
  @Property({ type: 'json', nullable: true }) antwoord?: unknown;
  @Property({ type: 'timestamptz', defaultRaw: 'now()' }) aangemaaktOp!: Date;
  /** Shared by every attempt of one request, so a retry derives the same ids. */
  @Property({ type: 'uuid', defaultRaw: 'gen_random_uuid()' }) verzoekId!: string;
}

/** The tables the platform keeps in every service's schema: outbox, inbox and Idempotency-Keys. */
export const PLATFORM_ENTITIES = [...MESSAGING_ENTITIES, IdempotencyKey];
