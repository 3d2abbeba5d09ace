import { Migration } from '@mikro-orm/migrations';

/**
 * Data-subject requests (§15.8), retention periods with their tombstones (§15.3.4), investigation outcomes,
 * and the indexes destruction and inzage need on the vault's tables.
 */
export class Migration20261201230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "privacy"."verzoek" (
      "id" uuid primary key, "regio" text not null, "soort" text not null, "persoon_ref" uuid not null,
      "indiener_ref" uuid not null, "hoedanigheid" text not null, "ontvangen_op" timestamptz not null,
      "leeftijd" int null, "wilsonbekwaam" boolean not null, "regel_versie" int not null,
      "beslissen_uiterlijk" date not null, "uitvoeren_uiterlijk" date null, "teksten" bytea null,
      "status" text not null, "geregistreerd_door" text not null, "uitkomst" text null, "grond" text null,
      "motivering" bytea null, "beperkt" jsonb not null, "besloten_op" timestamptz null,
      "besloten_door" text null, "uitgevoerd_op" timestamptz null);`);
    this.addSql('create index "verzoek_persoon_idx" on "privacy"."verzoek" ("persoon_ref");');
    this.addSql(`create table "privacy"."bewaartermijn" (
      "dossier_id" uuid primary key, "regio" text not null, "grondslag" text not null, "aanvang" date not null,
      "bewaar_tot" date not null, "verlengingen" jsonb not null, "status" text not null,
      "vernietigd_op" timestamptz null);`);
    this.addSql(
      `create index "bewaartermijn_verlopen_idx" on "privacy"."bewaartermijn" ("bewaar_tot", "dossier_id") where "status" = 'actief';`,
    );
    this.addSql(`create table "privacy"."onderzoek_uitkomst" (
      "dossier_id" uuid primary key, "regio" text not null, "uitkomst" text not null,
      "afgerond_op" timestamptz not null);`);
    // Destruction asks which files a person is on, and deleting a person cascades by persoon_ref.
    this.addSql('create index "dossier_persoon_persoon_idx" on "privacy"."dossier_persoon" ("persoon_ref");');
    // An inzage export and a destruction on request look up the texts about one person.
    this.addSql(
      'create index "aantekening_betreft_idx" on "privacy"."aantekening" using gin ("betreft" jsonb_path_ops);',
    );
  }
}
