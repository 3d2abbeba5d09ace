import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { outboxBindings, outboxInsertSql, type OutboxBericht, OutboxRelay } from '@vt/messaging';
import { plaatshouders, SqlExecutor, sqlTabel } from '@vt/persistence';
import { Veiligheidsbeoordeling } from '../../veiligheidsbeoordelingen/persistence/veiligheidsbeoordeling.entity';
import { Toewijzing } from './toewijzing.entity';

export interface TeBeoordelen {
  id: string;
  dossierId: string;
  regio: string;
  status: string;
  dossierhouder: string | null;
}

/** The port the assignment use case needs; the fake of its unit spec implements it. */
export interface ToewijzingPort {
  vind(id: string): Promise<TeBeoordelen | undefined>;
  /** False when the file holder or the status changed since `vind`: nothing was written. */
  wijsToe(t: Toewijzing, bericht: OutboxBericht): Promise<boolean>;
}

/**
 * An assignment in one statement (ADR 0012): the file holder is set only if it is still the one the use
 * case saw and the assessment still open (two managers at once: one wins, the other gets 409), and the
 * history row and the event are written only with it.
 */
@Injectable()
export class ToewijzingRepository implements ToewijzingPort {
  private readonly vindSql: string;
  private readonly wijsToeSql: string;

  constructor(
    em: EntityManager,
    private readonly sql: SqlExecutor,
    private readonly relay: OutboxRelay,
  ) {
    const b = sqlTabel(em, Veiligheidsbeoordeling);
    const t = sqlTabel(em, Toewijzing);
    this.vindSql = `select ${b.kolom('id')} as id, ${b.kolom('dossierId')} as "dossierId", ${b.kolom('regio')} as regio,
        ${b.kolom('status')} as status, ${b.kolom('dossierhouder')} as dossierhouder from ${b.naam} where ${b.kolom('id')} = $1`;
    const p = plaatshouders();
    const [id, dossierhouder, vorige, toegewezenOp] = [p('uuid'), p('text'), p('text'), p('timestamptz')];
    const [toewijzingId, door, redenRef] = [p('uuid'), p('text'), p('uuid')];
    this.wijsToeSql = `with bijgewerkt as (
        update ${b.naam} set ${b.kolom('dossierhouder')} = ${dossierhouder}, ${b.kolom('toegewezenOp')} = ${toegewezenOp}
         where ${b.kolom('id')} = ${id} and ${b.kolom('status')} = 'open'
           and ${b.kolom('dossierhouder')} is not distinct from ${vorige}
        returning ${b.kolom('id')} as id
      ), geschiedenis as (
        insert into ${t.naam} (${t.kolommen(['id', 'veiligheidsbeoordelingId', 'dossierhouder', 'vorigeDossierhouder', 'toegewezenDoor', 'toegewezenOp', 'redenRef'])})
        select ${toewijzingId}, id, ${dossierhouder}, ${vorige}, ${door}, ${toegewezenOp}, ${redenRef} from bijgewerkt
      ), bericht as (
        ${outboxInsertSql(em.config.get('schema') ?? 'assessment', p)} where exists (select 1 from bijgewerkt)
      )
      select count(*)::int as n from bijgewerkt`;
  }

  async vind(id: string): Promise<TeBeoordelen | undefined> {
    const [rij] = await this.sql.query<TeBeoordelen>(this.vindSql, [id]);
    return rij;
  }

  async wijsToe(t: Toewijzing, bericht: OutboxBericht): Promise<boolean> {
    const [{ n }] = await this.sql.query<{ n: number }>(this.wijsToeSql, [
      t.veiligheidsbeoordelingId,
      t.dossierhouder,
      t.vorigeDossierhouder ?? null,
      t.toegewezenOp,
      t.id,
      t.toegewezenDoor,
      t.redenRef ?? null,
      ...outboxBindings([bericht]),
    ]);
    if (n > 0) this.relay.kick();
    return n > 0;
  }
}
