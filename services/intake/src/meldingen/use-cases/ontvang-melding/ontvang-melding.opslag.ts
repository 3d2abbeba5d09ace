import type { Knex } from '@mikro-orm/postgresql';
import { type OutboxBericht, outboxBindings, outboxInsertSql } from '@vt/messaging';
import type { Dossier, DossierPersoon } from '../../../dossiers/persistence/dossier.entity';
import type { Melding } from '../../persistence/melding.entity';

/** What receiving one report writes in intake's schema. */
export interface MeldingRijen {
  /** Only for a new (hence open) file; a report that joins a running file leaves its row as it is. */
  nieuwDossier?: Omit<Dossier, 'afgeslotenOp'>;
  /** Upserted: a person already on the file gets the role of this report. */
  dossierPersonen: DossierPersoon[];
  melding: Required<Melding>;
  berichten: OutboxBericht[];
}

/** A running or closed file of this region that one of the people belongs to, newest first. */
export interface BestaandDossier {
  id: string;
  status: Dossier['status'];
  eerdereDossiers: string[];
}

/**
 * Advisory locks per known person, taken in the order given (sorted by the caller), so two reports about
 * one household cannot both open a file.
 */
export async function vergrendelPersonen(trx: Knex.Transaction, persoonRefs: string[]): Promise<void> {
  if (persoonRefs.length === 0) return;
  await trx.raw('select pg_advisory_xact_lock(hashtext(ref)) from unnest(?::text[]) as ref', [persoonRefs]);
}

/**
 * Advisory locks on the report's match keys (`meldingSloten`, sorted), in a key space of their own, held
 * until the transaction ends.
 */
export async function vergrendelMelding(trx: Knex.Transaction, sloten: number[]): Promise<void> {
  if (sloten.length === 0) return;
  await trx.raw(
    "select pg_advisory_xact_lock(hashtext('vt-intake-melding'), slot) from unnest(?::int[]) as slot",
    [sloten],
  );
}

export async function dossiersVan(
  trx: Knex.Transaction,
  regio: string,
  persoonRefs: string[],
): Promise<BestaandDossier[]> {
  if (persoonRefs.length === 0) return [];
  const { rows } = (await trx.raw(
    `select id, status, eerdere_dossiers from "intake"."dossier"
      where regio = ? and id in (select dossier_id from "intake"."dossier_persoon" where persoon_ref = any(?::uuid[]))
      order by geopend_op desc`,
    [regio, persoonRefs],
  )) as { rows: { id: string; status: Dossier['status']; eerdere_dossiers: string[] }[] };
  return rows.map((r) => ({ id: r.id, status: r.status, eerdereDossiers: r.eerdere_dossiers }));
}

/**
 * One statement for the file, its people, the report, its events and the answer to its Idempotency-Key:
 * data-modifying CTEs commit together (the foreign keys to the file are deferred), so the common case
 * needs no BEGIN/COMMIT round trips.
 */
export async function bewaarMelding(
  db: Knex | Knex.Transaction,
  r: MeldingRijen,
  antwoord?: { sql: string; bindings: (string | number)[] },
): Promise<void> {
  const d = r.nieuwDossier;
  const m = r.melding;
  // One upsert statement may touch a row only once; the sequential upserts it replaces kept the last role.
  const dossierPersonen = [...new Map(r.dossierPersonen.map((p) => [p.persoonRef, p])).values()];
  await db.raw(
    `with dossier as (
       insert into "intake"."dossier" (id, regio, status, fase, geopend_op, eerdere_dossiers)
       select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::jsonb[])
     ), dossier_persoon as (
       insert into "intake"."dossier_persoon" (dossier_id, persoon_ref, rol)
       select * from unnest(?::uuid[], ?::uuid[], ?::text[])
       on conflict (dossier_id, persoon_ref) do update set rol = excluded.rol
     ), outbox as (
       ${outboxInsertSql('intake')}
     )${antwoord ? `, antwoord as (${antwoord.sql})` : ''}
     insert into "intake"."melding" (id, dossier_id, regio, gemeentecode, kanaal, ontvangen_op, spoed, status, melder_type,
       melder_ref, anonimiteit, anonimiteitsgrond, meldcode_plichtig, toestemming_identiteit_delen, schaalvraag,
       strafrechtelijk_onderzoek, aantekening_refs, veiligheidsbeoordeling_uiterlijk, zicht_op_veiligheid_uiterlijk,
       geregistreerd_door, geregistreerd_op)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)`,
    [
      d ? [d.id] : [],
      d ? [d.regio] : [],
      d ? [d.status] : [],
      d ? [d.fase] : [],
      d ? [d.geopendOp] : [],
      d ? [JSON.stringify(d.eerdereDossiers)] : [],
      dossierPersonen.map((p) => p.dossierId),
      dossierPersonen.map((p) => p.persoonRef),
      dossierPersonen.map((p) => p.rol),
      ...outboxBindings(r.berichten),
      ...(antwoord?.bindings ?? []),
      m.id,
      m.dossierId,
      m.regio,
      m.gemeentecode,
      m.kanaal,
      m.ontvangenOp,
      m.spoed,
      m.status,
      m.melderType,
      m.melderRef,
      m.anonimiteit,
      m.anonimiteitsgrond,
      m.meldcodePlichtig,
      m.toestemmingIdentiteitDelen,
      m.schaalvraag,
      m.strafrechtelijkOnderzoek,
      JSON.stringify(m.aantekeningRefs),
      m.veiligheidsbeoordelingUiterlijk,
      m.zichtOpVeiligheidUiterlijk,
      m.geregistreerdDoor,
      m.geregistreerdOp,
    ],
  );
}
