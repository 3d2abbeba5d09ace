import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { antwoordBindings, antwoordIsOpgeslagen, antwoordUpdateSql } from '@vt/platform';
import { OutboxRelay } from '@vt/messaging';
import { SqlExecutor, sqlTabel, type SqlTransactie } from '@vt/persistence';
import type { Antwoord, OntvangstTransactie } from '../../meldingen/persistence/melding.repository';
import { MeldingRepository } from '../../meldingen/persistence/melding.repository';
import type { BatchitemGegevens } from '../domain/batchitem';
import {
  type BatchitemStatus,
  Meldingbatch,
  MeldingbatchDeel,
  MeldingbatchItem,
  type MeldingbatchStatus,
} from './meldingbatch.entity';

/** An item as the acceptance writes it. */
export interface NieuwItem {
  volgnummer: number;
  deel: number;
  status: Extract<BatchitemStatus, 'wachtend' | 'geweigerd'>;
  gegevens?: BatchitemGegevens;
  inhoudRef?: string;
  probleem?: unknown;
}

/** A waiting item of a claimed chunk. */
export interface WachtendItem {
  volgnummer: number;
  gegevens: BatchitemGegevens;
  inhoudRef: string;
}

/** The outcome of an item its chunk wrote. */
export interface VerwerktItem {
  volgnummer: number;
  meldingId: string;
  dossierId: string;
}

/** The statements of one chunk, in the transaction that holds its claim. */
export interface DeelTransactie {
  meldingbatchId: string;
  nummer: number;
  /** Who submitted the batch: its reports are registered in his name. */
  ingediendDoor: string;
  items: WachtendItem[];
  /** The single report's statements (locks, files of people, the report's rows and events). */
  ontvangst: OntvangstTransactie;
  /** Marks the items stored and the chunk done. */
  sluit(verwerkt: VerwerktItem[], nu: Date): Promise<void>;
}

export interface BatchOverzicht {
  id: string;
  regio: string;
  status: MeldingbatchStatus;
  aantal: number;
  ingediendOp: Date;
  voltooidOp: Date | null;
  telling: Record<BatchitemStatus, number>;
}

export interface ItemRij {
  volgnummer: number;
  status: BatchitemStatus;
  meldingId: string | null;
  dossierId: string | null;
  probleem: unknown;
}

/**
 * The batch's SQL (ADR 0012 rule 3b, ADR 0020): the job, its items and chunks written in one statement when
 * accepted; a chunk claimed with `for update skip locked` and processed in the transaction holding the claim.
 */
@Injectable()
export class MeldingbatchRepository {
  private readonly sqlVan: ReturnType<typeof batchSql>;

  constructor(
    em: EntityManager,
    private readonly sql: SqlExecutor,
    private readonly meldingen: MeldingRepository,
    private readonly relay: OutboxRelay,
  ) {
    this.sqlVan = batchSql(em, em.config.get('schema') ?? 'intake');
  }

  /** The job, its items and its chunks, with the answer to an Idempotency-Key, in one statement. */
  async bewaar(batch: Meldingbatch, items: NieuwItem[], delen: number[], antwoord?: Antwoord): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query(antwoord ? this.sqlVan.bewaarMetAntwoord : this.sqlVan.bewaar, [
        batch.id,
        batch.regio,
        batch.aantal,
        batch.ingediendDoor,
        batch.ingediendOp,
        items.map((i) => i.volgnummer),
        items.map((i) => i.deel),
        items.map((i) => i.status),
        items.map((i) => (i.gegevens ? JSON.stringify(i.gegevens) : null)),
        items.map((i) => i.inhoudRef ?? null),
        items.map((i) => (i.probleem ? JSON.stringify(i.probleem) : null)),
        delen,
        ...(antwoord ? antwoordBindings(antwoord.claim, antwoord.status, antwoord.body) : []),
      ]);
      if (antwoord) tx.naCommit(() => antwoordIsOpgeslagen(antwoord.claim));
    });
  }

  /**
   * Claims the oldest unfinished chunk nobody holds and runs `werk` in the transaction holding it: a
   * second replica skips it, and a process that dies releases it with its connection (ADR 0020).
   * False when there was no chunk to do.
   */
  async verwerkVolgendDeel(werk: (deel: DeelTransactie) => Promise<void>): Promise<boolean> {
    const gedaan = await this.sql.transaction(async (tx) => {
      const [deel] = await tx.query<{ meldingbatch_id: string; nummer: number; ingediend_door: string }>(
        this.sqlVan.claim,
      );
      if (!deel) return false;
      const items = await tx.query<{ volgnummer: number; gegevens: BatchitemGegevens; inhoud_ref: string }>(
        this.sqlVan.wachtend,
        [deel.meldingbatch_id, deel.nummer],
      );
      await werk(this.deelTransactie(tx, deel, items));
      return true;
    });
    if (gedaan) this.relay.kick();
    return gedaan;
  }

  private deelTransactie(
    tx: SqlTransactie,
    {
      meldingbatch_id: meldingbatchId,
      nummer,
      ingediend_door: ingediendDoor,
    }: { meldingbatch_id: string; nummer: number; ingediend_door: string },
    items: { volgnummer: number; gegevens: BatchitemGegevens; inhoud_ref: string }[],
  ): DeelTransactie {
    return {
      meldingbatchId,
      nummer,
      ingediendDoor,
      items: items.map((i) => ({ volgnummer: i.volgnummer, gegevens: i.gegevens, inhoudRef: i.inhoud_ref })),
      ontvangst: this.meldingen.transactie(tx),
      sluit: async (verwerkt, nu) => {
        await tx.query(this.sqlVan.sluit, [
          meldingbatchId,
          nummer,
          verwerkt.map((v) => v.volgnummer),
          verwerkt.map((v) => v.meldingId),
          verwerkt.map((v) => v.dossierId),
          nu,
        ]);
      },
    };
  }

  async overzicht(id: string): Promise<BatchOverzicht | undefined> {
    const [r] = await this.sql.query<{
      id: string;
      regio: string;
      aantal: number;
      ingediend_op: string | Date;
      delen: { open: number; laatste: string | null };
      telling: Partial<Record<BatchitemStatus, number>> | null;
    }>(this.sqlVan.overzicht, [id]);
    if (!r) return undefined;
    return {
      id: r.id,
      regio: r.regio,
      status: r.delen.open > 0 ? 'in-behandeling' : 'voltooid',
      aantal: r.aantal,
      ingediendOp: new Date(r.ingediend_op),
      voltooidOp: r.delen.open > 0 ? null : new Date(r.delen.laatste ?? r.ingediend_op),
      telling: { wachtend: 0, opgeslagen: 0, geweigerd: 0, ...r.telling },
    };
  }

  /** Items from `vanaf` (a volgnummer) on, at most `limiet`. */
  async items(id: string, vanaf: number, limiet: number): Promise<ItemRij[]> {
    const rows = await this.sql.query<{
      volgnummer: number;
      status: BatchitemStatus;
      melding_id: string | null;
      dossier_id: string | null;
      probleem: unknown;
    }>(this.sqlVan.items, [id, vanaf, limiet]);
    return rows.map((r) => ({
      volgnummer: r.volgnummer,
      status: r.status,
      meldingId: r.melding_id,
      dossierId: r.dossier_id,
      probleem: r.probleem,
    }));
  }
}

function batchSql(em: EntityManager, schema: string) {
  const b = sqlTabel(em, Meldingbatch);
  const i = sqlTabel(em, MeldingbatchItem);
  const d = sqlTabel(em, MeldingbatchDeel);
  const bewaar = (metAntwoord: boolean) => `with batch as (
      insert into ${b.naam} (${b.kolommen(['id', 'regio', 'aantal', 'ingediendDoor', 'ingediendOp'])})
      values ($1, $2, $3, $4, $5)
    ), item as (
      insert into ${i.naam} (${i.kolommen(['meldingbatchId', 'volgnummer', 'deel', 'status', 'gegevens', 'inhoudRef', 'probleem'])})
      select $1, * from unnest($6::int[], $7::int[], $8::text[], $9::jsonb[], $10::uuid[], $11::jsonb[])
    )${metAntwoord ? `, antwoord as (${antwoordUpdateSql(schema, nummering(13))})` : ''}
    insert into ${d.naam} (${d.kolommen(['meldingbatchId', 'nummer', 'aangemaaktOp'])})
    select $1, nummer, $5 from unnest($12::int[]) as nummer`;
  return {
    bewaar: bewaar(false),
    bewaarMetAntwoord: bewaar(true),
    // Only the chunk's row is locked (`of d`): replicas may take two chunks of one batch at once.
    claim: `select d.${d.kolom('meldingbatchId')} as meldingbatch_id, d.${d.kolom('nummer')} as nummer,
        b.${b.kolom('ingediendDoor')} as ingediend_door
        from ${d.naam} d join ${b.naam} b on b.${b.kolom('id')} = d.${d.kolom('meldingbatchId')}
       where d.${d.kolom('verwerktOp')} is null
       order by d.${d.kolom('aangemaaktOp')}, d.${d.kolom('meldingbatchId')}, d.${d.kolom('nummer')}
       limit 1 for update of d skip locked`,
    wachtend: `select ${i.kolom('volgnummer')} as volgnummer, ${i.kolom('gegevens')} as gegevens, ${i.kolom('inhoudRef')} as inhoud_ref
        from ${i.naam} where ${i.kolom('meldingbatchId')} = $1 and ${i.kolom('deel')} = $2 and ${i.kolom('status')} = 'wachtend'
       order by ${i.kolom('volgnummer')}`,
    // The item keeps its ids and loses what it no longer needs.
    sluit: `with item as (
        update ${i.naam} t set ${i.kolom('status')} = 'opgeslagen', ${i.kolom('meldingId')} = v.melding_id,
               ${i.kolom('dossierId')} = v.dossier_id, ${i.kolom('gegevens')} = null, ${i.kolom('inhoudRef')} = null
          from unnest($3::int[], $4::uuid[], $5::uuid[]) as v (volgnummer, melding_id, dossier_id)
         where t.${i.kolom('meldingbatchId')} = $1 and t.${i.kolom('volgnummer')} = v.volgnummer
      )
      update ${d.naam} set ${d.kolom('verwerktOp')} = $6
       where ${d.kolom('meldingbatchId')} = $1 and ${d.kolom('nummer')} = $2`,
    overzicht: `select b.${b.kolom('id')} as id, b.${b.kolom('regio')} as regio, b.${b.kolom('aantal')} as aantal,
        b.${b.kolom('ingediendOp')} as ingediend_op,
        (select jsonb_build_object('open', count(*) filter (where ${d.kolom('verwerktOp')} is null),
                                   'laatste', max(${d.kolom('verwerktOp')}))
           from ${d.naam} where ${d.kolom('meldingbatchId')} = b.${b.kolom('id')}) as delen,
        (select jsonb_object_agg(s, n) from (select ${i.kolom('status')} as s, count(*)::int as n from ${i.naam}
            where ${i.kolom('meldingbatchId')} = b.${b.kolom('id')} group by 1) t) as telling
      from ${b.naam} b where b.${b.kolom('id')} = $1`,
    items: `select ${i.kolom('volgnummer')} as volgnummer, ${i.kolom('status')} as status, ${i.kolom('meldingId')} as melding_id,
        ${i.kolom('dossierId')} as dossier_id, ${i.kolom('probleem')} as probleem
        from ${i.naam} where ${i.kolom('meldingbatchId')} = $1 and ${i.kolom('volgnummer')} >= $2
       order by ${i.kolom('volgnummer')} limit $3`,
  };
}

/** `$n`, `$n+1`, … for a fragment that follows the statement's own parameters. */
function nummering(eerste: number): (cast?: string) => string {
  let n = eerste - 1;
  return (cast) => `$${++n}${cast ? `::${cast}` : ''}`;
}
