import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const MELDINGBATCH_STATUSSEN = ['in-behandeling', 'voltooid'] as const;
export type MeldingbatchStatus = (typeof MELDINGBATCH_STATUSSEN)[number];

export const BATCHITEM_STATUSSEN = ['wachtend', 'opgeslagen', 'geweigerd'] as const;
export type BatchitemStatus = (typeof BATCHITEM_STATUSSEN)[number];

/**
 * A batch of police reports (§6.4) received as one job; its items are processed in chunks (ADR 0020). It is
 * done when none of its chunks is left: derived when read, so two replicas finishing its last two chunks at
 * once need not see each other's commit.
 */
@Entity({ tableName: 'meldingbatch' })
export class Meldingbatch {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  /** The region of the employee who submitted it: only that region sees the job. */
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'integer' }) aantal!: number;
  @Property({ type: 'text' }) ingediendDoor!: string;
  @Property({ type: 'timestamptz' }) ingediendOp!: Date;
}

/**
 * One report of a batch: references, codes and dates only. Its people and texts wait sealed in the vault
 * (`inhoudRef`) until its chunk is processed; a refused item keeps only the problem, which names fields.
 */
@Entity({ tableName: 'meldingbatch_item' })
export class MeldingbatchItem {
  @PrimaryKey({ type: 'uuid' }) meldingbatchId!: string;
  @PrimaryKey({ type: 'integer' }) volgnummer!: number;
  @Property({ type: 'integer' }) deel!: number;
  @Enum({ items: [...BATCHITEM_STATUSSEN], type: 'text' }) status!: BatchitemStatus;
  /** The report's structured fields without personal data (`BatchitemGegevens`), until it is stored. */
  @Property({ type: 'json', nullable: true }) gegevens?: unknown;
  @Property({ type: 'uuid', nullable: true }) inhoudRef?: string | null;
  @Property({ type: 'uuid', nullable: true }) meldingId?: string | null;
  @Property({ type: 'uuid', nullable: true }) dossierId?: string | null;
  /** RFC 9457 problem of a refused item: type, title, status and the fields; never a value given. */
  @Property({ type: 'json', nullable: true }) probleem?: unknown;
}

/** A chunk of a batch: one transaction of the worker, claimed with `for update skip locked`. */
@Entity({ tableName: 'meldingbatch_deel' })
@Index({
  name: 'meldingbatch_deel_open_idx',
  expression:
    'create index "meldingbatch_deel_open_idx" on "intake"."meldingbatch_deel" ("aangemaakt_op", "meldingbatch_id", "nummer") where "verwerkt_op" is null',
})
export class MeldingbatchDeel {
  @PrimaryKey({ type: 'uuid' }) meldingbatchId!: string;
  @PrimaryKey({ type: 'integer' }) nummer!: number;
  @Property({ type: 'timestamptz' }) aangemaaktOp!: Date;
  @Property({ type: 'timestamptz', nullable: true }) verwerktOp?: Date | null;
}

export const MELDINGBATCH_ENTITIES = [Meldingbatch, MeldingbatchItem, MeldingbatchDeel];
