import { Migration } from '@mikro-orm/migrations';

const BESLUITEN = `('overdracht', 'voorwaarden-en-vervolg', 'onderzoek', 'geen-vervolgstappen')`;

/** The records of an assessment's three steps (VT-7.4-a) and of the file's closing (VT-11.3.1-c). */
export class Migration20261201230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "assessment"."informatie" (
      "id" uuid not null, "veiligheidsbeoordeling_id" uuid not null,
      "bron" text check ("bron" in ('eigen-systemen', 'andere-veilig-thuis', 'brp', 'gezagsregister', 'lokaal-team',
        'raad-voor-de-kinderbescherming', 'directbetrokkenen', 'gecertificeerde-instelling', 'kantonrechter',
        'slachtofferhulp', 'reclassering', 'politie', 'openbaar-ministerie')) not null,
      "soort" text check ("soort" in ('dat', 'wat')) not null,
      "voor_contact_met_directbetrokkenen" boolean not null, "bekend" boolean null,
      "feit_ref" uuid null, "interpretatie_ref" uuid null,
      "politiegrond" text check ("politiegrond" in ('nodig-voor-eerste-contact', 'strafrechtelijk-onderzoek')) null,
      "strafrechtelijk_onderzoek" boolean not null, "politie_contactgegevens" boolean not null,
      "betreft" jsonb not null, "vastgelegd_door" text not null, "vastgelegd_op" timestamptz not null,
      constraint "informatie_pkey" primary key ("id"));`);
    this.addSql(
      'create index "informatie_beoordeling_idx" on "assessment"."informatie" ("veiligheidsbeoordeling_id");',
    );
    this.addSql(`create table "assessment"."taxatie" (
      "veiligheidsbeoordeling_id" uuid not null, "acute_onveiligheid" boolean not null,
      "structurele_onveiligheid" boolean not null, "multiproblematiek" boolean not null,
      "bevestiging_nodig" boolean null, "voldoende_medewerking" boolean null,
      "verdere_betrokkenheid_nodig" boolean null, "redelijk_vermoeden" boolean null,
      "zorgen_over_veiligheid" boolean null, "risicofactoren_ref" uuid null, "aantal_risicofactoren" int not null,
      "onderbouwing_ref" uuid null,
      "geindiceerd_besluit" text check ("geindiceerd_besluit" in ${BESLUITEN}) null, "criterium" text null,
      "vastgelegd_door" text not null, "vastgelegd_op" timestamptz not null,
      constraint "taxatie_pkey" primary key ("veiligheidsbeoordeling_id"));`);
    this.addSql(`create table "assessment"."besluit" (
      "veiligheidsbeoordeling_id" uuid not null, "dossier_id" uuid not null,
      "besluit" text check ("besluit" in ${BESLUITEN}) not null,
      "overdrachtspartij" text check ("overdrachtspartij" in ('lokaal-team', 'betrokken-professional',
        'multidisciplinair-team', 'clientsysteem')) null,
      "verantwoordelijke" text null,
      "geindiceerd_besluit" text check ("geindiceerd_besluit" in ${BESLUITEN}) null,
      "afgeweken" boolean not null, "geconsulteerd" jsonb not null, "expertise" jsonb not null,
      "betrokken_informatie_ref" uuid not null, "gewogen_belangen_ref" uuid not null,
      "afwijking_motivering_ref" uuid null, "termijn_toelichting_ref" uuid null,
      "termijn_overschreden" boolean not null, "besloten_door" text not null, "besloten_op" timestamptz not null,
      constraint "besluit_pkey" primary key ("veiligheidsbeoordeling_id"));`);
    this.addSql('create index "besluit_dossier_idx" on "assessment"."besluit" ("dossier_id");');
    this.addSql(`create table "assessment"."dossier_afsluiting" (
      "dossier_id" uuid not null, "regio" text not null, "veiligheidsbeoordeling_id" uuid not null,
      "reden" text check ("reden" in ('overdracht', 'geen-vervolgstappen')) not null,
      "afgesloten_op" timestamptz not null, constraint "dossier_afsluiting_pkey" primary key ("dossier_id"));`);
  }
}
