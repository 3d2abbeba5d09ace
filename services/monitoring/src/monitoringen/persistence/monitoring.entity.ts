import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Monitoring after a handover (§13): contact moments at least at +3 and +12 months (PD-6). */
@Entity({ tableName: 'monitoring' })
@Index({ name: 'monitoring_dossier_idx', properties: ['dossierId'] })
export class Monitoring {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) dossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'date' }) gestartOp!: string;
  @Property({ type: 'text' }) status!: string;
  @Property({ type: 'json', defaultRaw: `'[]'` }) contactmomenten!: {
    gepland: string;
    uitgevoerdOp?: string;
  }[];
}
