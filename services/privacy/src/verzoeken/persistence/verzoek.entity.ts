import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Hoedanigheid, VerzoekGrond, VerzoekSoort, VerzoekUitkomst } from '@vt/contracts';

export type VerzoekStatus = 'ontvangen' | 'besloten';

/**
 * A data-subject request (§15.8). Free text (the requester's explanation, the motivation of the decision)
 * is sealed under the data key of the person it is about, so destroying him makes it unreadable too.
 */
@Entity({ tableName: 'verzoek' })
@Index({ name: 'verzoek_persoon_idx', properties: ['persoonRef'] })
export class Verzoek {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'text' }) soort!: VerzoekSoort;
  /** The person the data are about. */
  @Property({ type: 'uuid' }) persoonRef!: string;
  /** Who asked: the person himself or his legal representative (a person of the vault). */
  @Property({ type: 'uuid' }) indienerRef!: string;
  @Property({ type: 'text' }) hoedanigheid!: Hoedanigheid;
  @Property({ type: 'timestamptz' }) ontvangenOp!: Date;
  /** The inputs of the age rule on the request date, and its version (privacy-design.md: audited). */
  @Property({ type: 'integer', nullable: true }) leeftijd!: number | null;
  @Property({ type: 'boolean' }) wilsonbekwaam!: boolean;
  @Property({ type: 'integer' }) regelVersie!: number;
  @Property({ type: 'date' }) beslissenUiterlijk!: string;
  @Property({ type: 'date', nullable: true }) uitvoerenUiterlijk!: string | null;
  /** Sealed `{toelichting?, wilsonbekwaamMotivering?}` of the request. */
  @Property({ type: 'blob', nullable: true }) teksten!: Buffer | null;
  @Property({ type: 'text' }) status!: VerzoekStatus;
  @Property({ type: 'text' }) geregistreerdDoor!: string;
  @Property({ type: 'text', nullable: true }) uitkomst!: VerzoekUitkomst | null;
  @Property({ type: 'text', nullable: true }) grond!: VerzoekGrond | null;
  /** Sealed motivation of the decision (written and motivated, §15.8.2–§15.8.7). */
  @Property({ type: 'blob', nullable: true }) motivering!: Buffer | null;
  /** The texts withheld by a limitation (§15.8.2 "the parts affected", §15.8.7 "items withheld"). */
  @Property({ type: 'json' }) beperkt!: string[];
  @Property({ type: 'timestamptz', nullable: true }) beslotenOp!: Date | null;
  @Property({ type: 'text', nullable: true }) beslotenDoor!: string | null;
  /** When a granted destruction was carried out (VT-15.8.5-a). */
  @Property({ type: 'timestamptz', nullable: true }) uitgevoerdOp!: Date | null;
}
