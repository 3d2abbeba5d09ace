import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { outboxBindings, outboxInsertSql, type OutboxBericht, OutboxRelay } from '@vt/messaging';
import { plaatshouders, sqlTabel, type SqlTransactie } from '@vt/persistence';
import { Veiligheidsbeoordeling } from '../../veiligheidsbeoordelingen/persistence/veiligheidsbeoordeling.entity';

/** An assessment the scheduler claimed, with what its event needs. */
export interface GeclaimdeBeoordeling {
  id: string;
  dossierId: string;
  regio: string;
  /** `uiterlijk` for an overdue deadline; the day the oversight starts for a takeover. */
  datum: string;
}

/** A row whose deadline passed, or whose 6th working day came, or both, in this claim. */
export interface VervallenBeoordeling {
  id: string;
  dossierId: string;
  regio: string;
  uiterlijk: string;
  zichtVanaf: string;
  overschreden: boolean;
  zesde: boolean;
}

/**
 * The scheduler's claims (ADR 0021): each marks a batch of due assessments in one set-based `update`,
 * taking only rows no other replica holds (`for update skip locked`) and only rows still unmarked, so two
 * replicas never claim one row and a claimed row is never claimed again. The caller writes the events in
 * the same transaction: a replica that dies before its commit leaves the rows unmarked for the next pass.
 */
@Injectable()
export class TermijnbewakingRepository {
  private readonly besluitSql: string;
  private readonly vervallenSql: string;
  private readonly outboxSql: string;

  constructor(
    em: EntityManager,
    private readonly relay: OutboxRelay,
  ) {
    const b = sqlTabel(em, Veiligheidsbeoordeling);
    const k = (p: Parameters<typeof b.kolom>[0]) => b.kolom(p);
    const claim = (waar: string, volgorde: string, zet: string, datum: string) => `with kandidaat as (
        select ${k('id')} from ${b.naam} where ${waar} order by ${volgorde} limit $2 for update skip locked
      )
      update ${b.naam} b set ${zet} from kandidaat where b.${k('id')} = kandidaat.${k('id')}
      returning b.${k('id')} as id, b.${k('dossierId')} as "dossierId", b.${k('regio')} as regio,
        to_char(${datum}, 'YYYY-MM-DD') as datum`;
    // VT-7.3-a: the predicate of the takeover's partial index, so the claims read it. A decision without
    // follow-up steps ends the involvement; a decision that took over marked the row itself (neem-besluit).
    const zichtOpen = `${k('zichtOvergenomenOp')} is null and not coalesce(${k('besluit')} = 'geen-vervolgstappen'
      and (${k('beslotenOp')} at time zone 'Europe/Amsterdam')::date < ${k('zichtOpVeiligheidVanaf')}, false)`;
    // VT-7.3-a: decided before its 6th working day, so the decision was the moment of the takeover.
    const beslotenDag = `(b.${k('beslotenOp')} at time zone 'Europe/Amsterdam')::date`;
    this.besluitSql = claim(
      `${zichtOpen} and ${k('beslotenOp')} is not null
         and (${k('beslotenOp')} at time zone 'Europe/Amsterdam')::date < ${k('zichtOpVeiligheidVanaf')}
         and (${k('beslotenOp')} at time zone 'Europe/Amsterdam')::date <= $1::date`,
      k('beslotenOp'),
      `${k('zichtOvergenomenOp')} = $3, ${k('zichtGrond')} = 'besluit'`,
      beslotenDag,
    );
    // VT-7.2-a, VT-1.3-l: an open assessment whose last day ($1 = today in Amsterdam) has passed; and
    // VT-7.3-a: in any case from the 6th working day after receipt. Both fall due on the same morning for
    // most rows, so one update marks both; the flags say which, read from the row version that was locked.
    // Each condition is looked up on its own partial index: an \`or\` of the two made the planner scan the table.
    const overschreden = `${k('status')} = 'open' and ${k('termijnOverschredenOp')} is null and ${k('uiterlijk')} < $1::date`;
    const zesde = `${zichtOpen} and ${k('zichtOpVeiligheidVanaf')} <= $1::date`;
    const alsDan = (
      vlag: string,
      prop: 'termijnOverschredenOp' | 'zichtOvergenomenOp' | 'zichtGrond',
      waarde: string,
    ) => `${k(prop)} = case when kandidaat.${vlag} then ${waarde} else b.${k(prop)} end`;
    this.vervallenSql = `with kandidaat as (
        select ${k('id')}, (${overschreden}) as overschreden, (${zesde}) as zesde from ${b.naam}
         where ${k('id')} in (
             (select ${k('id')} from ${b.naam} where ${overschreden} order by ${k('uiterlijk')} limit $2)
             union all
             (select ${k('id')} from ${b.naam} where ${zesde} order by ${k('zichtOpVeiligheidVanaf')} limit $2))
           and ((${overschreden}) or (${zesde}))
         limit $2 for update skip locked
      )
      update ${b.naam} b set ${alsDan('overschreden', 'termijnOverschredenOp', '$3')},
        ${alsDan('zesde', 'zichtOvergenomenOp', '$3')}, ${alsDan('zesde', 'zichtGrond', `'zesde-werkdag'`)}
      from kandidaat where b.${k('id')} = kandidaat.${k('id')}
      returning b.${k('id')} as id, b.${k('dossierId')} as "dossierId", b.${k('regio')} as regio,
        to_char(b.${k('uiterlijk')}, 'YYYY-MM-DD') as uiterlijk,
        to_char(b.${k('zichtOpVeiligheidVanaf')}, 'YYYY-MM-DD') as "zichtVanaf",
        kandidaat.overschreden, kandidaat.zesde`;
    this.outboxSql = outboxInsertSql(em.config.get('schema') ?? 'assessment', plaatshouders());
  }

  claimOvernameBijBesluit(tx: SqlTransactie, vandaag: string, nu: Date, max: number) {
    return tx.query<GeclaimdeBeoordeling>(this.besluitSql, [vandaag, max, nu]);
  }

  /** Overdue deadlines and 6th working days, marked together; which of the two each row got. */
  claimVervallen(tx: SqlTransactie, vandaag: string, nu: Date, max: number) {
    return tx.query<VervallenBeoordeling>(this.vervallenSql, [vandaag, max, nu]);
  }

  /** The claimed rows' events, in one statement of the same transaction; the relay wakes after the commit. */
  async schrijf(tx: SqlTransactie, berichten: OutboxBericht[]): Promise<void> {
    if (berichten.length === 0) return;
    await tx.query(this.outboxSql, outboxBindings(berichten));
    tx.naCommit(() => this.relay.kick());
  }
}
