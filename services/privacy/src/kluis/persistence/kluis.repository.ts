import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { EntityKey } from '@mikro-orm/core';
import {
  type Plaatshouders,
  plaatshouders,
  SqlExecutor,
  type SqlTabel,
  sqlTabel,
  type SqlVerbinding,
} from '@vt/persistence';
import {
  type NieuweToegang,
  ToegangslogRepository,
} from '../../toegangslog/persistence/toegangslog.repository';
import { Aantekening, DossierPersoon, Persoon, RpcVerzoek } from './kluis.entities';

/** A matchable person found through a blind index; the key service unwraps his data key (`keyId`). */
export interface Kandidaat {
  persoonRef: string;
  gegevens: Buffer;
  bidxBsn: string | null;
  bidxNaamGd: string | null;
  keyId: string;
}

/** A stored person's sealed record and where he belongs (reads, ADR 0023). */
export type PersoonRij = Pick<Persoon, 'persoonRef' | 'regio' | 'gegevens' | 'nietTerInzage'> & {
  keyId: string;
};

/** The rows the vault inserts: its entities' columns, references by key (data keys: the key service's). */
export type NieuwePersoon = Omit<Persoon, 'dataKey'> & { keyId: string };
export type AantekeningRij = Omit<Aantekening, 'dataKey'> & { keyId: string };
export type DossierPersoonRij = Omit<DossierPersoon, 'persoon'> & { persoonRef: string };

/** A known person's record completed by a later report, sealed again, with his blind indexes of now. */
export type Aanvulling = Pick<Persoon, 'persoonRef' | 'gegevens' | 'bidxBsn' | 'bidxNaamGd'>;

/**
 * Everything one vault call stores; written in one statement, so it commits whole or not at all. Their
 * data keys are the key service's, stored before (`SleutelDienst.bewaar`).
 */
export interface KluisWijzigingen {
  personen: NieuwePersoon[];
  aangevuld?: Aanvulling[];
  aantekeningen: AantekeningRij[];
  /** Upserted: a person already on the file gets the latest role (the last one wins within a call). */
  dossierPersonen: DossierPersoonRij[];
  verzoek: Pick<RpcVerzoek, 'verzoekId' | 'actie' | 'antwoord' | 'verwerktOp'>;
  /** The decryptions of this call (the radar's), logged in the same transaction (ADR 0023). */
  toegang?: NieuweToegang[];
}

/** A sealed text with its wrapped data key (null: destroyed), as `findAantekeningen` reads it. */
export interface VerzegeldeAantekening {
  aantekeningRef: string;
  tekst: Buffer;
  keyId: string;
}

/** What the use cases need of the repository; their unit specs fake it. */
export type KluisRepositoryPort = Pick<
  KluisRepository,
  | 'withLocks'
  | 'findAntwoord'
  | 'findKandidaten'
  | 'countPersonen'
  | 'countNietTerInzage'
  | 'save'
  | 'findPersoon'
  | 'vernietig'
  | 'vernietigAdviesvragers'
  | 'vernietigAdviezen'
  | 'findAantekeningen'
  | 'vernietigAantekeningen'
>;

/** What one destruction covers (VT-6.7-b), within one region. */
export interface Vernietiging {
  regio: string;
  /** Only texts of this file are destroyed. */
  dossierId: string;
  aantekeningRefs: string[];
  persoonRefs: string[];
}

/** How many texts and people a destruction removed; stored as the call's answer. */
export interface Vernietigd {
  vernietigdeAantekeningen: number;
  vernietigdePersonen: number;
}

/**
 * A destruction's rows deleted in the call's transaction, and the data keys they were sealed under: the
 * caller destroys those through the key service (`SleutelDienst.vernietig`) before the transaction
 * commits, since the vault's own connection may not touch `privacy_keys` (ADR 0023).
 */
export interface MetSleutels<T> {
  antwoord: T;
  keyIds: string[];
}

/**
 * The vault's SQL on the hot path (ADR 0012, 3b). The RPC use cases write plain rows, so they bypass the
 * unit of work: a call costs three statements (answer lookup, candidates or reference check, one write)
 * instead of one per row, and no entity ever holds decrypted data. Names come from the entities.
 */
@Injectable()
export class KluisRepository {
  /** Set on the copy `withLocks` hands out: its statements run in that transaction. */
  private tx?: SqlVerbinding;
  private readonly sql: ReturnType<typeof kluisSql>;

  constructor(
    em: EntityManager,
    private readonly executor: SqlExecutor,
    private readonly toegangslog: ToegangslogRepository,
  ) {
    this.sql = kluisSql(em);
  }

  private get db(): SqlVerbinding {
    return this.tx ?? this.executor;
  }

  /**
   * Runs `work` in one transaction that first takes an advisory lock per blind-index value (sorted, in a
   * lock space of the vault's own): two calls that could match one person run one after the other, so
   * the second finds the person the first created instead of creating a second one (one person per BSN).
   */
  async withLocks<T>(lockNames: string[], work: (tx: KluisRepositoryPort) => Promise<T>): Promise<T> {
    return this.executor.transaction(async (transactie) => {
      const sorted = [...new Set(lockNames)].sort();
      if (sorted.length > 0) {
        await transactie.query(
          "select pg_advisory_xact_lock(hashtext('vt-kluis-bidx'), hashtext(b)) from unnest($1::text[]) as b",
          [sorted],
        );
      }
      // A copy that shares the SQL built once and runs in this transaction.
      const tx = Object.create(this) as KluisRepository;
      tx.tx = transactie;
      return work(tx);
    });
  }

  /** The stored answer of an earlier call with this verzoekId. */
  async findAntwoord<T>(verzoekId: string): Promise<T | undefined> {
    const rows = await this.db.query<{ antwoord: T }>(this.sql.antwoord, [verzoekId]);
    return rows[0]?.antwoord;
  }

  /**
   * Matchable persons under any of these blind-index values, oldest first; locked in that order until
   * the transaction ends, so a report completing one of them cannot overwrite another report's
   * completion. `no key update`: the foreign-key checks of a file being linked to the same people (`for
   * key share`) must not wait for it, or two such calls deadlock. Plan-proof (ADR 0015): every step is a
   * lateral index lookup that cannot be flattened into a join, so no plan scans a table, statistics or not.
   */
  async findKandidaten(bidxBsn: string[], bidxNaamGd: string[]): Promise<Kandidaat[]> {
    if (bidxBsn.length === 0 && bidxNaamGd.length === 0) return [];
    return this.db.query<Kandidaat>(this.sql.kandidaten, [bidxBsn, bidxNaamGd]);
  }

  /** The candidate query, `$1` and `$2` for the BSN and the surname + birth date index arrays (its plan is tested). */
  get kandidatenSql(): string {
    return this.sql.kandidaten;
  }

  /** A stored person, sealed, or undefined. */
  async findPersoon(persoonRef: string): Promise<PersoonRij | undefined> {
    const rows = await this.db.query<PersoonRij>(this.sql.persoon, [persoonRef]);
    return rows[0];
  }

  /** How many of these persoonRefs the vault holds. */
  async countPersonen(persoonRefs: string[]): Promise<number> {
    const rows = await this.db.query<{ n: number }>(this.sql.aantalPersonen, [persoonRefs]);
    return rows[0].n;
  }

  /** The sealed texts under these refs, with the ids of their data keys (the key service unwraps them). */
  async findAantekeningen(refs: string[]): Promise<VerzegeldeAantekening[]> {
    if (refs.length === 0) return [];
    return this.db.query<VerzegeldeAantekening>(this.sql.aantekeningen, [refs]);
  }

  /** Deletes these texts; answers their data keys' ids, for the key service to destroy in the same transaction. */
  async vernietigAantekeningen(refs: string[]): Promise<string[]> {
    if (refs.length === 0) return [];
    const rows = await this.db.query<{ keyId: string }>(this.sql.vernietigAantekeningen, [refs]);
    return rows.map((r) => r.keyId);
  }

  /** How many of these persoonRefs are in the niet-ter-inzage part (anonymous reporters, informants). */
  async countNietTerInzage(persoonRefs: string[]): Promise<number> {
    const rows = await this.db.query<{ n: number }>(this.sql.aantalNietTerInzage, [persoonRefs]);
    return rows[0].n;
  }

  /**
   * One statement: data-modifying CTEs see one snapshot and their constraints are checked at its end, so
   * keys, persons, texts, file links and the stored answer commit together, inside or outside a transaction.
   */
  async save(w: KluisWijzigingen): Promise<void> {
    await this.db.query(this.sql.save, [
      ...waarden(PERSOON_KOLOMMEN, w.personen),
      ...waarden(AANVULLING_KOLOMMEN, w.aangevuld ?? []),
      ...waarden(
        AANTEKENING_KOLOMMEN,
        w.aantekeningen.map((r) => ({ ...r, betreft: JSON.stringify(r.betreft) })),
      ),
      ...waarden(DOSSIER_PERSOON_KOLOMMEN, laatsteRolPerPersoon(w.dossierPersonen)),
      w.verzoek.verzoekId,
      w.verzoek.actie,
      JSON.stringify(w.verzoek.antwoord),
      w.verzoek.verwerktOp,
    ]);
    // In the call's transaction, last: the log's lock is held only from here to the commit.
    await this.toegangslog.voegToe(w.toegang ?? [], this.tx);
  }

  /**
   * One statement: the texts' and people's rows and file links deleted and the counts stored as the call's
   * answer, together or not at all; answers their data keys too, for the caller to destroy
   * (crypto-shredding) before the transaction commits.
   */
  async vernietig(
    v: Vernietiging,
    verzoek: Pick<RpcVerzoek, 'verzoekId' | 'actie' | 'verwerktOp'>,
  ): Promise<MetSleutels<Vernietigd>> {
    const rows = await this.db.query<MetSleutels<Vernietigd>>(this.sql.vernietig, [
      v.regio,
      v.aantekeningRefs,
      v.persoonRefs,
      verzoek.verzoekId,
      verzoek.actie,
      verzoek.verwerktOp,
      v.dossierId,
    ]);
    return rows[0];
  }

  /**
   * VT-15.5-c: deletes these advice seekers (their file links go with them), in one statement with the
   * stored answer; their data keys are answered for the caller to destroy. Only a person linked to files
   * solely as `adviesvrager` is touched, so no reporter or household member can be deleted this way.
   * Answers how many were deleted.
   */
  async vernietigAdviesvragers(
    persoonRefs: string[],
    verzoek: Omit<KluisWijzigingen['verzoek'], 'antwoord'>,
  ): Promise<MetSleutels<number>> {
    const rows = await this.db.query<MetSleutels<number>>(this.sql.vernietigAdviesvragers, [
      persoonRefs,
      verzoek.verwerktOp,
      verzoek.verzoekId,
      verzoek.actie,
    ]);
    return rows[0];
  }

  /**
   * VT-15.3.4.1-a: the advice files' retention passed: their texts of an advice kind (`advies.*`) and the
   * persons on them held solely as advice seekers are deleted, in one statement with the stored answer;
   * their data keys are answered for the caller to destroy. A report's texts and people are never matched.
   */
  async vernietigAdviezen(
    adviesdossierIds: string[],
    verzoek: Omit<KluisWijzigingen['verzoek'], 'antwoord'>,
  ): Promise<MetSleutels<{ aantekeningen: number; adviesvragers: number }>> {
    const rows = await this.db.query<MetSleutels<{ aantekeningen: number; adviesvragers: number }>>(
      this.sql.vernietigAdviezen,
      [adviesdossierIds, verzoek.verwerktOp, verzoek.verzoekId, verzoek.actie],
    );
    return rows[0];
  }
}

/** The role of an advice seeker on his advice file, the only role `vernietigAdviesvragers` removes. */
export const ADVIESVRAGER_ROL = 'adviesvrager';

/** The vault's statements, named from its entities once per repository (ADR 0012). */
function kluisSql(em: EntityManager) {
  const p = sqlTabel(em, Persoon);
  const a = sqlTabel(em, Aantekening);
  const d = sqlTabel(em, DossierPersoon);
  const v = sqlTabel(em, RpcVerzoek);
  const ref = p.kolom('persoonRef');
  const op = p.kolom('aangemaaktOp');
  // `offset 0` keeps each lookup a parameterised index scan: a flattened join may hash a seq scan.
  const zoek = (bidx: 'bidxBsn' | 'bidxNaamGd', waarden: string) =>
    `select q.${ref}, q.${op} from unnest(${waarden}::text[]) as b (waarde)
      cross join lateral (select ${ref}, ${op} from ${p.naam}
                           where ${p.kolom(bidx)} = b.waarde and ${p.kolom('nietTerInzage')} = false offset 0) q`;
  const s = plaatshouders();
  return {
    antwoord: `select ${v.kolom('antwoord')} as antwoord from ${v.naam} where ${v.kolom('verzoekId')} = $1`,
    aantekeningen: `select ${a.kolom('aantekeningRef')} as "aantekeningRef", ${a.kolom('tekst')} as tekst,
             ${a.kolom('dataKey')} as "keyId"
        from ${a.naam} where ${a.kolom('aantekeningRef')} = any($1::uuid[])`,
    vernietigAantekeningen: `delete from ${a.naam} where ${a.kolom('aantekeningRef')} = any($1::uuid[])
       returning ${a.kolom('dataKey')} as "keyId"`,
    persoon: `select ${ref} as "persoonRef", ${p.kolom('regio')} as regio, ${p.kolom('gegevens')} as gegevens,
        ${p.kolom('nietTerInzage')} as "nietTerInzage", ${p.kolom('dataKey')} as "keyId"
        from ${p.naam} where ${ref} = $1`,
    aantalPersonen: `select count(*)::int as n from ${p.naam} where ${ref} = any($1::uuid[])`,
    vernietigAdviezen: `with tekst as (
        select t.${a.kolom('aantekeningRef')} as ref, t.${a.kolom('dataKey')} as key_id from ${a.naam} t
         where t.${a.kolom('dossierId')} = any($1::uuid[]) and t.${a.kolom('soort')} like 'advies.%'
         for update
      ), vrager as (
        select q.${ref} as ref, q.${p.kolom('dataKey')} as key_id from ${p.naam} q
         where q.${ref} in (select ${d.kolom('persoon')} from ${d.naam}
                             where ${d.kolom('dossierId')} = any($1::uuid[]) and ${d.kolom('rol')} = '${ADVIESVRAGER_ROL}')
           and not exists (select 1 from ${d.naam} where ${d.kolom('persoon')} = q.${ref} and ${d.kolom('rol')} <> '${ADVIESVRAGER_ROL}')
         for update
      ), weg_tekst as (
        delete from ${a.naam} where ${a.kolom('aantekeningRef')} in (select ref from tekst) returning 1
      ), weg_vrager as (
        delete from ${p.naam} where ${ref} in (select ref from vrager) returning 1
      ), aantallen as (
        select (select count(*) from weg_tekst)::int as aantekeningen, (select count(*) from weg_vrager)::int as adviesvragers
      ), verzoek as (
        insert into ${v.naam} (${v.kolommen(['verzoekId', 'actie', 'antwoord', 'verwerktOp'])})
        select $3::uuid, $4::text, to_jsonb(aantallen), $2::timestamptz from aantallen
      )
      select to_jsonb(aantallen) as antwoord,
             array(select key_id from tekst union all select key_id from vrager)::text[] as "keyIds" from aantallen`,
    vernietigAdviesvragers: `with doel as (
        select q.${ref} as ref, q.${p.kolom('dataKey')} as key_id from ${p.naam} q
         where q.${ref} = any($1::uuid[])
           and exists (select 1 from ${d.naam} where ${d.kolom('persoon')} = q.${ref} and ${d.kolom('rol')} = '${ADVIESVRAGER_ROL}')
           and not exists (select 1 from ${d.naam} where ${d.kolom('persoon')} = q.${ref} and ${d.kolom('rol')} <> '${ADVIESVRAGER_ROL}')
         for update
      ), weg as (
        delete from ${p.naam} where ${ref} in (select ref from doel) returning 1
      ), verzoek as (
        insert into ${v.naam} (${v.kolommen(['verzoekId', 'actie', 'antwoord', 'verwerktOp'])})
        select $3::uuid, $4::text, jsonb_build_object('vernietigd', (select count(*) from weg)), $2::timestamptz
      )
      select (select count(*)::int from weg) as antwoord, array(select key_id from doel)::text[] as "keyIds"`,
    aantalNietTerInzage: `select count(*)::int as n from ${p.naam}
      where ${ref} = any($1::uuid[]) and ${p.kolom('nietTerInzage')}`,
    kandidaten: `with gevonden as (${zoek('bidxBsn', '$1')} union ${zoek('bidxNaamGd', '$2')})
      select p.${ref} as "persoonRef", p.${p.kolom('gegevens')} as gegevens,
             p.${p.kolom('bidxBsn')} as "bidxBsn", p.${p.kolom('bidxNaamGd')} as "bidxNaamGd",
             p.${p.kolom('dataKey')} as "keyId"
        from (select * from gevonden order by ${op}, ${ref}) g
       cross join lateral (select * from ${p.naam} where ${ref} = g.${ref} for no key update) p
       order by g.${op}, g.${ref}`,
    save: `with persoon as (${insert(p, PERSOON_KOLOMMEN, s)}),
      aangevuld as (
        update ${p.naam} p set ${AANVULLING_KOLOMMEN.slice(1)
          .map(([c]) => `${p.kolom(c)} = a.${p.kolom(c)}`)
          .join(', ')}
          from ${bron(AANVULLING_KOLOMMEN, s)} as a (${p.kolommen(AANVULLING_KOLOMMEN.map(([c]) => c))})
         where p.${ref} = a.${ref}
      ), aantekening as (${insert(a, AANTEKENING_KOLOMMEN, s)}), dossier_persoon as (
        ${insert(d, DOSSIER_PERSOON_KOLOMMEN, s)}
        on conflict (${d.kolommen(['dossierId', 'persoon'])}) do update set ${d.kolom('rol')} = excluded.${d.kolom('rol')}
      )
      insert into ${v.naam} (${v.kolommen(['verzoekId', 'actie', 'antwoord', 'verwerktOp'])}) values (${s()}, ${s()}, ${s('jsonb')}, ${s()})`,
    // $1 regio, $2 aantekeningRefs, $3 persoonRefs, $4–$6 the call, $7 the file. File links go with their person (cascade).
    vernietig: `with teksten as (
        select ${a.kolom('aantekeningRef')} as ref, ${a.kolom('dataKey')} as sleutel from ${a.naam}
         where ${a.kolom('regio')} = $1 and ${a.kolom('dossierId')} = $7
           and ${a.kolom('aantekeningRef')} = any($2::uuid[])
      ), mensen as (
        select ${ref} as ref, ${p.kolom('dataKey')} as sleutel from ${p.naam}
         where ${p.kolom('regio')} = $1 and ${ref} = any($3::uuid[])
      ), weg_teksten as (
        delete from ${a.naam} where ${a.kolom('aantekeningRef')} in (select ref from teksten) returning 1
      ), weg_mensen as (
        delete from ${p.naam} where ${ref} in (select ref from mensen) returning 1
      )
      insert into ${v.naam} (${v.kolommen(['verzoekId', 'actie', 'antwoord', 'verwerktOp'])})
      select $4, $5, jsonb_build_object('vernietigdeAantekeningen', (select count(*) from weg_teksten),
                                        'vernietigdePersonen', (select count(*) from weg_mensen)), $6
      returning ${v.kolom('antwoord')} as antwoord,
        array(select sleutel from teksten union select sleutel from mensen)::text[] as "keyIds"`,
  };
}

/** A column of an `unnest` write: the entity property naming it, the row field holding it, its SQL type. */
type UnnestKolom<E, R> = readonly [kolom: EntityKey<E>, veld: keyof R & string, type: string];

const PERSOON_KOLOMMEN: UnnestKolom<Persoon, NieuwePersoon>[] = [
  ['persoonRef', 'persoonRef', 'uuid'],
  ['regio', 'regio', 'text'],
  ['dataKey', 'keyId', 'uuid'],
  ['gegevens', 'gegevens', 'bytea'],
  ['bidxBsn', 'bidxBsn', 'text'],
  ['bidxNaamGd', 'bidxNaamGd', 'text'],
  ['nietTerInzage', 'nietTerInzage', 'boolean'],
  ['aangemaaktOp', 'aangemaaktOp', 'timestamptz'],
];
/** The key first: the update joins on it and sets the rest. */
const AANVULLING_KOLOMMEN: UnnestKolom<Persoon, Aanvulling>[] = [
  ['persoonRef', 'persoonRef', 'uuid'],
  ['gegevens', 'gegevens', 'bytea'],
  ['bidxBsn', 'bidxBsn', 'text'],
  ['bidxNaamGd', 'bidxNaamGd', 'text'],
];
const AANTEKENING_KOLOMMEN: UnnestKolom<
  Aantekening,
  Omit<AantekeningRij, 'betreft'> & { betreft: string }
>[] = [
  ['aantekeningRef', 'aantekeningRef', 'uuid'],
  ['regio', 'regio', 'text'],
  ['dossierId', 'dossierId', 'uuid'],
  ['soort', 'soort', 'text'],
  ['dataKey', 'keyId', 'uuid'],
  ['tekst', 'tekst', 'bytea'],
  ['betreft', 'betreft', 'jsonb'],
  ['nietTerInzage', 'nietTerInzage', 'boolean'],
  ['aangemaaktOp', 'aangemaaktOp', 'timestamptz'],
  ['aard', 'aard', 'text'],
  ['bronSoort', 'bronSoort', 'text'],
  ['actueelContact', 'actueelContact', 'boolean'],
  ['medisch', 'medisch', 'boolean'],
  ['informantAccordering', 'informantAccordering', 'text'],
  ['zienswijzeBetrokkene', 'zienswijzeBetrokkene', 'boolean'],
  ['belastend', 'belastend', 'boolean'],
  ['belastendZienswijzeRef', 'belastendZienswijzeRef', 'uuid'],
  ['onvolledig', 'onvolledig', 'boolean'],
  ['dossiervorming', 'dossiervorming', 'bytea'],
];
const DOSSIER_PERSOON_KOLOMMEN: UnnestKolom<DossierPersoon, DossierPersoonRij>[] = [
  ['dossierId', 'dossierId', 'uuid'],
  ['persoon', 'persoonRef', 'uuid'],
  ['rol', 'rol', 'text'],
];

/** `unnest($1::uuid[], ...)`: one array parameter per column. */
function bron<E, R>(kolommen: readonly UnnestKolom<E, R>[], p: Plaatshouders): string {
  return `unnest(${kolommen.map(([, , type]) => p(`${type}[]`)).join(', ')})`;
}

function insert<E, R>(tabel: SqlTabel<E>, kolommen: readonly UnnestKolom<E, R>[], p: Plaatshouders): string {
  return `insert into ${tabel.naam} (${tabel.kolommen(kolommen.map(([kolom]) => kolom))}) select * from ${bron(kolommen, p)}`;
}

/** Rows to one array per column, in the order of `kolommen`. */
function waarden<E, R>(kolommen: readonly UnnestKolom<E, R>[], rijen: readonly R[]): unknown[][] {
  // pg sends a JS array as one array parameter, nulls and Buffers included.
  return kolommen.map(([, veld]) => rijen.map((r) => r[veld] ?? null));
}

/** One upsert statement may touch a row only once; sequential upserts would have kept the last role. */
function laatsteRolPerPersoon(rijen: DossierPersoonRij[]): DossierPersoonRij[] {
  return [...new Map(rijen.map((r) => [`${r.dossierId}|${r.persoonRef}`, r])).values()];
}
