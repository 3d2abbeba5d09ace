import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export type Dienst = 'voorwaarden-en-vervolg' | 'onderzoek';

/** A service Veilig Thuis runs itself after the assessment (§9, §10), due within 10 weeks. */
@Entity({ tableName: 'traject' })
export class Traject {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) dossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'text' }) dienst!: Dienst;
  @Property({ type: 'timestamptz' }) gestartOp!: Date;
  @Property({ type: 'date' }) uiterlijk!: string;
  @Property({ type: 'text' }) status!: string;
  @Property({ type: 'date', nullable: true }) vooronderzoekTot?: string | null;
}
