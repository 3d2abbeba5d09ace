import { Migration } from '@mikro-orm/migrations';
import { messagingTablesSql } from '@vt/messaging';

/** The vault: sealed persons and texts in `privacy`, wrapped data keys apart in `privacy_keys`. */
export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create schema if not exists "privacy";');
    this.addSql('create schema if not exists "privacy_keys";');
    this.addSql(`create table "privacy_keys"."data_key" (
      "key_id" uuid primary key, "eigenaar_soort" text not null check ("eigenaar_soort" in ('persoon','aantekening')),
      "eigenaar_ref" uuid not null, "wrapped" bytea null, "aangemaakt_op" timestamptz not null default now(),
      "vernietigd_op" timestamptz null,
      constraint "data_key_destroyed_has_no_key" check ("vernietigd_op" is null or "wrapped" is null));`);
    this.addSql(`create table "privacy"."persoon" (
      "persoon_ref" uuid primary key, "regio" text not null, "key_id" uuid not null references "privacy_keys"."data_key" ("key_id") deferrable initially deferred,
      "gegevens" bytea not null, "bidx_bsn" text null, "bidx_naam_gd" text null,
      "niet_ter_inzage" boolean not null default false, "aangemaakt_op" timestamptz not null default now());`);
    this.addSql(
      'create index "persoon_bidx_bsn_idx" on "privacy"."persoon" ("bidx_bsn") where "bidx_bsn" is not null;',
    );
    this.addSql(
      'create index "persoon_bidx_naam_gd_idx" on "privacy"."persoon" ("bidx_naam_gd") where "bidx_naam_gd" is not null;',
    );
    this.addSql(`create table "privacy"."aantekening" (
      "aantekening_ref" uuid primary key, "regio" text not null, "dossier_id" uuid not null, "soort" text not null,
      "key_id" uuid not null references "privacy_keys"."data_key" ("key_id") deferrable initially deferred, "tekst" bytea not null,
      "betreft" jsonb not null, "niet_ter_inzage" boolean not null default false,
      "aangemaakt_op" timestamptz not null default now());`);
    this.addSql('create index "aantekening_dossier_idx" on "privacy"."aantekening" ("dossier_id");');
    this.addSql(`create table "privacy"."dossier_persoon" (
      "dossier_id" uuid not null, "persoon_ref" uuid not null references "privacy"."persoon" ("persoon_ref") on delete cascade,
      "rol" text not null, primary key ("dossier_id", "persoon_ref"));`);
    this.addSql(`create table "privacy"."rpc_verzoek" (
      "verzoek_id" uuid primary key, "actie" text not null, "antwoord" jsonb not null,
      "verwerkt_op" timestamptz not null default now());`);
    for (const sql of messagingTablesSql('privacy')) this.addSql(sql);
  }
}
