import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const DIENSTEN = ['voorwaarden-en-vervolg', 'onderzoek'] as const;
export type Dienst = (typeof DIENSTEN)[number];

/** A service Veilig Thuis runs itself after the assessment (§9, §10), due within 10 weeks. */
@Entity({ tableName: 'traject' })
@Index({ name: 'traject_dossier_idx', properties: ['dossierId'] })
export class Traject {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) dossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  @Enum({ items: [...DIENSTEN], type: 'text' }) dienst!: Dienst;
  @Property({ type: 'timestamptz' }) gestartOp!: Date;
  @Property({ type: 'date' }) uiterlijk!: string;
  @Property({ type: 'text' }) status!: string;
  @Property({ type: 'date', nullable: true }) vooronderzoekTot?: string | null;
}
