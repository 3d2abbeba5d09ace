import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { dossierGeopendV1, meldingOntvangenV1 } from '@vt/contracts';
import {
  antwoordBindings,
  antwoordIsOpgeslagen,
  antwoordUpdateSql,
  type IdempotentieClaim,
} from '@vt/platform';
import { Outbox, outboxBindings, outboxInsertSql, OutboxRelay } from '@vt/messaging';
import { plaatshouders, SqlExecutor, sqlTabel, type SqlTransactie } from '@vt/persistence';
import pLimit from 'p-limit';
import { Dossier, DossierPersoon } from '../../dossiers/persistence/dossier.entity';
import type { BestaandDossier } from '../domain/dossierkeuze';
import type { MeldingRijen } from '../domain/melding-rijen';
import { Melding } from './melding.entity';

/** Connections of the pool a report may not take: reads, the relay and readiness keep them. */
const VRIJ_VOOR_DE_REST = 4;

/** The answer to an Idempotency-Key, stored with the report it answers. */
export interface Antwoord {
  claim: IdempotentieClaim;
  status: number;
  body: unknown;
}

/** The statements of one report's receipt, in one transaction. */
export interface OntvangstTransactie {
  /** Advisory locks on the report's match keys (`meldingSloten`, sorted), held until the commit. */
  vergrendelMelding(sloten: number[]): Promise<void>;
  /** Advisory locks per known person, in the order given (sorted by the caller). */
  vergrendelPersonen(persoonRefs: string[]): Promise<void>;
  /** Files of the region one of the people belongs to, newest first. */
  dossiersVan(regio: string, persoonRefs: string[]): Promise<BestaandDossier[]>;
  bewaar(rijen: MeldingRijen, antwoord?: Antwoord): Promise<void>;
}

/**
 * Intake's writes for a report, in SQL (ADR 0012: advisory locks, upserts and one data-modifying CTE on a
 * hot path whose unit-of-work cost was measured), with every name taken from the entities.
 */
@Injectable()
export class MeldingRepository {
  /**
   * A report holds its connection from the household locks across the vault call until its commit, so a
   * slow vault would otherwise let reports take the whole pool and stall reads, the relay and readiness.
   * The reports beyond this wait in memory, holding nothing.
   */
  private readonly inBehandeling: pLimit.Limit;
  private readonly dossiersVanSql: string;
  /** The receipt's one statement, without and with the answer to an Idempotency-Key. */
  private readonly bewaarSql: { zonderAntwoord: string; metAntwoord: string };

  constructor(
    em: EntityManager,
    private readonly sql: SqlExecutor,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
  ) {
    const pool = (em.config.get('pool') as { max?: number } | undefined)?.max ?? 10;
    this.inBehandeling = pLimit(Math.max(1, pool - VRIJ_VOOR_DE_REST));
    const schema = em.config.get('schema') ?? 'intake';
    const d = sqlTabel(em, Dossier);
    const dp = sqlTabel(em, DossierPersoon);
    const melding = sqlTabel(em, Melding);
    // With the report's people on each file: the re-report category counts them (VT-B1-b).
    this.dossiersVanSql = `select ${d.kolommen(['id', 'status', 'eerdereDossiers'])},
          array(select ${dp.kolom('persoonRef')} from ${dp.naam} where ${dp.kolom('dossierId')} = ${d.naam}.${d.kolom('id')}
                   and ${dp.kolom('persoonRef')} = any($2::uuid[])) as personen
        from ${d.naam}
        where ${d.kolom('regio')} = $1 and ${d.kolom('id')} in
          (select ${dp.kolom('dossierId')} from ${dp.naam} where ${dp.kolom('persoonRef')} = any($2::uuid[]))
        order by ${d.kolom('geopendOp')} desc`;
    const bewaarSql = (metAntwoord: boolean): string => {
      const p = plaatshouders();
      return `with dossier as (
         insert into ${d.naam} (${d.kolommen(DOSSIER_KOLOMMEN)})
         select * from unnest(${p('uuid[]')}, ${p('text[]')}, ${p('text[]')}, ${p('text[]')}, ${p('timestamptz[]')}, ${p('jsonb[]')})
       ), dossier_persoon as (
         insert into ${dp.naam} (${dp.kolommen(['dossierId', 'persoonRef', 'rol'])})
         select * from unnest(${p('uuid[]')}, ${p('uuid[]')}, ${p('text[]')})
         on conflict (${dp.kolommen(['dossierId', 'persoonRef'])}) do update set ${dp.kolom('rol')} = excluded.${dp.kolom('rol')}
       ), outbox as (
         ${outboxInsertSql(schema, p)}
       )${metAntwoord ? `, antwoord as (${antwoordUpdateSql(schema, p)})` : ''}
       insert into ${melding.naam} (${melding.kolommen(MELDING_KOLOMMEN)})
       values (${MELDING_KOLOMMEN.map((k) => p(k === 'aantekeningRefs' ? 'jsonb' : undefined)).join(', ')})`;
    };
    this.bewaarSql = { zonderAntwoord: bewaarSql(false), metAntwoord: bewaarSql(true) };
  }

  /** Runs one receipt in a transaction of its own, within the pool's share for reports. */
  async ontvang<T>(werk: (tx: OntvangstTransactie) => Promise<T>): Promise<T> {
    const resultaat = await this.inBehandeling(() => this.sql.transaction((tx) => werk(this.transactie(tx))));
    // Rows written with SQL do not pass the unit of work, whose commit hook would otherwise wake the relay.
    this.relay.kick();
    return resultaat;
  }

  /** A receipt's statements in a transaction of the caller's (a chunk of a police batch, ADR 0020). */
  transactie(tx: SqlTransactie): OntvangstTransactie {
    return {
      vergrendelMelding: async (sloten) => {
        if (sloten.length === 0) return;
        await tx.query(
          "select pg_advisory_xact_lock(hashtext('vt-intake-melding'), slot) from unnest($1::int[]) as slot",
          [sloten],
        );
      },
      vergrendelPersonen: async (persoonRefs) => {
        if (persoonRefs.length === 0) return;
        await tx.query('select pg_advisory_xact_lock(hashtext(ref)) from unnest($1::text[]) as ref', [
          persoonRefs,
        ]);
      },
      dossiersVan: (regio, persoonRefs) => this.dossiersVan(tx, regio, persoonRefs),
      bewaar: (rijen, antwoord) => this.bewaar(tx, rijen, antwoord),
    };
  }

  private async dossiersVan(
    tx: SqlTransactie,
    regio: string,
    persoonRefs: string[],
  ): Promise<BestaandDossier[]> {
    if (persoonRefs.length === 0) return [];
    const rows = await tx.query<{
      id: string;
      status: Dossier['status'];
      eerdere_dossiers: string[];
      personen: string[];
    }>(this.dossiersVanSql, [regio, persoonRefs]);
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      eerdereDossiers: r.eerdere_dossiers,
      personen: r.personen,
    }));
  }

  /**
   * One statement for the file, its people, the report, its events and the answer to its Idempotency-Key:
   * data-modifying CTEs commit together (the foreign keys to the file are deferred), so the common case
   * needs no extra round trips.
   */
  private async bewaar(tx: SqlTransactie, r: MeldingRijen, antwoord?: Antwoord): Promise<void> {
    const d = r.nieuwDossier;
    const m = r.melding;
    await tx.query(antwoord ? this.bewaarSql.metAntwoord : this.bewaarSql.zonderAntwoord, [
      d ? [d.id] : [],
      d ? [d.regio] : [],
      d ? [d.status] : [],
      d ? [d.fase] : [],
      d ? [d.geopendOp] : [],
      d ? [JSON.stringify(d.eerdereDossiers)] : [],
      r.dossierPersonen.map((p) => p.dossierId),
      r.dossierPersonen.map((p) => p.persoonRef),
      r.dossierPersonen.map((p) => p.rol),
      ...outboxBindings(this.berichten(r)),
      ...(antwoord ? antwoordBindings(antwoord.claim, antwoord.status, antwoord.body) : []),
      ...MELDING_KOLOMMEN.map((k) => (k === 'aantekeningRefs' ? JSON.stringify(m[k]) : m[k])),
    ]);
    if (antwoord) tx.naCommit(() => antwoordIsOpgeslagen(antwoord.claim));
  }

  private berichten(r: MeldingRijen) {
    const { dossierId, regio } = r.meldingOntvangen;
    return [
      ...(r.dossierGeopend
        ? [this.outbox.bericht(dossierGeopendV1, { regio, subject: dossierId, data: r.dossierGeopend })]
        : []),
      this.outbox.bericht(meldingOntvangenV1, { regio, subject: dossierId, data: r.meldingOntvangen }),
    ];
  }
}

const DOSSIER_KOLOMMEN = ['id', 'regio', 'status', 'fase', 'geopendOp', 'eerdereDossiers'] as const;

/** Every column of a report, in the order of the statement's bindings. */
const MELDING_KOLOMMEN = [
  'id',
  'dossierId',
  'regio',
  'gemeentecode',
  'kanaal',
  'ontvangenOp',
  'spoed',
  'status',
  'melderType',
  'melderRef',
  'anonimiteit',
  'anonimiteitsgrond',
  'meldcodePlichtig',
  'toestemmingIdentiteitDelen',
  'schaalvraag',
  'strafrechtelijkOnderzoek',
  'aantekeningRefs',
  'veiligheidsbeoordelingUiterlijk',
  'zichtOpVeiligheidUiterlijk',
  'geregistreerdDoor',
  'geregistreerdOp',
  'meldcodeStappenBesproken',
  'checkAanleiding',
  'acuteOnveiligheid',
  'structureleOnveiligheid',
  'gevolgenAnonimiteitBesproken',
  'zichtOpVeiligheidBij',
  'terugkoppelingVerwachtOp',
  'woonplaatsRegio',
  'hermelding',
  'inBehandelingGenomenDoor',
  'inBehandelingGenomenOp',
] as const satisfies readonly (keyof Melding)[];

// A property added to the entity fails here until the insert writes it.
const _elkeKolom: [Exclude<keyof Melding, (typeof MELDING_KOLOMMEN)[number]>] extends [never] ? true : never =
  true;
