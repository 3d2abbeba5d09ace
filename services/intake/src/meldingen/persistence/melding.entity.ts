import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Anonimiteit, Anonimiteitsgrond, Kanaal, MelderType, MeldingStatus } from '@vt/contracts';

/** A report: structured data and references only; its people and texts live in the privacy vault. */
@Entity({ tableName: 'melding' })
export class Melding {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) dossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  /**
   * The household's municipality the region was derived from (VT-3.0-a: the residence used is recorded), as
   * given, so a report routed by a code that a merger later retired can still be explained. Null only on
   * reports received before it was recorded.
   */
  @Property({ type: 'text', nullable: true }) gemeentecode?: string | null;
  @Property({ type: 'text' }) kanaal!: Kanaal;
  @Property({ type: 'timestamptz' }) ontvangenOp!: Date;
  @Property({ type: 'boolean' }) spoed!: boolean;
  @Property({ type: 'text' }) status!: MeldingStatus;
  @Property({ type: 'text' }) melderType!: MelderType;
  /** Absent when the reporter is anonymous towards Veilig Thuis (VT-6.5.2-a). */
  @Property({ type: 'uuid', nullable: true }) melderRef?: string | null;
  @Property({ type: 'text' }) anonimiteit!: Anonimiteit;
  @Property({ type: 'text', nullable: true }) anonimiteitsgrond?: Anonimiteitsgrond | null;
  @Property({ type: 'boolean', nullable: true }) meldcodePlichtig?: boolean | null;
  @Property({ type: 'boolean', nullable: true }) toestemmingIdentiteitDelen?: boolean | null;
  @Property({ type: 'smallint' }) schaalvraag!: number;
  @Property({ type: 'boolean', nullable: true }) strafrechtelijkOnderzoek?: boolean | null;
  /** soort → aantekeningRef, e.g. `zorgen.omschrijving`. */
  @Property({ type: 'json' }) aantekeningRefs!: Record<string, string>;
  @Property({ type: 'date' }) veiligheidsbeoordelingUiterlijk!: string;
  @Property({ type: 'date' }) zichtOpVeiligheidUiterlijk!: string;
  @Property({ type: 'text' }) geregistreerdDoor!: string;
  @Property({ type: 'timestamptz' }) geregistreerdOp!: Date;
}
