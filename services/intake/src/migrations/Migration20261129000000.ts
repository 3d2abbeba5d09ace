import { Migration } from '@mikro-orm/migrations';
import { messagingTablesSql } from '@vt/messaging';

/** Files and reports with references only; outbox and inbox. */
export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "intake"."dossier" (
      "id" uuid primary key, "regio" text not null, "status" text not null check ("status" in ('lopend','afgesloten')),
      "fase" text not null, "geopend_op" timestamptz not null, "afgesloten_op" timestamptz null,
      "eerdere_dossiers" jsonb not null default '[]');`);
    this.addSql(`create table "intake"."dossier_persoon" (
      "dossier_id" uuid not null references "intake"."dossier" ("id") on delete cascade deferrable initially deferred, "persoon_ref" uuid not null,
      "rol" text not null, primary key ("dossier_id", "persoon_ref"));`);
    this.addSql(
      'create index "dossier_persoon_persoon_ref_idx" on "intake"."dossier_persoon" ("persoon_ref");',
    );
    this.addSql(`create table "intake"."melding" (
      "id" uuid primary key, "dossier_id" uuid not null references "intake"."dossier" ("id") deferrable initially deferred, "regio" text not null,
      "kanaal" text not null, "ontvangen_op" timestamptz not null, "spoed" boolean not null,
      "status" text not null check ("status" in ('in-behandeling','niet-in-behandeling')), "melder_type" text not null,
      "melder_ref" uuid null, "anonimiteit" text not null, "anonimiteitsgrond" text null, "meldcode_plichtig" boolean null,
      "toestemming_identiteit_delen" boolean null, "schaalvraag" smallint not null check ("schaalvraag" between 0 and 10),
      "strafrechtelijk_onderzoek" boolean null, "aantekening_refs" jsonb not null,
      "veiligheidsbeoordeling_uiterlijk" date not null, "zicht_op_veiligheid_uiterlijk" date not null,
      "geregistreerd_door" text not null, "geregistreerd_op" timestamptz not null);`);
    this.addSql('create index "melding_dossier_idx" on "intake"."melding" ("dossier_id");');
    for (const sql of messagingTablesSql('intake')) this.addSql(sql);
  }
}
