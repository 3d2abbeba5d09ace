import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { ZICHT_OP_VEILIGHEID_GRONDEN, type ZichtOpVeiligheidGrond } from '@vt/contracts';

export const BEOORDELING_STATUSSEN = ['open', 'besloten'] as const;
export type BeoordelingStatus = (typeof BEOORDELING_STATUSSEN)[number];

const WERKLIJST = '"regio", "uiterlijk", "ontvangen_op", "id"';
const OPEN = `"status" = 'open'`;
/**
 * VT-7.3-a: not taken over yet, and not ended before the 6th working day by a decision without follow-up
 * steps (ADR 0021, 0022); the scheduler's claims repeat it, so they read this index.
 */
const ZICHT_OPEN = `"zicht_overgenomen_op" is null and not coalesce("besluit" = 'geen-vervolgstappen' and ("besloten_op" at time zone 'Europe/Amsterdam')::date < "zicht_op_veiligheid_vanaf", false)`;
const index = (naam: string, kolommen: string, waar?: string) =>
  `create index "${naam}" on "assessment"."veiligheidsbeoordeling" (${kolommen})${waar ? ` where ${waar}` : ''}`;

/** A safety assessment (§7) of one report, with its statutory deadlines. */
@Entity({ tableName: 'veiligheidsbeoordeling' })
@Index({ name: 'veiligheidsbeoordeling_dossier_idx', properties: ['dossierId'] })
// The worklist's views and the deadline scheduler's claims (ADR 0021).
@Index({ name: 'beoordeling_alle_idx', expression: index('beoordeling_alle_idx', WERKLIJST) })
@Index({ name: 'beoordeling_open_idx', expression: index('beoordeling_open_idx', WERKLIJST, OPEN) })
@Index({
  name: 'beoordeling_mijn_idx',
  expression: index(
    'beoordeling_mijn_idx',
    `"regio", "dossierhouder", "uiterlijk", "ontvangen_op", "id"`,
    OPEN,
  ),
})
@Index({
  name: 'beoordeling_niet_toegewezen_idx',
  expression: index('beoordeling_niet_toegewezen_idx', WERKLIJST, `${OPEN} and "dossierhouder" is null`),
})
@Index({
  name: 'beoordeling_termijn_idx',
  expression: index(
    'beoordeling_termijn_idx',
    '"uiterlijk"',
    `${OPEN} and "termijn_overschreden_op" is null`,
  ),
})
@Index({
  name: 'beoordeling_zicht_idx',
  expression: index('beoordeling_zicht_idx', '"zicht_op_veiligheid_vanaf"', ZICHT_OPEN),
})
@Index({ name: 'beoordeling_ontvangen_idx', properties: ['regio', 'ontvangenOp'] })
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
  /** VT-B1-b: a new file about people with earlier closed files. */
  @Property({ type: 'boolean', default: false }) hermelding!: boolean;
  /** VT-1.3-c: the radar found earlier files about these people. */
  @Property({ type: 'boolean', default: false }) radar!: boolean;
  /** §6.5: the reporter is anonymous towards the family or towards Veilig Thuis. */
  @Property({ type: 'boolean', default: false }) anoniemeMelder!: boolean;
  /** VT-2.2.1-f: the worker responsible (the token's `sub`); assigned by a `leidinggevende`. */
  @Property({ type: 'text', nullable: true }) dossierhouder?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) toegewezenOp?: Date | null;
  /** VT-1.3-l: when the scheduler emitted `termijn-overschreden` (once). */
  @Property({ type: 'timestamptz', nullable: true }) termijnOverschredenOp?: Date | null;
  /** VT-7.3-a: when `zicht-op-veiligheid-overgenomen` was emitted (once), and on which ground. */
  @Property({ type: 'timestamptz', nullable: true }) zichtOvergenomenOp?: Date | null;
  @Enum({ items: [...ZICHT_OP_VEILIGHEID_GRONDEN], type: 'text', nullable: true })
  zichtGrond?: ZichtOpVeiligheidGrond | null;
}
