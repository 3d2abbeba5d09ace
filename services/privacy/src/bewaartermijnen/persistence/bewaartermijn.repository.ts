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
import { Aantekening } from '../../kluis/persistence/kluis.entities';
import type { AantekeningRij } from '../../kluis/persistence/kluis.repository';
import { Bewaartermijn, OnderzoekUitkomstRij, type Verlenging } from './bewaartermijn.entity';

/** A file whose retention ran out, as the sweep takes it. */
export interface VerlopenDossier {
  dossierId: string;
  regio: string;
}

/** Retention SQL, every name from the entities (ADR 0012). */
@Injectable()
export class BewaartermijnRepository {
  private readonly sql: ReturnType<typeof bewaartermijnSql>;

  constructor(
    em: EntityManager,
    private readonly executor: SqlExecutor,
    private readonly relay: OutboxRelay,
  ) {
    this.sql = bewaartermijnSql(em);
  }

  transaction<T>(werk: (tx: SqlTransactie) => Promise<T>): Promise<T> {
    return this.executor.transaction(werk);
  }

  /**
   * Starts (or moves on) a file's retention when it is closed: a file closed again later is kept from the
   * later date; an extension is never shortened; a destroyed file stays destroyed.
   */
  async start(
    tx: SqlVerbinding,
    b: Pick<Bewaartermijn, 'dossierId' | 'regio' | 'grondslag' | 'aanvang' | 'bewaarTot'>,
  ): Promise<void> {
    await tx.query(this.sql.start, [b.dossierId, b.regio, b.grondslag, b.aanvang, b.bewaarTot]);
  }

  async onderzoekAfgerond(tx: SqlVerbinding, o: OnderzoekUitkomstRij): Promise<void> {
    await tx.query(this.sql.onderzoek, [o.dossierId, o.regio, o.uitkomst, o.afgerondOp]);
  }

  async vind(
    tx: SqlVerbinding,
    dossierId: string,
    opts: { lock?: boolean } = {},
  ): Promise<Bewaartermijn | undefined> {
    const [rij] = await tx.query<Bewaartermijn>(opts.lock ? `${this.sql.vind} for update` : this.sql.vind, [
      dossierId,
    ]);
    return rij;
  }

  /**
   * The extension, its sealed motivation (a text of the file, under its own key, which the key service
   * stored before: ADR 0023) and its event.
   */
  async verleng(
    tx: SqlTransactie,
    dossierId: string,
    bewaarTot: string,
    verlenging: Verlenging,
    rij: AantekeningRij,
    bericht: OutboxBericht,
  ): Promise<void> {
    await tx.query(this.sql.verleng, [
      dossierId,
      bewaarTot,
      JSON.stringify([verlenging]),
      rij.keyId,
      rij.aantekeningRef,
      rij.regio,
      rij.dossierId,
      rij.soort,
      rij.tekst,
      JSON.stringify(rij.betreft),
      rij.nietTerInzage,
      rij.aangemaaktOp,
      ...outboxBindings([bericht]),
    ]);
    tx.naCommit(() => this.relay.kick());
  }

  /**
   * Files expired before `vandaag`, oldest first, locked; `skip locked` lets two sweeps (two replicas, or
   * a restarted one beside a dying one) share the work without taking a file twice.
   */
  async verlopen(tx: SqlVerbinding, vandaag: string, aantal: number): Promise<VerlopenDossier[]> {
    return tx.query<VerlopenDossier>(this.sql.verlopen, [vandaag, aantal]);
  }

  /** The tombstones of destroyed files, and their events, in the transaction that destroyed them. */
  async markeerVernietigd(
    tx: SqlTransactie,
    dossierIds: string[],
    nu: Date,
    berichten: OutboxBericht[],
  ): Promise<void> {
    await tx.query(this.sql.vernietigd, [dossierIds, nu, ...outboxBindings(berichten)]);
    tx.naCommit(() => this.relay.kick());
  }
}

function bewaartermijnSql(em: EntityManager) {
  const b = sqlTabel(em, Bewaartermijn);
  const o = sqlTabel(em, OnderzoekUitkomstRij);
  const a = sqlTabel(em, Aantekening);
  const schema = em.config.get('schema') ?? 'privacy';
  const id = b.kolom('dossierId');
  const tot = b.kolom('bewaarTot');
  const status = b.kolom('status');
  const verleng = plaatshouders();
  const vernietigd = plaatshouders();
  const [$1, $2] = [vernietigd(), vernietigd()];
  const ph = Array.from({ length: 12 }, () => verleng());
  return {
    start: `insert into ${b.naam} (${b.kolommen(['dossierId', 'regio', 'grondslag', 'aanvang', 'bewaarTot', 'verlengingen', 'status'])})
      values ($1, $2, $3, $4, $5, '[]'::jsonb, 'actief')
      on conflict (${id}) do update set ${b.kolom('aanvang')} = greatest(${b.naam}.${b.kolom('aanvang')}, excluded.${b.kolom('aanvang')}),
        ${tot} = greatest(${b.naam}.${tot}, excluded.${tot})
      where ${b.naam}.${status} = 'actief'`,
    onderzoek: `insert into ${o.naam} (${o.kolommen(['dossierId', 'regio', 'uitkomst', 'afgerondOp'])}) values ($1, $2, $3, $4)
      on conflict (${o.kolom('dossierId')}) do update set ${o.kolom('uitkomst')} = excluded.${o.kolom('uitkomst')},
        ${o.kolom('afgerondOp')} = excluded.${o.kolom('afgerondOp')}
      where ${o.naam}.${o.kolom('afgerondOp')} <= excluded.${o.kolom('afgerondOp')}`,
    vind: `select ${id} as "dossierId", ${b.kolom('regio')} as regio, ${b.kolom('grondslag')} as grondslag,
        ${b.kolom('aanvang')}::text as aanvang, ${tot}::text as "bewaarTot", ${b.kolom('verlengingen')} as verlengingen,
        ${status} as status, ${b.kolom('vernietigdOp')} as "vernietigdOp"
      from ${b.naam} where ${id} = $1`,
    verleng: `with termijn as (
        update ${b.naam} set ${tot} = ${ph[1]}::date, ${b.kolom('verlengingen')} = ${b.kolom('verlengingen')} || ${ph[2]}::jsonb
         where ${id} = ${ph[0]}
      ), tekst as (
        insert into ${a.naam} (${a.kolommen(['aantekeningRef', 'regio', 'dossierId', 'soort', 'tekst', 'betreft', 'nietTerInzage', 'aangemaaktOp'])}, ${a.kolom('dataKey')})
        values (${ph.slice(4, 9).join(', ')}, ${ph[9]}::jsonb, ${ph[10]}, ${ph[11]}, ${ph[3]})
      )
      ${outboxInsertSql(schema, verleng)}`,
    verlopen: `select ${id} as "dossierId", ${b.kolom('regio')} as regio from ${b.naam}
      where ${status} = 'actief' and ${tot} < $1::date order by ${tot}, ${id} limit $2 for update skip locked`,
    vernietigd: `with tombe as (
        update ${b.naam} set ${status} = 'vernietigd', ${b.kolom('vernietigdOp')} = ${$2}
         where ${id} = any(${$1}::uuid[])
      )
      ${outboxInsertSql(schema, vernietigd)}`,
  };
}
