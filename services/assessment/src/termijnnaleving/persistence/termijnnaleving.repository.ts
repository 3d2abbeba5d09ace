import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { SqlExecutor, sqlTabel } from '@vt/persistence';
import { Veiligheidsbeoordeling } from '../../veiligheidsbeoordelingen/persistence/veiligheidsbeoordeling.entity';
import type { Tellingen } from '../domain/naleving';

/**
 * Deadline compliance in one aggregate over a region's month of receipts (index on region, receipt), and the
 * region's overdue count from the open-worklist index. Months and decision days are Amsterdam days.
 */
@Injectable()
export class TermijnnalevingRepository {
  private readonly maandSql: string;
  private readonly verlopenSql: string;

  constructor(
    em: EntityManager,
    private readonly sql: SqlExecutor,
  ) {
    const b = sqlTabel(em, Veiligheidsbeoordeling);
    const beslotenDag = `(${b.kolom('beslotenOp')} at time zone 'Europe/Amsterdam')::date`;
    const open = `${b.kolom('beslotenOp')} is null and ${b.kolom('status')} = 'open'`;
    this.maandSql = `select
        count(*) filter (where ${beslotenDag} <= ${b.kolom('uiterlijk')})::int as tijdig,
        count(*) filter (where ${beslotenDag} > ${b.kolom('uiterlijk')})::int as "teLaat",
        count(*) filter (where ${open} and ${b.kolom('uiterlijk')} < $4::date)::int as "verlopenOpen",
        count(*) filter (where ${open} and ${b.kolom('uiterlijk')} >= $4::date)::int as lopend
      from ${b.naam}
      where ${b.kolom('regio')} = $1
        and ${b.kolom('ontvangenOp')} >= ($2::date)::timestamp at time zone 'Europe/Amsterdam'
        and ${b.kolom('ontvangenOp')} < ($3::date)::timestamp at time zone 'Europe/Amsterdam'`;
    this.verlopenSql = `select count(*)::int as n from ${b.naam}
      where ${b.kolom('regio')} = $1 and ${b.kolom('status')} = 'open' and ${b.kolom('uiterlijk')} < $2::date`;
  }

  async maand(regio: string, van: string, tot: string, vandaag: string): Promise<Tellingen> {
    const [t] = await this.sql.query<Tellingen>(this.maandSql, [regio, van, tot, vandaag]);
    return t;
  }

  async verlopenNu(regio: string, vandaag: string): Promise<number> {
    const [{ n }] = await this.sql.query<{ n: number }>(this.verlopenSql, [regio, vandaag]);
    return n;
  }
}
