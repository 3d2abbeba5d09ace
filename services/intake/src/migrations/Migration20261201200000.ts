import { Migration } from '@mikro-orm/migrations';

/** Advice files, advice conversations and support actions (§3–5): codes and vault references only. */
export class Migration20261201200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "intake"."adviesdossier" (
      "id" uuid primary key, "dossiernummer" text not null, "regio" text not null,
      "geopend_op" timestamptz not null, "laatste_contact_op" timestamptz not null, "bewaar_tot" date not null,
      constraint "adviesdossier_dossiernummer_key" unique ("dossiernummer"));`);
    this.addSql('create index "adviesdossier_bewaar_tot_idx" on "intake"."adviesdossier" ("bewaar_tot");');
    this.addSql(`create table "intake"."advies" (
      "id" uuid primary key,
      "adviesdossier_id" uuid not null constraint "advies_adviesdossier_id_fkey" references "intake"."adviesdossier" ("id") deferrable initially deferred,
      "regio" text not null,
      "kanaal" text not null check ("kanaal" in ('telefoon','schriftelijk','persoonlijk','chat')),
      "adviesvrager_type" text not null check ("adviesvrager_type" in ('directbetrokkene','omstander','professional')),
      "contact_op" timestamptz not null, "vervolg_op" uuid null, "eerste_contact" jsonb not null, "meldcode" jsonb null,
      "toestemming_registratie" boolean not null, "toestemming_toegelicht" boolean null,
      "toestemming_ingetrokken_op" timestamptz null, "adviesvrager_ref" uuid null, "aantekening_refs" jsonb not null,
      "melding_id" uuid null, "ambtshalve" jsonb null, "geregistreerd_door" text not null);`);
    this.addSql('create index "advies_adviesdossier_idx" on "intake"."advies" ("adviesdossier_id");');
    this.addSql(`create table "intake"."ondersteuningsactie" (
      "id" uuid primary key,
      "advies_id" uuid not null constraint "ondersteuningsactie_advies_id_fkey" references "intake"."advies" ("id") on delete cascade,
      "actie" text not null, "uitgevoerd_op" timestamptz not null, "toestemming_betrokkenen_bevestigd" boolean null,
      "aantekening_refs" jsonb not null, "geregistreerd_door" text not null);`);
    this.addSql(
      'create index "ondersteuningsactie_advies_idx" on "intake"."ondersteuningsactie" ("advies_id");',
    );
  }
}
