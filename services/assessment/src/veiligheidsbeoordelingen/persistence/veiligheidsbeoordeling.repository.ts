import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { outboxBindings, outboxInsertSql, type OutboxBericht, OutboxRelay } from '@vt/messaging';
import { plaatshouders, sqlTabel, type SqlTransactie } from '@vt/persistence';
import { Veiligheidsbeoordeling } from './veiligheidsbeoordeling.entity';

/**
 * Assessment's writes for an incoming report, in SQL on the inbox transaction (ADR 0012 rule 3(b): the
 * consume is a hot path, and the unit of work cost 3.3 ms a report there), with every name from the entity.
 */
@Injectable()
export class VeiligheidsbeoordelingRepository {
  private readonly heeftBeoordelingSql: string;
  private readonly startSql: string;
  private readonly vervalSql: string;

  constructor(
    em: EntityManager,
    private readonly relay: OutboxRelay,
  ) {
    const b = sqlTabel(em, Veiligheidsbeoordeling);
    this.heeftBeoordelingSql = `select exists (select 1 from ${b.naam} where ${b.kolom('dossierId')} = $1) as ja`;
    this.vervalSql = `delete from ${b.naam} where ${b.kolom('meldingIds')} @> $1::jsonb
        and ${b.kolom('regio')} = $2 and ${b.kolom('status')} = 'open'`;
    const p = plaatshouders();
    // The assessment and its event in one statement: a data-modifying CTE commits with the outer insert.
    this.startSql = `with beoordeling as (
        insert into ${b.naam} (${b.kolommen(KOLOMMEN)})
        values (${KOLOMMEN.map((k) => p(k === 'meldingIds' ? 'jsonb' : undefined)).join(', ')})
      )
      ${outboxInsertSql(em.config.get('schema') ?? 'assessment', p)}`;
  }

  /** VT-6.6-b: whether the file already has an assessment. */
  async heeftBeoordeling(tx: SqlTransactie, dossierId: string): Promise<boolean> {
    const [rij] = await tx.query<{ ja: boolean }>(this.heeftBeoordelingSql, [dossierId]);
    return rij.ja;
  }

  /**
   * VT-6.7-b: the open assessment of a report Veilig Thuis removed goes with it; a decided one stays, as
   * the record of what was decided.
   */
  async vervalVoorMelding(tx: SqlTransactie, meldingId: string, regio: string): Promise<void> {
    await tx.query(this.vervalSql, [JSON.stringify([meldingId]), regio]);
  }

  /** Writes the assessment and its outbox rows; the relay is woken once they committed. */
  async start(tx: SqlTransactie, b: Veiligheidsbeoordeling, berichten: OutboxBericht[]): Promise<void> {
    await tx.query(this.startSql, [
      ...KOLOMMEN.map((k) => (k === 'meldingIds' ? JSON.stringify(b[k]) : (b[k] ?? null))),
      ...outboxBindings(berichten),
    ]);
    tx.naCommit(() => this.relay.kick());
  }
}

/** Every column of an assessment, in the order of the statement's bindings. */
const KOLOMMEN = [
  'id',
  'dossierId',
  'regio',
  'meldingIds',
  'status',
  'ontvangenOp',
  'spoed',
  'herbeoordeling',
  'uiterlijk',
  'zichtOpVeiligheidVanaf',
  'gestartOp',
  'besluit',
  'beslotenOp',
  'hermelding',
  'radar',
  'anoniemeMelder',
  'dossierhouder',
  'toegewezenOp',
  'termijnOverschredenOp',
  'zichtOvergenomenOp',
  'zichtGrond',
] as const satisfies readonly (keyof Veiligheidsbeoordeling)[];

// A property added to the entity fails here until the insert writes it.
const _elkeKolom: [Exclude<keyof Veiligheidsbeoordeling, (typeof KOLOMMEN)[number]>] extends [never]
  ? true
  : never = true;
