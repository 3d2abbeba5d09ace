import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { OnderzoekUitkomst } from '@vt/contracts';

export type BewaarGrondslag = 'melding' | 'advies';
export type BewaarStatus = 'actief' | 'vernietigd';

/** A manager's extension (VT-15.3.4.2-b); the motivation is a text in the vault under the file. */
export interface Verlenging {
  tot: string;
  door: string;
  op: string;
  motiveringRef: string;
}

/**
 * How long a file is kept (§15.3.4): from the closing of the report's processing + 20 years, or the last
 * advice contact + 2 years, extended by a manager. A destroyed file keeps this row as its tombstone
 * (references only), so a late event cannot bring the file back and the sweep destroys it once.
 */
@Entity({ tableName: 'bewaartermijn' })
@Index({
  name: 'bewaartermijn_verlopen_idx',
  expression:
    'create index "bewaartermijn_verlopen_idx" on "privacy"."bewaartermijn" ("bewaar_tot", "dossier_id") where "status" = \'actief\'',
})
export class Bewaartermijn {
  @PrimaryKey({ type: 'uuid' }) dossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'text' }) grondslag!: BewaarGrondslag;
  /** The closing date or the date of last contact (Europe/Amsterdam). */
  @Property({ type: 'date' }) aanvang!: string;
  @Property({ type: 'date' }) bewaarTot!: string;
  @Property({ type: 'json' }) verlengingen!: Verlenging[];
  @Property({ type: 'text' }) status!: BewaarStatus;
  @Property({ type: 'timestamptz', nullable: true }) vernietigdOp!: Date | null;
}

/** The outcome of a file's investigation, as `investigation.onderzoek-afgerond` carries it (VT-15.8.6-a). */
@Entity({ tableName: 'onderzoek_uitkomst' })
export class OnderzoekUitkomstRij {
  @PrimaryKey({ type: 'uuid' }) dossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'text' }) uitkomst!: OnderzoekUitkomst;
  @Property({ type: 'timestamptz' }) afgerondOp!: Date;
}
