import { Check, DeferMode, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A wrapped data key in its own schema; destroying it makes every copy of its ciphertexts unreadable.
 * These entities declare the migrated tables (ADR 0012); the vault writes them with SQL named from them.
 */
@Entity({ tableName: 'data_key', schema: 'privacy_keys' })
@Check({ name: 'data_key_destroyed_has_no_key', expression: '"vernietigd_op" is null or "wrapped" is null' })
export class DataKey {
  @PrimaryKey({ type: 'uuid' })
  keyId!: string;

  @Enum({ items: ['persoon', 'aantekening'] })
  eigenaarSoort!: 'persoon' | 'aantekening';

  @Property({ type: 'uuid' })
  eigenaarRef!: string;

  @Property({ type: 'blob', nullable: true })
  wrapped!: Buffer | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  aangemaaktOp!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  vernietigdOp!: Date | null;
}

/** One person's personal data, sealed under the person's own data key. */
@Entity({ tableName: 'persoon' })
@Index({
  name: 'persoon_bidx_bsn_idx',
  expression:
    'create index "persoon_bidx_bsn_idx" on "privacy"."persoon" ("bidx_bsn") where "bidx_bsn" is not null',
})
@Index({
  name: 'persoon_bidx_naam_gd_idx',
  expression:
    'create index "persoon_bidx_naam_gd_idx" on "privacy"."persoon" ("bidx_naam_gd") where "bidx_naam_gd" is not null',
})
export class Persoon {
  @PrimaryKey({ type: 'uuid' })
  persoonRef!: string;

  @Property({ type: 'text' })
  regio!: string;

  @ManyToOne(() => DataKey, {
    fieldName: 'key_id',
    foreignKeyName: 'persoon_key_id_fkey',
    deferMode: DeferMode.INITIALLY_DEFERRED,
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  dataKey!: DataKey;

  /** Sealed JSON of PersoonGegevens; AAD `persoon|gegevens|<ref>|<ref>|v1`. */
  @Property({ type: 'blob' })
  gegevens!: Buffer;

  /** Blind index of the BSN. */
  @Property({ type: 'text', nullable: true })
  bidxBsn!: string | null;

  /** Blind index of the normalised surname + birth date. */
  @Property({ type: 'text', nullable: true })
  bidxNaamGd!: string | null;

  /** Part of the niet-ter-inzage part (VT-15.6-a): an anonymous reporter's identity. */
  @Property({ type: 'boolean', default: false })
  nietTerInzage!: boolean;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  aangemaaktOp!: Date;
}

/** Free text about people (a conversation report, the concerns of a report), sealed under its own key. */
@Entity({ tableName: 'aantekening' })
// The texts about one person (inzage, destruction on request): migration 20261201230000.
@Index({
  name: 'aantekening_betreft_idx',
  expression:
    'create index "aantekening_betreft_idx" on "privacy"."aantekening" using gin ("betreft" jsonb_path_ops)',
})
export class Aantekening {
  @PrimaryKey({ type: 'uuid' })
  aantekeningRef!: string;

  @Property({ type: 'text' })
  regio!: string;

  @Index({ name: 'aantekening_dossier_idx' })
  @Property({ type: 'uuid' })
  dossierId!: string;

  @Property({ type: 'text' })
  soort!: string;

  @ManyToOne(() => DataKey, {
    fieldName: 'key_id',
    foreignKeyName: 'aantekening_key_id_fkey',
    deferMode: DeferMode.INITIALLY_DEFERRED,
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  dataKey!: DataKey;

  @Property({ type: 'blob' })
  tekst!: Buffer;

  /** The persons the text is about (per-person access rights, §15.7). */
  @Property({ type: 'jsonb' })
  betreft!: string[];

  @Property({ type: 'boolean', default: false })
  nietTerInzage!: boolean;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  aangemaaktOp!: Date;

  // The file-keeping rules (§15.4, §2.1.8, ADR 0023): codes here, their free text sealed in `dossiervorming`.

  /** `feit`, `mening`, `oordeel`, `hypothese` (VT-2.1.8-a); null: recorded without (see `onvolledig`). */
  @Property({ type: 'text', nullable: true })
  aard!: string | null;

  /** Who it came from (VT-2.1.8-b). */
  @Property({ type: 'text', nullable: true })
  bronSoort!: string | null;

  /** False: not based on current contact (VT-15.4-g). */
  @Property({ type: 'boolean', nullable: true })
  actueelContact!: boolean | null;

  /** Medical information or a diagnosis (VT-15.4-d). */
  @Property({ type: 'boolean', default: false })
  medisch!: boolean;

  /** `in-afwachting`, `geaccordeerd`, `gewijzigd` (VT-15.4-f). */
  @Property({ type: 'text', nullable: true })
  informantAccordering!: string | null;

  /** A directly involved person's own view (VT-15.4-i). */
  @Property({ type: 'boolean', default: false })
  zienswijzeBetrokkene!: boolean;

  /** Incriminating information from a third party (VT-15.4-j). */
  @Property({ type: 'boolean', default: false })
  belastend!: boolean;

  /** The note holding the person's view of it (VT-15.4-j). */
  @Property({ type: 'uuid', nullable: true })
  belastendZienswijzeRef!: string | null;

  /** Recorded without its file-keeping rules (a v1 caller): fact or opinion and source still to add. */
  @Property({ type: 'boolean', default: false })
  onvolledig!: boolean;

  /** Sealed JSON of the rules' free text (status, the source named, medical need, a reason). */
  @Property({ type: 'blob', nullable: true })
  dossiervorming!: Buffer | null;
}

/** Which persons belong to which file; retention and destruction follow the file (§15.3). */
@Entity({ tableName: 'dossier_persoon' })
// A person's files (is he on another one?) and the cascade of his destruction: migration 20261201230000.
@Index({ name: 'dossier_persoon_persoon_idx', properties: ['persoon'] })
export class DossierPersoon {
  @PrimaryKey({ type: 'uuid' })
  dossierId!: string;

  @ManyToOne(() => Persoon, {
    primary: true,
    fieldName: 'persoon_ref',
    foreignKeyName: 'dossier_persoon_persoon_ref_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  persoon!: Persoon;

  @Property({ type: 'text' })
  rol!: string;
}

/** Replies to `vt.rpc.privacy.*` calls by verzoekId, so a retried call stores nothing twice. */
@Entity({ tableName: 'rpc_verzoek' })
export class RpcVerzoek {
  @PrimaryKey({ type: 'uuid' })
  verzoekId!: string;

  @Property({ type: 'text' })
  actie!: string;

  /** References only, never personal data. */
  @Property({ type: 'jsonb' })
  antwoord!: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  verwerktOp!: Date;
}

export const KLUIS_ENTITIES = [DataKey, Persoon, Aantekening, DossierPersoon, RpcVerzoek];
