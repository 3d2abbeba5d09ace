import { Injectable } from '@nestjs/common';
import { EntityManager, type Knex } from '@mikro-orm/postgresql';
import type { Aantekening, DataKey, DossierPersoon, Persoon } from './kluis.entities';

/** A matchable person found through a blind index, with its wrapped data key (null: destroyed). */
export interface Kandidaat {
  persoonRef: string;
  gegevens: Buffer;
  bidxBsn: string | null;
  bidxNaamGd: string | null;
  keyId: string;
  sleutelBestaat: boolean;
  wrapped: Buffer | null;
}

export type NieuwePersoon = Required<Persoon>;
export type NieuweSleutel = Pick<DataKey, 'keyId' | 'eigenaarSoort' | 'eigenaarRef' | 'aangemaaktOp'> & {
  wrapped: Buffer;
};

/** A known person's record completed by a later report, sealed again, with his blind indexes of now. */
export interface Aanvulling {
  persoonRef: string;
  gegevens: Buffer;
  bidxBsn: string | null;
  bidxNaamGd: string | null;
}

/** Everything one vault call stores; written in one statement, so it commits whole or not at all. */
export interface KluisWijzigingen {
  sleutels: NieuweSleutel[];
  personen: NieuwePersoon[];
  aangevuld?: Aanvulling[];
  aantekeningen: Aantekening[];
  /** Upserted: a person already on the file gets the latest role (the last one wins within a call). */
  dossierPersonen: DossierPersoon[];
  verzoek: { verzoekId: string; actie: string; antwoord: unknown; verwerktOp: Date };
}

/**
 * The vault's SQL on the hot path. The RPC use cases write plain rows, so they bypass the unit of work: a
 * call costs three statements (answer lookup, candidates or reference check, one write) instead of one
 * per row, and no entity ever holds decrypted data. Registering people adds a transaction with its
 * blind-index locks around them (`onderSlot`).
 */
@Injectable()
export class KluisOpslag {
  /** Set on the copy `onderSlot` hands out: its statements run in that transaction. */
  private trx?: Knex.Transaction;

  constructor(private readonly em: EntityManager) {}

  private get knex(): Knex {
    return this.trx ?? this.em.getKnex();
  }

  /**
   * Runs `werk` in one transaction that first locks each blind-index value (sorted, in a key space of the
   * vault's own): two calls that could match one person run one after the other, so the second finds the
   * person the first created instead of creating a second one (one person per BSN).
   */
  async onderSlot<T>(bidx: string[], werk: (opslag: KluisOpslag) => Promise<T>): Promise<T> {
    return this.em.getKnex().transaction(async (trx) => {
      const sloten = [...new Set(bidx)].sort();
      if (sloten.length > 0) {
        await trx.raw(
          "select pg_advisory_xact_lock(hashtext('vt-kluis-bidx'), hashtext(b)) from unnest(?::text[]) as b",
          [sloten],
        );
      }
      const opslag = new KluisOpslag(this.em);
      opslag.trx = trx;
      return werk(opslag);
    });
  }

  /** The stored answer of an earlier call with this verzoekId. */
  async eerderAntwoord<T>(verzoekId: string): Promise<T | undefined> {
    const { rows } = (await this.knex.raw(
      'select antwoord from "privacy"."rpc_verzoek" where verzoek_id = ?',
      [verzoekId],
    )) as { rows: { antwoord: T }[] };
    return rows[0]?.antwoord;
  }

  /**
   * Matchable persons under any of these blind-index values, oldest first; locked until the transaction
   * ends, so a report completing one of them cannot overwrite another report's completion. `no key
   * update`: the foreign-key checks of a file being linked to the same people (`for key share`) must not
   * wait for it, or two such calls deadlock.
   */
  async kandidaten(bidxBsn: string[], bidxNaamGd: string[]): Promise<Kandidaat[]> {
    if (bidxBsn.length === 0 && bidxNaamGd.length === 0) return [];
    const { rows } = (await this.knex.raw(
      `select p.persoon_ref, p.gegevens, p.bidx_bsn, p.bidx_naam_gd, p.key_id,
              k.key_id is not null as sleutel_bestaat, k.wrapped
         from "privacy"."persoon" p left join "privacy_keys"."data_key" k on k.key_id = p.key_id
        where p.niet_ter_inzage = false and (p.bidx_bsn = any(?::text[]) or p.bidx_naam_gd = any(?::text[]))
        order by p.aangemaakt_op, p.persoon_ref
          for no key update of p`,
      [bidxBsn, bidxNaamGd],
    )) as {
      rows: {
        persoon_ref: string;
        gegevens: Buffer;
        bidx_bsn: string | null;
        bidx_naam_gd: string | null;
        key_id: string;
        sleutel_bestaat: boolean;
        wrapped: Buffer | null;
      }[];
    };
    return rows.map((r) => ({
      persoonRef: r.persoon_ref,
      gegevens: r.gegevens,
      bidxBsn: r.bidx_bsn,
      bidxNaamGd: r.bidx_naam_gd,
      keyId: r.key_id,
      sleutelBestaat: r.sleutel_bestaat,
      wrapped: r.wrapped,
    }));
  }

  /** How many of these persoonRefs the vault holds. */
  async aantalPersonen(persoonRefs: string[]): Promise<number> {
    const { rows } = (await this.knex.raw(
      'select count(*)::int as n from "privacy"."persoon" where persoon_ref = any(?::uuid[])',
      [persoonRefs],
    )) as { rows: { n: number }[] };
    return rows[0].n;
  }

  /**
   * One statement: data-modifying CTEs see one snapshot and their constraints are checked at its end, so
   * keys, persons, texts, file links and the stored answer commit together, inside or outside a transaction.
   */
  async bewaar(w: KluisWijzigingen): Promise<void> {
    await this.knex.raw(
      `with sleutel as (
         insert into "privacy_keys"."data_key" (key_id, eigenaar_soort, eigenaar_ref, wrapped, aangemaakt_op)
         select * from unnest(?::uuid[], ?::text[], ?::uuid[], ?::bytea[], ?::timestamptz[])
       ), persoon as (
         insert into "privacy"."persoon"
           (persoon_ref, regio, key_id, gegevens, bidx_bsn, bidx_naam_gd, niet_ter_inzage, aangemaakt_op)
         select * from unnest(?::uuid[], ?::text[], ?::uuid[], ?::bytea[], ?::text[], ?::text[], ?::boolean[], ?::timestamptz[])
       ), aangevuld as (
         update "privacy"."persoon" p
            set gegevens = a.gegevens, bidx_bsn = a.bidx_bsn, bidx_naam_gd = a.bidx_naam_gd
           from unnest(?::uuid[], ?::bytea[], ?::text[], ?::text[]) as a (persoon_ref, gegevens, bidx_bsn, bidx_naam_gd)
          where p.persoon_ref = a.persoon_ref
       ), aantekening as (
         insert into "privacy"."aantekening"
           (aantekening_ref, regio, dossier_id, soort, key_id, tekst, betreft, niet_ter_inzage, aangemaakt_op)
         select * from unnest(?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::uuid[], ?::bytea[], ?::jsonb[], ?::boolean[], ?::timestamptz[])
       ), dossier_persoon as (
         insert into "privacy"."dossier_persoon" (dossier_id, persoon_ref, rol)
         select * from unnest(?::uuid[], ?::uuid[], ?::text[])
         on conflict (dossier_id, persoon_ref) do update set rol = excluded.rol
       )
       insert into "privacy"."rpc_verzoek" (verzoek_id, actie, antwoord, verwerkt_op) values (?, ?, ?::jsonb, ?)`,
      [
        ...kolommen(w.sleutels, ['keyId', 'eigenaarSoort', 'eigenaarRef', 'wrapped', 'aangemaaktOp']),
        ...kolommen(w.personen, [
          'persoonRef',
          'regio',
          'keyId',
          'gegevens',
          'bidxBsn',
          'bidxNaamGd',
          'nietTerInzage',
          'aangemaaktOp',
        ]),
        ...kolommen(w.aangevuld ?? [], ['persoonRef', 'gegevens', 'bidxBsn', 'bidxNaamGd']),
        ...kolommen(
          w.aantekeningen.map((a) => ({ ...a, betreft: JSON.stringify(a.betreft) })),
          [
            'aantekeningRef',
            'regio',
            'dossierId',
            'soort',
            'keyId',
            'tekst',
            'betreft',
            'nietTerInzage',
            'aangemaaktOp',
          ],
        ),
        ...kolommen(laatsteRolPerPersoon(w.dossierPersonen), ['dossierId', 'persoonRef', 'rol']),
        w.verzoek.verzoekId,
        w.verzoek.actie,
        JSON.stringify(w.verzoek.antwoord),
        w.verzoek.verwerktOp,
      ],
    );
  }
}

/** Rows to one array per column, the shape `unnest` takes. */
function kolommen<T, K extends keyof T>(rijen: T[], namen: K[]): Knex.Value[] {
  // pg sends a JS array as one array parameter, nulls and Buffers included; knex's types only know uniform arrays.
  return namen.map((naam) => rijen.map((r) => r[naam] ?? null) as Knex.Value);
}

/** One upsert statement may touch a row only once; sequential upserts would have kept the last role. */
function laatsteRolPerPersoon(rijen: DossierPersoon[]): DossierPersoon[] {
  return [...new Map(rijen.map((r) => [`${r.dossierId}|${r.persoonRef}`, r])).values()];
}
