import { Check, DeferMode, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import {
  type Anonimiteit,
  type Anonimiteitsgrond,
  type CheckAanleiding,
  type HermeldingCategorie,
  type Kanaal,
  type MelderType,
  MELDING_STATUSSEN,
  type MeldingStatus,
  type ZichtOpVeiligheidBij,
} from '@vt/contracts';
import { Dossier } from '../../dossiers/persistence/dossier.entity';

/** A report: structured data and references only; its people and texts live in the privacy vault. */
@Entity({ tableName: 'melding' })
@Index({ name: 'melding_dossier_idx', properties: ['dossierId'] })
export class Melding {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  /** Deferred, so one statement can write a new file's first report before the file itself. */
  @ManyToOne({
    entity: () => Dossier,
    mapToPk: true,
    fieldName: 'dossier_id',
    updateRule: 'no action',
    deferMode: DeferMode.INITIALLY_DEFERRED,
    foreignKeyName: 'melding_dossier_id_fkey',
  })
  dossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  /**
   * The household's municipality the region was derived from (VT-3.0-a: the residence used is recorded), as
   * given, so a report routed by a code that a merger later retired can still be explained. Null only on
   * reports received before it was recorded.
   */
  @Property({ type: 'text', nullable: true })
  @Check({ name: 'melding_gemeentecode_check', expression: `"gemeentecode" ~ '^GM[0-9]{4}$'` })
  gemeentecode?: string | null;
  @Property({ type: 'text' }) kanaal!: Kanaal;
  @Property({ type: 'timestamptz' }) ontvangenOp!: Date;
  @Property({ type: 'boolean' }) spoed!: boolean;
  @Enum({ items: [...MELDING_STATUSSEN], type: 'text' }) status!: MeldingStatus;
  @Property({ type: 'text' }) melderType!: MelderType;
  /** Absent when the reporter is anonymous towards Veilig Thuis (VT-6.5.2-a). */
  @Property({ type: 'uuid', nullable: true }) melderRef?: string | null;
  @Property({ type: 'text' }) anonimiteit!: Anonimiteit;
  @Property({ type: 'text', nullable: true }) anonimiteitsgrond?: Anonimiteitsgrond | null;
  @Property({ type: 'boolean', nullable: true }) meldcodePlichtig?: boolean | null;
  @Property({ type: 'boolean', nullable: true }) toestemmingIdentiteitDelen?: boolean | null;
  @Property({ type: 'smallint' })
  @Check({ name: 'melding_schaalvraag_check', expression: '"schaalvraag" >= 0 and "schaalvraag" <= 10' })
  schaalvraag!: number;
  @Property({ type: 'boolean', nullable: true }) strafrechtelijkOnderzoek?: boolean | null;
  /** soort → aantekeningRef, e.g. `zorgen.omschrijving`. */
  @Property({ type: 'json' }) aantekeningRefs!: Record<string, string>;
  @Property({ type: 'date' }) veiligheidsbeoordelingUiterlijk!: string;
  @Property({ type: 'date' }) zichtOpVeiligheidUiterlijk!: string;
  @Property({ type: 'text' }) geregistreerdDoor!: string;
  @Property({ type: 'timestamptz' }) geregistreerdOp!: Date;
  /** VT-3.2.2-a, VT-6.3-a: the Meldcode steps and the afwegingskader were discussed. */
  @Property({ type: 'boolean', nullable: true }) meldcodeStappenBesproken?: boolean | null;
  /** VT-6.3.1-a. */
  @Property({ type: 'text', nullable: true }) checkAanleiding?: CheckAanleiding | null;
  /** VT-6.3-a(1). */
  @Property({ type: 'boolean', nullable: true }) acuteOnveiligheid?: boolean | null;
  @Property({ type: 'boolean', nullable: true }) structureleOnveiligheid?: boolean | null;
  /** VT-6.5-b. */
  @Property({ type: 'boolean', nullable: true }) gevolgenAnonimiteitBesproken?: boolean | null;
  /** VT-6.1-a: `veilig-thuis` for every reporter but a professional, for whom it is what was agreed. */
  @Property({ type: 'text', nullable: true }) zichtOpVeiligheidBij?: ZichtOpVeiligheidBij | null;
  /** VT-6.2-a(4), VT-6.3-a(4): when the reporter can expect feedback. */
  @Property({ type: 'date', nullable: true }) terugkoppelingVerwachtOp?: string | null;
  /** VT-3.0-b: the residence's region when Veilig Thuis deviated from it (the reason is a text ref). */
  @Property({ type: 'text', nullable: true }) woonplaatsRegio?: string | null;
  /** VT-B1-b: the re-report category; null when the report is no re-report. */
  @Property({ type: 'text', nullable: true }) hermelding?: HermeldingCategorie | null;
  /** VT-6.5.2-a: the manager who took the report into treatment, and when (the motivation is a text ref). */
  @Property({ type: 'text', nullable: true }) inBehandelingGenomenDoor?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) inBehandelingGenomenOp?: Date | null;
}
