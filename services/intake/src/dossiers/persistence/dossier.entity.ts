import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export type DossierStatus = 'lopend' | 'afgesloten';

/** One file per household (§15.3); a new report on a running file joins it (§6.6). */
@Entity({ tableName: 'dossier' })
export class Dossier {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'text' }) status!: DossierStatus;
  @Property({ type: 'text' }) fase!: string;
  @Property({ type: 'timestamptz' }) geopendOp!: Date;
  @Property({ type: 'timestamptz', nullable: true }) afgeslotenOp?: Date | null;
  /** Earlier closed files of the same people (radar, §1.3, §15.3.2). */
  @Property({ type: 'json' }) eerdereDossiers!: string[];
}

@Entity({ tableName: 'dossier_persoon' })
export class DossierPersoon {
  @PrimaryKey({ type: 'uuid' }) dossierId!: string;
  @PrimaryKey({ type: 'uuid' }) persoonRef!: string;
  @Property({ type: 'text' }) rol!: string;
}
