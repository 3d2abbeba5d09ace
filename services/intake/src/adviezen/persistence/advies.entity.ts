import { DeferMode, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import {
  ADVIES_KANALEN,
  ADVIESVRAGER_TYPES,
  type AdviesKanaal,
  type AdviesvragerType,
  type Intentie,
  type MeldcodeStap,
  type Ondersteuningsactie as OndersteuningsactieCode,
} from '@vt/contracts';

/** The checklist of a first contact (VT-3.2-b), as codes and counts: nothing identifies the family. */
export interface EersteContact {
  relatieTotHuishouden?: string;
  volwassenen?: number;
  minderjarigen?: number;
  intentie?: Intentie;
  /** VT-3.2.1-a: a minor who calls is spoken to whatever his age; recorded, never gated. */
  minderjarigeBeller?: boolean;
}

/** VT-3.2.2-a: a professional's Meldcode step and the afwegingskader's five questions as answered. */
export interface Meldcode {
  meldcodePlichtig: boolean;
  stap?: MeldcodeStap;
  afwegingskader?: {
    vermoeden?: boolean;
    onveiligheid?: boolean;
    hulpMogelijk?: boolean;
    hulpAanvaard?: boolean;
    resultaatBinnenTermijn?: boolean;
  };
}

/** The recorded ex officio decision (VT-4.4-a…c, VT-5.4-a/b): conditions, consultation, refs to its motivation. */
export interface AmbtshalveBesluit {
  hoogEnAcuutRisico: boolean;
  onvoldoendeVeiligheid: boolean;
  geenOvereenstemming?: boolean;
  persoonsgegevensBekend: boolean;
  besprokenMetAdviesvrager: boolean;
  besloten: { door: string; op: string; geconsulteerd: string[] };
  aantekeningRefs: Record<string, string>;
}

/**
 * An advice file (VT-5.5-b): the number its seeker quotes, and the retention that every contact on it
 * moves to the last contact + 2 years (VT-15.3.4.1-a).
 */
@Entity({ tableName: 'adviesdossier' })
/** The hourly destruction pass looks files up by the date they are kept until. */
@Index({ name: 'adviesdossier_bewaar_tot_idx', properties: ['bewaarTot'] })
@Unique({ name: 'adviesdossier_dossiernummer_key', properties: ['dossiernummer'] })
export class Adviesdossier {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) dossiernummer!: string;
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'timestamptz' }) geopendOp!: Date;
  @Property({ type: 'timestamptz' }) laatsteContactOp!: Date;
  @Property({ type: 'date' }) bewaarTot!: string;
}

/** One advice conversation (VT-5.1-b): codes and references only, never the family (VT-5.5-a). */
@Entity({ tableName: 'advies' })
@Index({ name: 'advies_adviesdossier_idx', properties: ['adviesdossierId'] })
export class Advies {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne({
    entity: () => Adviesdossier,
    mapToPk: true,
    fieldName: 'adviesdossier_id',
    updateRule: 'no action',
    deferMode: DeferMode.INITIALLY_DEFERRED,
    foreignKeyName: 'advies_adviesdossier_id_fkey',
  })
  adviesdossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  @Enum({ items: [...ADVIES_KANALEN], type: 'text' })
  kanaal!: AdviesKanaal;
  @Enum({ items: [...ADVIESVRAGER_TYPES], type: 'text' })
  adviesvragerType!: AdviesvragerType;
  @Property({ type: 'timestamptz' }) contactOp!: Date;
  /** The earlier advice of the same case this one follows up. */
  @Property({ type: 'uuid', nullable: true }) vervolgOp?: string | null;
  @Property({ type: 'json' }) eersteContact!: EersteContact;
  @Property({ type: 'json', nullable: true }) meldcode?: Meldcode | null;
  @Property({ type: 'boolean' }) toestemmingRegistratie!: boolean;
  @Property({ type: 'boolean', nullable: true }) toestemmingToegelicht?: boolean | null;
  @Property({ type: 'timestamptz', nullable: true }) toestemmingIngetrokkenOp?: Date | null;
  /** The seeker in the vault; only with consent, and null again once it is withdrawn (VT-15.5-c). */
  @Property({ type: 'uuid', nullable: true }) adviesvragerRef?: string | null;
  /** soort → aantekeningRef, e.g. `samenvatting`. */
  @Property({ type: 'json' }) aantekeningRefs!: Record<string, string>;
  /** The report this advice became (ex officio, VT-4.4-e). */
  @Property({ type: 'uuid', nullable: true }) meldingId?: string | null;
  @Property({ type: 'json', nullable: true }) ambtshalve?: AmbtshalveBesluit | null;
  @Property({ type: 'text' }) geregistreerdDoor!: string;
}

/** A support action on an advice (VT-4.3-a, VT-5.3-b); its note is in the vault. */
@Entity({ tableName: 'ondersteuningsactie' })
@Index({ name: 'ondersteuningsactie_advies_idx', properties: ['adviesId'] })
export class Ondersteuningsactie {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @ManyToOne({
    entity: () => Advies,
    mapToPk: true,
    fieldName: 'advies_id',
    updateRule: 'no action',
    deleteRule: 'cascade',
    foreignKeyName: 'ondersteuningsactie_advies_id_fkey',
  })
  adviesId!: string;
  @Property({ type: 'text' }) actie!: OndersteuningsactieCode;
  @Property({ type: 'timestamptz' }) uitgevoerdOp!: Date;
  /** VT-5.3-a: a professional confirms the consent of (one of) the directly involved persons. */
  @Property({ type: 'boolean', nullable: true }) toestemmingBetrokkenenBevestigd?: boolean | null;
  @Property({ type: 'json' }) aantekeningRefs!: Record<string, string>;
  @Property({ type: 'text' }) geregistreerdDoor!: string;
}
