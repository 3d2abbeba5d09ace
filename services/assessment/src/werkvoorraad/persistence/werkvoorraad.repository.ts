import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { plaatshouders, SqlExecutor, sqlTabel } from '@vt/persistence';
import { Veiligheidsbeoordeling } from '../../veiligheidsbeoordelingen/persistence/veiligheidsbeoordeling.entity';
import type { Indicator, WerkvoorraadRij, WerkvoorraadVraag } from '../domain/werkvoorraad-vraag';

/**
 * The worklist's read (ADR 0021): one keyset query per page on the partial index of its view, in the legal
 * order (deadline, then receipt, then id), region first in every index so a region's list never reads
 * another's rows.
 */
@Injectable()
export class WerkvoorraadRepository {
  private readonly b;
  private readonly kolommen: string;
  private readonly indicatorKolom: Record<Indicator, string>;

  constructor(
    em: EntityManager,
    private readonly sql: SqlExecutor,
  ) {
    const b = sqlTabel(em, Veiligheidsbeoordeling);
    this.b = b;
    this.indicatorKolom = {
      spoed: b.kolom('spoed'),
      herbeoordeling: b.kolom('herbeoordeling'),
      hermelding: b.kolom('hermelding'),
      radar: b.kolom('radar'),
      anoniemeMelder: b.kolom('anoniemeMelder'),
      zichtOpVeiligheid: `(${b.kolom('zichtOvergenomenOp')} is not null)`,
    };
    this.kolommen = [
      `${b.kolom('id')} as id`,
      `${b.kolom('dossierId')} as "dossierId"`,
      `${b.kolom('status')} as status`,
      `to_char(${b.kolom('uiterlijk')}, 'YYYY-MM-DD') as uiterlijk`,
      `to_char(${b.kolom('ontvangenOp')} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "ontvangenOp"`,
      `${b.kolom('ontvangenOp')}::text as "ontvangenOpTekst"`,
      `${b.kolom('dossierhouder')} as dossierhouder`,
      ...Object.entries(this.indicatorKolom).map(([naam, kolom]) => `${kolom} as "${naam}"`),
    ].join(', ');
  }

  /** `limiet` rows after `na` (and one more, so the caller knows whether there is a next page). */
  async pagina(v: WerkvoorraadVraag): Promise<WerkvoorraadRij[]> {
    const { b } = this;
    const p = plaatshouders();
    const params: unknown[] = [];
    const bind = (waarde: unknown, cast?: string) => {
      params.push(waarde);
      return p(cast);
    };
    // Literal predicates, so the planner matches the view's partial index.
    const waar = [`${b.kolom('regio')} = ${bind(v.regio)}`];
    if (v.weergave !== 'alle') waar.push(`${b.kolom('status')} = 'open'`);
    if (v.weergave === 'mijn') waar.push(`${b.kolom('dossierhouder')} = ${bind(v.medewerker)}`);
    if (v.weergave === 'niet-toegewezen') waar.push(`${b.kolom('dossierhouder')} is null`);
    if (v.dossierhouder) waar.push(`${b.kolom('dossierhouder')} = ${bind(v.dossierhouder)}`);
    if (v.uiterlijkVan) waar.push(`${b.kolom('uiterlijk')} >= ${bind(v.uiterlijkVan, 'date')}`);
    if (v.uiterlijkTot) waar.push(`${b.kolom('uiterlijk')} < ${bind(v.uiterlijkTot, 'date')}`);
    for (const [naam, ja] of Object.entries(v.indicatoren))
      waar.push(`${this.indicatorKolom[naam as Indicator]} = ${bind(ja, 'boolean')}`);
    if (v.na)
      waar.push(
        `(${b.kolom('uiterlijk')}, ${b.kolom('ontvangenOp')}, ${b.kolom('id')}) > (${bind(v.na.uiterlijk, 'date')}, ${bind(v.na.ontvangenOp, 'timestamptz')}, ${bind(v.na.id, 'uuid')})`,
      );
    // Qualified: a bare `uiterlijk` would name the output column (its text), and sort instead of reading the index.
    const sql = `select ${this.kolommen} from ${b.naam} b where ${waar.join(' and ')}
      order by b.${b.kolom('uiterlijk')}, b.${b.kolom('ontvangenOp')}, b.${b.kolom('id')} limit ${bind(v.limiet + 1, 'int')}`;
    return this.sql.query<WerkvoorraadRij>(sql, params);
  }
}
