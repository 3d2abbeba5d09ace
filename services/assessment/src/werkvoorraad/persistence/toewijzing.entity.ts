import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One (re)assignment of a safety assessment to a file holder (VT-2.2.1-f); the reason is in the vault. */
@Entity({ tableName: 'toewijzing' })
@Index({ name: 'toewijzing_beoordeling_idx', properties: ['veiligheidsbeoordelingId'] })
export class Toewijzing {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) veiligheidsbeoordelingId!: string;
  @Property({ type: 'text' }) dossierhouder!: string;
  @Property({ type: 'text', nullable: true }) vorigeDossierhouder?: string | null;
  @Property({ type: 'text' }) toegewezenDoor!: string;
  @Property({ type: 'timestamptz' }) toegewezenOp!: Date;
  /** The vault's `aantekeningRef` of the reason for a reassignment. */
  @Property({ type: 'uuid', nullable: true }) redenRef?: string | null;
}
