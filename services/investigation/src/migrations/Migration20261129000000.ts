import { Migration } from '@mikro-orm/migrations';
import { messagingTablesSql } from '@vt/messaging';

export class Migration20261129000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "investigation"."traject" (
      "id" uuid primary key, "dossier_id" uuid not null, "regio" text not null,
      "dienst" text not null check ("dienst" in ('voorwaarden-en-vervolg','onderzoek')), "gestart_op" timestamptz not null,
      "uiterlijk" date not null, "status" text not null, "vooronderzoek_tot" date null);`);
    this.addSql('create index "traject_dossier_idx" on "investigation"."traject" ("dossier_id");');
    for (const sql of messagingTablesSql('investigation')) this.addSql(sql);
  }
}
