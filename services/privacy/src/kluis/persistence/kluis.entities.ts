import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One person's personal data, sealed under the person's own data key. */
@Entity({ tableName: 'persoon' })
export class Persoon {
  @PrimaryKey({ type: 'uuid' })
  persoonRef!: string;

  @Property({ type: 'text' })
  regio!: string;

  @Property({ type: 'uuid' })
  keyId!: string;

  /** Sealed JSON of PersoonGegevens; AAD `persoon|gegevens|<ref>|v1`. */
  @Property({ type: 'blob' })
  gegevens!: Buffer;

  @Property({ type: 'text', nullable: true })
  bidxBsn?: string | null;

  @Property({ type: 'text', nullable: true })
  bidxNaamGd?: string | null;

  /** Part of the niet-ter-inzage part (VT-15.6-a): an anonymous reporter's identity. */
  @Property({ type: 'boolean' })
  nietTerInzage!: boolean;

  @Property({ type: 'timestamptz' })
  aangemaaktOp: Date = new Date();
}

/** Free text about people (a conversation report, the concerns of a report), sealed under its own key. */
@Entity({ tableName: 'aantekening' })
export class Aantekening {
  @PrimaryKey({ type: 'uuid' })
  aantekeningRef!: string;

  @Property({ type: 'text' })
  regio!: string;

  @Property({ type: 'uuid' })
  dossierId!: string;

  @Property({ type: 'text' })
  soort!: string;

  @Property({ type: 'uuid' })
  keyId!: string;

  @Property({ type: 'blob' })
  tekst!: Buffer;

  /** The persons the text is about (per-person access rights, §15.7). */
  @Property({ type: 'json' })
  betreft!: string[];

  @Property({ type: 'boolean' })
  nietTerInzage!: boolean;

  @Property({ type: 'timestamptz' })
  aangemaaktOp: Date = new Date();
}

/** Which persons belong to which file; retention and destruction follow the file (§15.3). */
@Entity({ tableName: 'dossier_persoon' })
export class DossierPersoon {
  @PrimaryKey({ type: 'uuid' })
  dossierId!: string;

  @PrimaryKey({ type: 'uuid' })
  persoonRef!: string;

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
  @Property({ type: 'json' })
  antwoord!: unknown;

  @Property({ type: 'timestamptz' })
  verwerktOp: Date = new Date();
}

/** A wrapped data key in its own schema; destroying it makes every copy of its ciphertexts unreadable. */
@Entity({ tableName: 'data_key', schema: 'privacy_keys' })
export class DataKey {
  @PrimaryKey({ type: 'uuid' })
  keyId!: string;

  @Property({ type: 'text' })
  eigenaarSoort!: 'persoon' | 'aantekening';

  @Property({ type: 'uuid' })
  eigenaarRef!: string;

  @Property({ type: 'blob', nullable: true })
  wrapped?: Buffer | null;

  @Property({ type: 'timestamptz' })
  aangemaaktOp: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  vernietigdOp?: Date | null;
}

export const KLUIS_ENTITIES = [Persoon, Aantekening, DossierPersoon, RpcVerzoek, DataKey];
