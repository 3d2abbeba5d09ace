import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const BEOORDELING_STATUSSEN = ['open', 'besloten'] as const;
export type BeoordelingStatus = (typeof BEOORDELING_STATUSSEN)[number];

/** A safety assessment (§7) of one report, with its statutory deadlines. */
@Entity({ tableName: 'veiligheidsbeoordeling' })
@Index({ name: 'veiligheidsbeoordeling_dossier_idx', properties: ['dossierId'] })
export class Veiligheidsbeoordeling {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) dossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'json' }) meldingIds!: string[];
  @Enum({ items: [...BEOORDELING_STATUSSEN], type: 'text' }) status!: BeoordelingStatus;
  @Property({ type: 'timestamptz' }) ontvangenOp!: Date;
  @Property({ type: 'boolean' }) spoed!: boolean;
  /** VT-6.6-b: opened for a new report on a running file. */
  @Property({ type: 'boolean' }) herbeoordeling!: boolean;
  /** VT-7.2-a: end of the 5th working day after receipt. */
  @Property({ type: 'date' }) uiterlijk!: string;
  /** VT-7.3-a: the day Veilig Thuis is responsible for oversight of safety at the latest. */
  @Property({ type: 'date' }) zichtOpVeiligheidVanaf!: string;
  @Property({ type: 'timestamptz' }) gestartOp!: Date;
  @Property({ type: 'text', nullable: true }) besluit?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) beslotenOp?: Date | null;
}
