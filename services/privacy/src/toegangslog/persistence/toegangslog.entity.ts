import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One processing of personal data (Logboek dataverwerkingen, NEN 7513): who, when, which person or text,
 * which categories of data, and why. References only, never the data itself, so destruction never breaks
 * the chain. Append-only (a trigger refuses UPDATE and DELETE, the vault's role has neither) and
 * hash-chained: `hash` = SHA-256(`vorigeHash` ‖ the entry), so an edited row is found (ADR 0023).
 */
@Entity({ tableName: 'toegangslog' })
@Index({ name: 'toegangslog_persoon_ref_idx', properties: ['persoonRef', 'volgnummer'] })
export class ToegangslogRegel {
  /** Position in the chain: the previous entry is `volgnummer - 1`. */
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  volgnummer!: string;

  @Property({ type: 'timestamptz' })
  tijdstip!: Date;

  /** The employee (token `sub`) or the calling service on whose behalf the data was decrypted. */
  @Property({ type: 'text' })
  sub!: string;

  @Property({ type: 'text' })
  regio!: string;

  /** `lezen` (an API read), `radar` (compared by the radar, §1.3). */
  @Property({ type: 'text' })
  handeling!: string;

  /** The purpose (`X-Doelbinding`, or an RPC's `doelbinding`). */
  @Property({ type: 'text' })
  doelbinding!: string;

  @Property({ type: 'uuid', nullable: true })
  persoonRef!: string | null;

  @Property({ type: 'uuid', nullable: true })
  aantekeningRef!: string | null;

  /** Which categories of data were decrypted (`naam`, `bsn`, `adres`, …). */
  @Property({ type: 'text[]' })
  categorieen!: string[];

  @Property({ type: 'blob' })
  vorigeHash!: Buffer;

  @Property({ type: 'blob' })
  hash!: Buffer;
}
