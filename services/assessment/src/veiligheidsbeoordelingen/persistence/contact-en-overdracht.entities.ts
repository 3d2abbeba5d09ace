import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { MELDER_TYPES, type MelderType, OVERDRACHTSPARTIJEN, type Overdrachtspartij } from '@vt/contracts';
import { CONTACTVORMEN } from '../domain/contact-regels';
import {
  INFORMEERDERS,
  type Informeerder,
  OVERDRACHTSVORMEN,
  type Overdrachtsvorm,
} from '../domain/overdracht-regels';
import { TERUGKOPPELINGSKANALEN } from '../domain/terugkoppeling-regels';

/** Per participant of a contact: codes, an age and booleans; an explanation only as a vault ref. */
export interface ContactDeelnemer {
  persoonRef: string;
  rol: string;
  geinformeerdOver: string[];
  gehoord: string;
  leeftijd?: number;
  gesproken?: boolean;
  gezien?: boolean;
  toelichtingRef?: string;
}

/** A contact with the people involved (§8.1, §2.1): who took part, was told what, was heard. */
@Entity({ tableName: 'contact' })
@Index({ name: 'contact_beoordeling_idx', properties: ['veiligheidsbeoordelingId'] })
export class Contact {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) veiligheidsbeoordelingId!: string;
  @Property({ type: 'date' }) datum!: string;
  @Enum({ items: [...CONTACTVORMEN], type: 'text' }) vorm!: (typeof CONTACTVORMEN)[number];
  /** VT-8.1-b: within the assessment, or (directly) after its decision (§8.2). */
  @Property({ type: 'boolean' }) naBesluit!: boolean;
  @Property({ type: 'json' }) deelnemers!: ContactDeelnemer[];
  @Property({ type: 'json' }) besproken!: string[];
  @Property({ type: 'boolean', nullable: true }) oudersVoorafGeinformeerd?: boolean | null;
  @Property({ type: 'uuid', nullable: true }) redenOudersNietVoorafRef?: string | null;
  @Property({ type: 'uuid', nullable: true }) verslagRef?: string | null;
  @Property({ type: 'text' }) vastgelegdDoor!: string;
  @Property({ type: 'timestamptz' }) vastgelegdOp!: Date;
}

/** A decision to refrain from contact (§2.1.3), under 2.2. */
@Entity({ tableName: 'afzien_van_contact' })
@Index({ name: 'afzien_van_contact_beoordeling_idx', properties: ['veiligheidsbeoordelingId'] })
export class AfzienVanContact {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) veiligheidsbeoordelingId!: string;
  @Property({ type: 'json' }) personen!: string[];
  @Property({ type: 'uuid' }) motiveringRef!: string;
  @Property({ type: 'uuid' }) feitenRef!: string;
  @Property({ type: 'date', nullable: true }) informerenOp?: string | null;
  @Property({ type: 'uuid', nullable: true }) informerenBijRef?: string | null;
  @Property({ type: 'json' }) geconsulteerd!: string[];
  @Property({ type: 'text' }) beslotenDoor!: string;
  @Property({ type: 'timestamptz' }) beslotenOp!: Date;
}

/** The direct handover after the assessment (§11.3), one per assessment. */
@Entity({ tableName: 'overdracht' })
export class Overdracht {
  @PrimaryKey({ type: 'uuid' }) veiligheidsbeoordelingId!: string;
  @Enum({ items: [...OVERDRACHTSPARTIJEN], type: 'text' }) partij!: Overdrachtspartij;
  @Enum({ items: [...OVERDRACHTSVORMEN], type: 'text' }) vorm!: Overdrachtsvorm;
  @Enum({ items: [...INFORMEERDERS], type: 'text' }) geinformeerdDoor!: Informeerder;
  @Property({ type: 'json' }) afsprakenE3!: string[];
  @Property({ type: 'json' }) informatieIds!: string[];
  @Property({ type: 'uuid', nullable: true }) risicofactorenRef?: string | null;
  @Property({ type: 'boolean' }) terugmeldafspraak!: boolean;
  @Property({ type: 'uuid', nullable: true }) afsprakenRef?: string | null;
  @Property({ type: 'uuid', nullable: true }) hulpRef?: string | null;
  @Property({ type: 'text' }) verzondenDoor!: string;
  /** VT-11.5-a: oversight of safety passes to the party on this date. */
  @Property({ type: 'timestamptz' }) verzondenOp!: Date;
}

/** Feedback to a reporter after the assessment (§12.2), recorded as sent. */
@Entity({ tableName: 'terugkoppeling' })
@Index({ name: 'terugkoppeling_beoordeling_idx', properties: ['veiligheidsbeoordelingId'] })
export class Terugkoppeling {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) veiligheidsbeoordelingId!: string;
  @Property({ type: 'uuid' }) meldingId!: string;
  @Enum({ items: [...MELDER_TYPES], type: 'text' }) melderType!: MelderType;
  @Enum({ items: [...TERUGKOPPELINGSKANALEN], type: 'text' })
  kanaal!: (typeof TERUGKOPPELINGSKANALEN)[number];
  @Property({ type: 'json' }) inhoud!: string[];
  @Property({ type: 'boolean' }) voortdurendeBetrokkenheid!: boolean;
  @Property({ type: 'text' }) verzondenDoor!: string;
  @Property({ type: 'timestamptz' }) verzondenOp!: Date;
}

export const CONTACT_EN_OVERDRACHT_ENTITIES = [Contact, AfzienVanContact, Overdracht, Terugkoppeling];
