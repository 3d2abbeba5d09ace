import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import {
  AFSLUITREDENEN,
  BESLUITEN,
  type Besluit,
  OVERDRACHTSPARTIJEN,
  type Overdrachtspartij,
} from '@vt/contracts';
import {
  BRONNEN,
  type Bron,
  INFORMATIESOORTEN,
  type Informatiesoort,
  POLITIEGRONDEN,
  type Politiegrond,
} from '../domain/informatie-regels';

// The records of an assessment's three steps (VT-7.4-a) and of the file's closing. Free text is in the
// privacy vault; these rows hold its `aantekeningRef`s, codes, dates and booleans.

/** One piece of information gathered (§7.4.1), with its source and its fact and interpretation apart. */
@Entity({ tableName: 'informatie' })
@Index({ name: 'informatie_beoordeling_idx', properties: ['veiligheidsbeoordelingId'] })
export class Informatie {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) veiligheidsbeoordelingId!: string;
  @Enum({ items: [...BRONNEN], type: 'text' }) bron!: Bron;
  @Enum({ items: [...INFORMATIESOORTEN], type: 'text' }) soort!: Informatiesoort;
  @Property({ type: 'boolean' }) voorContactMetDirectbetrokkenen!: boolean;
  @Property({ type: 'boolean', nullable: true }) bekend?: boolean | null;
  @Property({ type: 'uuid', nullable: true }) feitRef?: string | null;
  @Property({ type: 'uuid', nullable: true }) interpretatieRef?: string | null;
  @Enum({ items: [...POLITIEGRONDEN], type: 'text', nullable: true }) politiegrond?: Politiegrond | null;
  /** VT-11.2-a: relevant to a running criminal investigation; never passed on in a handover. */
  @Property({ type: 'boolean' }) strafrechtelijkOnderzoek!: boolean;
  /** VT-11.2-a: holds contact details of police staff; passed on only with their consent. */
  @Property({ type: 'boolean' }) politieContactgegevens!: boolean;
  /** persoonRefs the information is about. */
  @Property({ type: 'json' }) betreft!: string[];
  @Property({ type: 'text' }) vastgelegdDoor!: string;
  @Property({ type: 'timestamptz' }) vastgelegdOp!: Date;
}

/** The safety appraisal (§7.4.2) and the decision it indicates (§7.5); recorded again, it replaces. */
@Entity({ tableName: 'taxatie' })
export class Taxatie {
  @PrimaryKey({ type: 'uuid' }) veiligheidsbeoordelingId!: string;
  @Property({ type: 'boolean' }) acuteOnveiligheid!: boolean;
  @Property({ type: 'boolean' }) structureleOnveiligheid!: boolean;
  @Property({ type: 'boolean' }) multiproblematiek!: boolean;
  @Property({ type: 'boolean', nullable: true }) bevestigingNodig?: boolean | null;
  @Property({ type: 'boolean', nullable: true }) voldoendeMedewerking?: boolean | null;
  @Property({ type: 'boolean', nullable: true }) verdereBetrokkenheidNodig?: boolean | null;
  @Property({ type: 'boolean', nullable: true }) redelijkVermoeden?: boolean | null;
  @Property({ type: 'boolean', nullable: true }) zorgenOverVeiligheid?: boolean | null;
  /** VT-7.4.2-c: the risk factors, passed on to every handover party. */
  @Property({ type: 'uuid', nullable: true }) risicofactorenRef?: string | null;
  @Property({ type: 'integer' }) aantalRisicofactoren!: number;
  /** VT-7.4.2-a: the substantiation of the outcomes. */
  @Property({ type: 'uuid', nullable: true }) onderbouwingRef?: string | null;
  @Enum({ items: [...BESLUITEN], type: 'text', nullable: true }) geindiceerdBesluit?: Besluit | null;
  @Property({ type: 'text', nullable: true }) criterium?: string | null;
  @Property({ type: 'text' }) vastgelegdDoor!: string;
  @Property({ type: 'timestamptz' }) vastgelegdOp!: Date;
}

/** The decision (§7.4.3, §2.2): who decided after consulting whom, why, and who takes over. */
@Entity({ tableName: 'besluit' })
@Index({ name: 'besluit_dossier_idx', properties: ['dossierId'] })
export class BeoordelingBesluit {
  @PrimaryKey({ type: 'uuid' }) veiligheidsbeoordelingId!: string;
  @Property({ type: 'uuid' }) dossierId!: string;
  @Enum({ items: [...BESLUITEN], type: 'text' }) besluit!: Besluit;
  @Enum({ items: [...OVERDRACHTSPARTIJEN], type: 'text', nullable: true })
  overdrachtspartij?: Overdrachtspartij | null;
  /** `veilig-thuis` or the handover party; none when no follow-up steps are needed. */
  @Property({ type: 'text', nullable: true }) verantwoordelijke?: string | null;
  @Enum({ items: [...BESLUITEN], type: 'text', nullable: true }) geindiceerdBesluit?: Besluit | null;
  @Property({ type: 'boolean' }) afgeweken!: boolean;
  /** VT-2.2.1-a: the colleagues consulted (employee ids), never only the decider. */
  @Property({ type: 'json' }) geconsulteerd!: string[];
  /** VT-2.2.1-b, VT-7.4.3-c: the in-house expertise consulted. */
  @Property({ type: 'json' }) expertise!: string[];
  @Property({ type: 'uuid' }) betrokkenInformatieRef!: string;
  @Property({ type: 'uuid' }) gewogenBelangenRef!: string;
  @Property({ type: 'uuid', nullable: true }) afwijkingMotiveringRef?: string | null;
  @Property({ type: 'uuid', nullable: true }) termijnToelichtingRef?: string | null;
  @Property({ type: 'boolean' }) termijnOverschreden!: boolean;
  /** VT-2.2.1-f: the one responsible worker. */
  @Property({ type: 'text' }) beslotenDoor!: string;
  @Property({ type: 'timestamptz' }) beslotenOp!: Date;
}

/** The file's involvement ended at an assessment's decision (VT-11.3.1-c, VT-7.4.3-a B). */
@Entity({ tableName: 'dossier_afsluiting' })
export class DossierAfsluiting {
  @PrimaryKey({ type: 'uuid' }) dossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'uuid' }) veiligheidsbeoordelingId!: string;
  @Enum({ items: [...AFSLUITREDENEN], type: 'text' }) reden!: (typeof AFSLUITREDENEN)[number];
  @Property({ type: 'timestamptz' }) afgeslotenOp!: Date;
}

export const BESLUITVORMING_ENTITIES = [Informatie, Taxatie, BeoordelingBesluit, DossierAfsluiting];
