import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { outboxBindings, outboxInsertSql, type OutboxBericht, OutboxRelay } from '@vt/messaging';
import {
  plaatshouders,
  SqlExecutor,
  sqlTabel,
  type SqlTransactie,
  type SqlVerbinding,
} from '@vt/persistence';
import { OnderzoekUitkomstRij } from '../../bewaartermijnen/persistence/bewaartermijn.entity';
import { Aantekening, DossierPersoon, Persoon } from '../../kluis/persistence/kluis.entities';
import type { Kandidaat } from '../../kluis/persistence/kluis.repository';
import { Verzoek } from './verzoek.entity';

/** A person of the vault as a request needs him: his sealed record and its data key's id (the key service's). */
export type KluisPersoon = Kandidaat & { regio: string; nietTerInzage: boolean };

/** A sealed text about the person, with its data key's id (the key service unwraps it). */
export interface KluisAantekening {
  aantekeningRef: string;
  dossierId: string;
  soort: string;
  tekst: Buffer;
  keyId: string;
  betreft: string[];
  nietTerInzage: boolean;
  aangemaaktOp: Date;
}

/** What the use cases need; their unit specs fake it. */
export type VerzoekRepositoryPort = Pick<
  VerzoekRepository,
  | 'transaction'
  | 'persoon'
  | 'delenDossier'
  | 'onderzoekWeerlegd'
  | 'vind'
  | 'voegToe'
  | 'besluit'
  | 'voegBerichtenToe'
  | 'aantekeningenOver'
  | 'eigenVerklaringen'
>;

/** Every column of a request, in the order of the insert's bindings. */
const KOLOMMEN = [
  'id',
  'regio',
  'soort',
  'persoonRef',
  'indienerRef',
  'hoedanigheid',
  'ontvangenOp',
  'leeftijd',
  'wilsonbekwaam',
  'regelVersie',
  'beslissenUiterlijk',
  'uitvoerenUiterlijk',
  'teksten',
  'status',
  'geregistreerdDoor',
  'uitkomst',
  'grond',
  'motivering',
  'beperkt',
  'beslotenOp',
  'beslotenDoor',
  'uitgevoerdOp',
] as const satisfies readonly (keyof Verzoek)[];

// A property added to the entity fails here until the insert writes it.
const _elkeKolom: [Exclude<keyof Verzoek, (typeof KOLOMMEN)[number]>] extends [never] ? true : never = true;

/** The requests' SQL, every name from the entities (ADR 0012); the vault's rows are only read here. */
@Injectable()
export class VerzoekRepository {
  private readonly sql: ReturnType<typeof verzoekSql>;

  constructor(
    em: EntityManager,
    private readonly executor: SqlExecutor,
    private readonly relay: OutboxRelay,
  ) {
    this.sql = verzoekSql(em);
  }

  transaction<T>(werk: (tx: SqlTransactie) => Promise<T>): Promise<T> {
    return this.executor.transaction(werk);
  }

  /** The person with his sealed record and its data key id, locked until the transaction ends. */
  async persoon(tx: SqlVerbinding, persoonRef: string): Promise<KluisPersoon | undefined> {
    const [rij] = await tx.query<KluisPersoon>(this.sql.persoon, [persoonRef]);
    return rij;
  }

  /** Whether both persons are linked to one file of the vault. */
  async delenDossier(tx: SqlVerbinding, a: string, b: string): Promise<boolean> {
    const [rij] = await tx.query<{ ja: boolean }>(this.sql.delenDossier, [a, b]);
    return rij.ja;
  }

  /** VT-15.8.6-a: whether an investigation of one of the person's files refuted the report. */
  async onderzoekWeerlegd(tx: SqlVerbinding, persoonRef: string): Promise<boolean> {
    const [rij] = await tx.query<{ ja: boolean }>(this.sql.weerlegd, [persoonRef]);
    return rij.ja;
  }

  async vind(tx: SqlVerbinding, id: string, opts: { lock?: boolean } = {}): Promise<Verzoek | undefined> {
    const [rij] = await tx.query<Verzoek>(opts.lock ? this.sql.vindVoorUpdate : this.sql.vind, [id]);
    return rij;
  }

  /** The request and its `verzoek-ontvangen` event, committed together. */
  async voegToe(tx: SqlTransactie, v: Verzoek, bericht: OutboxBericht): Promise<void> {
    await tx.query(this.sql.voegToe, [
      ...KOLOMMEN.map((k) => (k === 'beperkt' ? JSON.stringify(v[k]) : (v[k] ?? null))),
      ...outboxBindings([bericht]),
    ]);
    tx.naCommit(() => this.relay.kick());
  }

  /** The decision and its events; only a request still undecided is decided (false: it was already). */
  async besluit(
    tx: SqlTransactie,
    v: Pick<
      Verzoek,
      'id' | 'uitkomst' | 'grond' | 'motivering' | 'beperkt' | 'beslotenOp' | 'beslotenDoor' | 'uitgevoerdOp'
    >,
  ): Promise<boolean> {
    const rijen = await tx.query(this.sql.besluit, [
      v.id,
      v.uitkomst,
      v.grond ?? null,
      v.motivering,
      JSON.stringify(v.beperkt),
      v.beslotenOp,
      v.beslotenDoor,
      v.uitgevoerdOp ?? null,
    ]);
    return rijen.length > 0;
  }

  /** Events of this transaction, published once it commits. */
  async voegBerichtenToe(tx: SqlTransactie, berichten: OutboxBericht[]): Promise<void> {
    if (berichten.length === 0) return;
    await tx.query(this.sql.outbox, outboxBindings(berichten));
    tx.naCommit(() => this.relay.kick());
  }

  /** VT-15.8.4-a: the person's granted own statements, sealed, oldest first. */
  async eigenVerklaringen(
    tx: SqlVerbinding,
    persoonRef: string,
  ): Promise<Pick<Verzoek, 'id' | 'teksten' | 'beslotenOp'>[]> {
    return tx.query(this.sql.eigenVerklaringen, [persoonRef]);
  }

  /** The texts that (also) concern the person, oldest first, with their data key ids. */
  async aantekeningenOver(tx: SqlVerbinding, persoonRef: string): Promise<KluisAantekening[]> {
    return tx.query<KluisAantekening>(this.sql.aantekeningenOver, [JSON.stringify([persoonRef])]);
  }
}

function verzoekSql(em: EntityManager) {
  const v = sqlTabel(em, Verzoek);
  const p = sqlTabel(em, Persoon);
  const d = sqlTabel(em, DossierPersoon);
  const a = sqlTabel(em, Aantekening);
  const o = sqlTabel(em, OnderzoekUitkomstRij);
  const schema = em.config.get('schema') ?? 'privacy';
  const ph = plaatshouders();
  const waarden = KOLOMMEN.map((c) => ph(c === 'beperkt' ? 'jsonb' : undefined)).join(', ');
  // Dates as `YYYY-MM-DD` text: pg would turn them into a Date at local midnight.
  const datum = new Set<string>(['beslissenUiterlijk', 'uitvoerenUiterlijk']);
  const alle = `select ${KOLOMMEN.map((c) => `${v.kolom(c)}${datum.has(c) ? '::text' : ''} as "${c}"`).join(', ')}
    from ${v.naam} where ${v.kolom('id')} = $1`;
  const dp = d.kolom('dossierId');
  const dpRef = d.kolom('persoon');
  return {
    outbox: outboxInsertSql(schema, plaatshouders()),
    persoon: `select p.${p.kolom('persoonRef')} as "persoonRef", p.${p.kolom('regio')} as regio,
        p.${p.kolom('gegevens')} as gegevens, p.${p.kolom('bidxBsn')} as "bidxBsn",
        p.${p.kolom('bidxNaamGd')} as "bidxNaamGd", p.${p.kolom('dataKey')} as "keyId",
        p.${p.kolom('nietTerInzage')} as "nietTerInzage"
      from ${p.naam} p
      where p.${p.kolom('persoonRef')} = $1 for update of p`,
    delenDossier: `select exists (select 1 from ${d.naam} x join ${d.naam} y on y.${dp} = x.${dp}
      where x.${dpRef} = $1 and y.${dpRef} = $2) as ja`,
    weerlegd: `select exists (select 1 from ${d.naam} x join ${o.naam} o on o.${o.kolom('dossierId')} = x.${dp}
      where x.${dpRef} = $1 and o.${o.kolom('uitkomst')} = 'geen-hg-km') as ja`,
    vind: alle,
    vindVoorUpdate: `${alle} for update`,
    voegToe: `with verzoek as (insert into ${v.naam} (${v.kolommen(KOLOMMEN)}) values (${waarden}))
      ${outboxInsertSql(schema, ph)}`,
    besluit: `update ${v.naam} set ${v.kolom('status')} = 'besloten', ${v.kolom('uitkomst')} = $2,
        ${v.kolom('grond')} = $3, ${v.kolom('motivering')} = $4, ${v.kolom('beperkt')} = $5::jsonb,
        ${v.kolom('beslotenOp')} = $6, ${v.kolom('beslotenDoor')} = $7, ${v.kolom('uitgevoerdOp')} = $8
      where ${v.kolom('id')} = $1 and ${v.kolom('status')} = 'ontvangen' returning ${v.kolom('id')}`,
    eigenVerklaringen: `select ${v.kolom('id')} as id, ${v.kolom('teksten')} as teksten, ${v.kolom('beslotenOp')} as "beslotenOp"
      from ${v.naam} where ${v.kolom('persoonRef')} = $1 and ${v.kolom('soort')} = 'eigen-verklaring'
        and ${v.kolom('uitkomst')} = 'toegewezen' and ${v.kolom('teksten')} is not null
      order by ${v.kolom('beslotenOp')}, ${v.kolom('id')}`,
    aantekeningenOver: `select a.${a.kolom('aantekeningRef')} as "aantekeningRef", a.${a.kolom('dossierId')} as "dossierId",
        a.${a.kolom('soort')} as soort, a.${a.kolom('tekst')} as tekst, a.${a.kolom('dataKey')} as "keyId",
        a.${a.kolom('betreft')} as betreft,
        a.${a.kolom('nietTerInzage')} as "nietTerInzage", a.${a.kolom('aangemaaktOp')} as "aangemaaktOp"
      from ${a.naam} a
      where a.${a.kolom('betreft')} @> $1::jsonb
      order by a.${a.kolom('aangemaaktOp')}, a.${a.kolom('aantekeningRef')}`,
  };
}
