import { DeferMode, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';

export const DOSSIER_STATUSSEN = ['lopend', 'afgesloten'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSSEN)[number];

/** One file per household (§15.3); a new report on a running file joins it (§6.6). */
@Entity({ tableName: 'dossier' })
export class Dossier {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) regio!: string;
  @Enum({ items: [...DOSSIER_STATUSSEN], type: 'text' }) status!: DossierStatus;
  @Property({ type: 'text' }) fase!: string;
  @Property({ type: 'timestamptz' }) geopendOp!: Date;
  @Property({ type: 'timestamptz', nullable: true }) afgeslotenOp?: Date | null;
  /** Earlier closed files of the same people (radar, §1.3, §15.3.2). */
  @Property({ type: 'json', defaultRaw: `'[]'` }) eerdereDossiers!: string[];
}

@Entity({ tableName: 'dossier_persoon' })
@Index({ name: 'dossier_persoon_persoon_ref_idx', properties: ['persoonRef'] })
export class DossierPersoon {
  /** Deferred, so one statement can write a new file's people before the file itself. */
  @ManyToOne({
    entity: () => Dossier,
    primary: true,
    mapToPk: true,
    fieldName: 'dossier_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
    deferMode: DeferMode.INITIALLY_DEFERRED,
    foreignKeyName: 'dossier_persoon_dossier_id_fkey',
  })
  dossierId!: string;
  @PrimaryKey({ type: 'uuid' }) persoonRef!: string;
  @Property({ type: 'text' }) rol!: string;
}
