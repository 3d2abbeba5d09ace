import { Migration } from '@mikro-orm/migrations';

/** Contact with the family (§8, §2.1), refraining from it (§2.1.3), direct handover (§11.3), feedback (§12.2). */
export class Migration20261201231000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "assessment"."contact" (
      "id" uuid not null, "veiligheidsbeoordeling_id" uuid not null, "datum" date not null,
      "vorm" text check ("vorm" in ('telefonisch', 'persoonlijk')) not null, "na_besluit" boolean not null,
      "deelnemers" jsonb not null, "besproken" jsonb not null, "ouders_vooraf_geinformeerd" boolean null,
      "reden_ouders_niet_vooraf_ref" uuid null, "verslag_ref" uuid null, "vastgelegd_door" text not null,
      "vastgelegd_op" timestamptz not null, constraint "contact_pkey" primary key ("id"));`);
    this.addSql(
      'create index "contact_beoordeling_idx" on "assessment"."contact" ("veiligheidsbeoordeling_id");',
    );
    this.addSql(`create table "assessment"."afzien_van_contact" (
      "id" uuid not null, "veiligheidsbeoordeling_id" uuid not null, "personen" jsonb not null,
      "motivering_ref" uuid not null, "feiten_ref" uuid not null, "informeren_op" date null,
      "informeren_bij_ref" uuid null, "geconsulteerd" jsonb not null, "besloten_door" text not null,
      "besloten_op" timestamptz not null, constraint "afzien_van_contact_pkey" primary key ("id"));`);
    this.addSql(
      'create index "afzien_van_contact_beoordeling_idx" on "assessment"."afzien_van_contact" ("veiligheidsbeoordeling_id");',
    );
    this.addSql(`create table "assessment"."overdracht" (
      "veiligheidsbeoordeling_id" uuid not null,
      "partij" text check ("partij" in ('lokaal-team', 'betrokken-professional', 'multidisciplinair-team', 'clientsysteem')) not null,
      "vorm" text check ("vorm" in ('schriftelijk', 'digitaal', 'warm')) not null,
      "geinformeerd_door" text check ("geinformeerd_door" in ('veilig-thuis', 'overdrachtspartij')) not null,
      "afspraken_e3" jsonb not null, "informatie_ids" jsonb not null, "risicofactoren_ref" uuid null,
      "terugmeldafspraak" boolean not null, "afspraken_ref" uuid null, "hulp_ref" uuid null,
      "verzonden_door" text not null, "verzonden_op" timestamptz not null,
      constraint "overdracht_pkey" primary key ("veiligheidsbeoordeling_id"));`);
    this.addSql(`create table "assessment"."terugkoppeling" (
      "id" uuid not null, "veiligheidsbeoordeling_id" uuid not null, "melding_id" uuid not null,
      "melder_type" text check ("melder_type" in ('omstander', 'professional', 'politie', 'directbetrokkene')) not null,
      "kanaal" text check ("kanaal" in ('telefonisch', 'schriftelijk')) not null, "inhoud" jsonb not null,
      "voortdurende_betrokkenheid" boolean not null, "verzonden_door" text not null,
      "verzonden_op" timestamptz not null, constraint "terugkoppeling_pkey" primary key ("id"));`);
    this.addSql(
      'create index "terugkoppeling_beoordeling_idx" on "assessment"."terugkoppeling" ("veiligheidsbeoordeling_id");',
    );
  }
}
