import { Migration } from '@mikro-orm/migrations';

/**
 * Every kind of report (§6): Meldcode context, the agreements with the reporter, a deviation from the
 * residence's region, the re-report category and the manager's decision to take a report into treatment;
 * and the reporters' wishes to withdraw with Veilig Thuis's decision (§6.7).
 */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "intake"."melding"
      add column "meldcode_stappen_besproken" boolean null,
      add column "check_aanleiding" text null,
      add column "acute_onveiligheid" boolean null,
      add column "structurele_onveiligheid" boolean null,
      add column "gevolgen_anonimiteit_besproken" boolean null,
      add column "zicht_op_veiligheid_bij" text null,
      add column "terugkoppeling_verwacht_op" date null,
      add column "woonplaats_regio" text null,
      add column "hermelding" text null,
      add column "in_behandeling_genomen_door" text null,
      add column "in_behandeling_genomen_op" timestamptz null;`);
    this.addSql(`create table "intake"."melding_intrekking" (
      "id" uuid primary key, "melding_id" uuid not null, "dossier_id" uuid not null, "regio" text not null,
      "verzoek_op" date not null, "besluit" text not null check ("besluit" in ('verwijderen','handhaven')),
      "reden_ref" uuid not null, "motivering_ref" uuid not null, "besloten_door" text not null,
      "besloten_op" timestamptz not null);`);
    this.addSql(
      'create index "melding_intrekking_melding_idx" on "intake"."melding_intrekking" ("melding_id");',
    );
  }
}
