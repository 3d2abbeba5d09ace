import { Migration } from '@mikro-orm/migrations';

/** The file-keeping rules of a note (§15.4, §2.1.8, ADR 0023): codes in the clear, free text sealed. */
export class Migration20261202020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "privacy"."aantekening"
      add column "aard" text null, add column "bron_soort" text null, add column "actueel_contact" boolean null,
      add column "medisch" boolean not null default false, add column "informant_accordering" text null,
      add column "zienswijze_betrokkene" boolean not null default false,
      add column "belastend" boolean not null default false, add column "belastend_zienswijze_ref" uuid null,
      add column "onvolledig" boolean not null default false, add column "dossiervorming" bytea null;`);
    // Notes recorded before these rules existed carry none of them.
    this.addSql('update "privacy"."aantekening" set "onvolledig" = true;');
  }
}
